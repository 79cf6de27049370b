import { useShell } from '../../app/shellQuery';
import { describeViewer } from '../../app/viewer';
import { hostedSignIn, useRuntimeConfig } from '../../auth/RuntimeConfigContext';
import { useSession } from '../../auth/SessionContext';
import { PageTitle } from '../../components/PageTitle';
import { LoadError, Loading } from '../../components/Status';
import { useTranslation } from '../../i18n/useTranslation';
import { useMyAccount } from './api';

/**
 * "My account" (issue 12), for everyone: who the product knows you as (name, role, body or
 * country, e-mail address) and the way out. Coordinators change people on the People page.
 */
export default function AccountPage() {
  const { t } = useTranslation('account');
  const common = useTranslation();
  const shell = useShell();
  const { signOut } = useSession();
  const config = useRuntimeConfig();
  const me = shell.data?.me;
  const account = useMyAccount(me?.id);
  const leave = () => {
    signOut();
    if (config.mode === 'cloud') void hostedSignIn(config.auth).then((signIn) => signIn.signOut());
  };

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <h1>{t('title')}</h1>
      {shell.isPending || (me && account.isPending) ? (
        <Loading>{t('loading')}</Loading>
      ) : shell.isError || account.isError ? (
        <LoadError what={t('what')} error={shell.error ?? account.error} onRetry={() => void Promise.all([shell.refetch(), account.refetch()])} />
      ) : me ? (
        <>
          <dl className="account-facts">
            <dt>{t('name')}</dt>
            <dd>{me.name}</dd>
            <dt>{t('role')}</dt>
            <dd>{common.t(`role.${me.role}`)}</dd>
            {(me.actor || me.country) && (
              <>
                <dt>{me.actor ? t('actor') : t('country')}</dt>
                <dd>
                  {describeViewer(me, { actors: shell.data.strategy.actors, memberStates: shell.data.memberStates }, common.language).affiliation}
                </dd>
              </>
            )}
            <dt>{t('email')}</dt>
            <dd>{account.data?.person?.email ?? t('noRecord')}</dd>
          </dl>
          <p>{t(me.role === 'COORDINATOR' ? 'changesCoordinator' : 'changes')}</p>
          <button type="button" onClick={leave}>
            {common.t('header.signOut')}
          </button>
        </>
      ) : null}
    </>
  );
}
