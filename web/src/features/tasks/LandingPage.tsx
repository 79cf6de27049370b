import { Navigate } from 'react-router';
import { paths } from '../../app/paths';
import { Loading } from '../../components/Status';
import { useTranslation } from '../../i18n/useTranslation';
import { useMyTasks } from './api';
import { landingPath } from './tasks';

/**
 * Where signing in lands (issue 14): "Your tasks" when something asks the person to act (a
 * report to write or to revise, one to review, an own action overdue or stale), otherwise the
 * overview. If the tasks cannot be read, the overview: landing must never stop anyone.
 */
export default function LandingPage() {
  const { t } = useTranslation('tasks');
  const query = useMyTasks();
  if (query.isPending) return <Loading>{t('loading')}</Loading>;
  return <Navigate to={landingPath(query.data, paths)} replace />;
}
