import { useMutation } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/useTranslation';
import { Navigate, useLocation } from 'react-router';
import { errorMessage } from '../../api/errorMessage';
import { returnPath } from '../../app/paths';
import { hostedSignIn, useRuntimeConfig } from '../../auth/RuntimeConfigContext';
import type { CognitoSignIn } from '../../auth/runtimeConfig';
import { useSession } from '../../auth/SessionContext';
import { signInLocally, type LocalUser } from '../../auth/signInMethods';
import { PageTitle } from '../../components/PageTitle';
import { LoadError, Loading } from '../../components/Status';
import { useSignInMethod } from './api';
import { groupUsersByRole } from './groupUsers';

export function SignInPage() {
  const { t } = useTranslation();
  const { state, signIn } = useSession();
  const location = useLocation();
  const config = useRuntimeConfig();
  const method = useSignInMethod(config.mode === 'local');
  const localSignIn = useMutation({
    mutationFn: (user: LocalUser) => signInLocally(user.id),
    onSuccess: signIn,
  });

  if (state.token) return <Navigate to={returnPath(location.state)} replace />;

  return (
    <>
      <PageTitle>{t('signIn.title')}</PageTitle>
      <h1>{t('signIn.title')}</h1>
      {state.expired && (
        <p role="status" className="message message--info">
          {t('signIn.expired')}
        </p>
      )}
      {config.mode === 'cloud' ? (
        <HostedSignIn auth={config.auth} from={returnPath(location.state)} />
      ) : method.isPending ? (
        <Loading>{t('signIn.loading')}</Loading>
      ) : method.isError ? (
        <LoadError what={t('signIn.options')} error={method.error} onRetry={() => void method.refetch()} />
      ) : method.data.kind === 'unavailable' ? (
        <p role="alert" className="message message--error">
          {t('signIn.noMethod')}
        </p>
      ) : (
        <LocalSignIn
          users={method.data.users}
          onChoose={(user) => localSignIn.mutate(user)}
          pendingUser={localSignIn.isPending ? localSignIn.variables : undefined}
          error={localSignIn.isError ? localSignIn.error : undefined}
        />
      )}
    </>
  );
}

function HostedSignIn({ auth, from }: { auth: CognitoSignIn; from: string }) {
  const { t } = useTranslation();
  const redirect = useMutation({ mutationFn: async () => (await hostedSignIn(auth)).signIn(from) });
  return (
    <>
      <p className="lead">{t('signIn.hostedLead')}</p>
      {redirect.isError && (
        <p role="alert" className="message message--error">
          {t('signIn.failed', { message: errorMessage(redirect.error, t('error.fallback')) })}
        </p>
      )}
      <p role="status" className="loading">
        {redirect.isPending || redirect.isSuccess ? t('signIn.redirecting') : ''}
      </p>
      <button type="button" className="button" onClick={() => redirect.mutate()} aria-disabled={redirect.isPending}>
        {t('signIn.hostedButton')}
      </button>
    </>
  );
}

function LocalSignIn({
  users,
  onChoose,
  pendingUser,
  error,
}: {
  users: LocalUser[];
  onChoose: (user: LocalUser) => void;
  pendingUser: LocalUser | undefined;
  error: unknown;
}) {
  const { t } = useTranslation();
  const groups = groupUsersByRole(users);
  return (
    <>
      <p className="lead">{t('signIn.localLead')}</p>
      {error !== undefined && (
        <p role="alert" className="message message--error">
          {t('signIn.failed', { message: errorMessage(error, t('error.fallback')) })}
        </p>
      )}
      <p role="status" className="loading">
        {pendingUser ? t('signIn.signingInAs', { name: pendingUser.name }) : ''}
      </p>
      {groups.length === 0 && <p>{t('signIn.noUsers')}</p>}
      {groups.map((group) => (
        <section key={group.role} aria-labelledby={`sign-in-${group.role}`} className="user-group">
          <h2 id={`sign-in-${group.role}`}>{t(group.heading)}</h2>
          <ul className="user-group__list">
            {group.users.map((user) => (
              <li key={user.id}>
                <button
                  type="button"
                  className="button button--secondary user-group__button"
                  aria-disabled={pendingUser !== undefined}
                  onClick={() => pendingUser === undefined && onChoose(user)}
                >
                  {user.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
export default SignInPage;
