import { useTranslation } from '../i18n/useTranslation';
import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { HOME_PATH } from './paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={HOME_PATH}>{t('notFound.home')}</Link>
      </p>
    </>
  );
}
export default NotFoundPage;
