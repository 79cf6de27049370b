import { useMutation, useQuery } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router';
import { errorMessage } from '../../api/errorMessage';
import { returnPath } from '../../app/paths';
import { useSession } from '../../auth/SessionContext';
import { discoverSignInMethod, signInLocally, type LocalUser } from '../../auth/signInMethods';
import { PageTitle } from '../../components/PageTitle';
import { LoadError, Loading } from '../../components/Status';
import { groupUsersByRole } from './groupUsers';

export function SignInPage() {
  const { state, signIn } = useSession();
  const location = useLocation();
  const method = useQuery({
    queryKey: ['sign-in-method'],
    queryFn: ({ signal }) => discoverSignInMethod(fetch, signal),
  });
  const localSignIn = useMutation({
    mutationFn: (user: LocalUser) => signInLocally(user.id),
    onSuccess: signIn,
  });

  if (state.token) return <Navigate to={returnPath(location.state)} replace />;

  return (
    <>
      <PageTitle>Sign in</PageTitle>
      <h1>Sign in</h1>
      {state.expired && (
        <p role="status" className="message message--info">
          Your session has ended. Sign in again to continue.
        </p>
      )}
      {method.isPending ? (
        <Loading>Loading the sign-in options…</Loading>
      ) : method.isError ? (
        <LoadError
          what="the sign-in options"
          error={method.error}
          onRetry={() => void method.refetch()}
        />
      ) : method.data.kind === 'hosted' ? (
        <HostedSignIn />
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

function HostedSignIn() {
  return (
    <div className="message message--info">
      <p>
        Sign-in to this copy of Strategy Tracker is through EU Login, by way of Amazon Cognito. That sign-in is not
        yet wired into this version of the dashboard.
      </p>
    </div>
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
  const groups = groupUsersByRole(users);
  return (
    <>
      <p className="lead">
        This copy runs in local mode. Choose whom to sign in as: each user may see and change what their role
        allows.
      </p>
      {error !== undefined && (
        <p role="alert" className="message message--error">
          Could not sign in: {errorMessage(error)}
        </p>
      )}
      <p role="status" className="loading">
        {pendingUser ? `Signing in as ${pendingUser.name}…` : ''}
      </p>
      {groups.length === 0 && <p>The local server offers no users.</p>}
      {groups.map((group) => (
        <section key={group.role} aria-labelledby={`sign-in-${group.role}`} className="user-group">
          <h2 id={`sign-in-${group.role}`}>{group.heading}</h2>
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
