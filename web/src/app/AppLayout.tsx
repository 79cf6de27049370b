import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useGraphQLClient } from '../api/GraphQLClientContext';
import { useSession } from '../auth/SessionContext';
import { ShellQuery } from './shellQuery';
import { MainContent, SiteHeader } from './SiteHeader';
import { describeViewer } from './viewer';

const shellQueryKey = ['shell'] as const;

export function AppLayout() {
  const client = useGraphQLClient();
  const { signOut } = useSession();
  const shell = useQuery({ queryKey: shellQueryKey, queryFn: ({ signal }) => client.request(ShellQuery, {}, { signal }) });
  const viewer = shell.data?.me
    ? describeViewer(shell.data.me, { actors: shell.data.strategy.actors, memberStates: shell.data.memberStates })
    : null;
  const strategy = shell.data?.strategy;
  // A token the server accepts but maps to no user is as good as expired.
  const signedOutByServer = shell.isSuccess && shell.data.me === null;

  useEffect(() => {
    if (signedOutByServer) signOut('expired');
  }, [signedOutByServer, signOut]);

  return (
    <>
      <SiteHeader
        strategy={
          strategy && (
            <p className="site-header__strategy">
              <span className="site-header__reference">{strategy.reference}</span> {strategy.title}
            </p>
          )
        }
        user={
          <div className="site-header__user">
            {viewer && (
              <p>
                <span className="site-header__label">Signed in as</span> <strong>{viewer.name}</strong>
                <br />
                {viewer.role}
                {viewer.affiliation && `, ${viewer.affiliation}`}
              </p>
            )}
            <button type="button" className="button button--on-dark" onClick={() => signOut()}>
              Sign out
            </button>
          </div>
        }
        nav={
          <nav aria-label="Main" className="site-nav">
            <ul className="container site-nav__list">
              <li>
                <NavLink to="/actions" className="site-nav__link">
                  Actions
                </NavLink>
              </li>
            </ul>
          </nav>
        }
      />
      <MainContent>
        <Outlet />
      </MainContent>
    </>
  );
}
