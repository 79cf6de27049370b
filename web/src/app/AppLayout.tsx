import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { NavLink, Outlet, useLocation } from 'react-router';
import { hostedSignIn, useRuntimeConfig } from '../auth/RuntimeConfigContext';
import { useSession } from '../auth/SessionContext';
import { paths } from './paths';
import { useShell } from './shellQuery';
import { MainContent, SiteHeader } from './SiteHeader';
import { describeViewer } from './viewer';

const NAV = [
  ['tasks', paths.tasks],
  ['overview', paths.overview],
  ['actions', paths.actions],
  ['memberStates', paths.memberStates],
  ['scorecards', paths.scorecards],
  ['changes', paths.changes],
  ['forecast', paths.forecast],
  ['report', paths.report],
  // The spreadsheet round trip (issue 13): everyone who may write.
  ['import', paths.import],
  ['present', paths.present],
  // People and access (issue 12): coordinators only.
  ['people', paths.people],
  ['account', paths.account],
] as const;

export function AppLayout() {
  const { t, language } = useTranslation();
  const { signOut } = useSession();
  const config = useRuntimeConfig();
  const leave = () => {
    signOut();
    // In the cloud, end the hosted session too, or the next sign-in would skip the login.
    if (config.mode === 'cloud') void hostedSignIn(config.auth).then((signIn) => signIn.signOut());
  };
  const shell = useShell();
  const viewer = shell.data?.me
    ? describeViewer(shell.data.me, { actors: shell.data.strategy.actors, memberStates: shell.data.memberStates }, language)
    : null;
  const strategy = shell.data?.strategy;
  // A token the server accepts but maps to no user is as good as expired.
  const signedOutByServer = shell.isSuccess && shell.data.me === null;

  useEffect(() => {
    if (signedOutByServer) signOut('expired');
  }, [signedOutByServer, signOut]);

  // On a narrow screen the menu collapses behind its button (the CSS shows the button only
  // there). It is open on the page where it was opened, so it closes once the reader goes anywhere.
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === pathname;

  return (
    <>
      <SiteHeader
        strategy={
          // Always there, empty until the strategy arrives, so the header keeps its height.
          <p className="site-header__strategy">
            {strategy && (
              <>
                <span className="site-header__reference">{strategy.reference}</span> <span lang="en">{strategy.title}</span>
              </>
            )}
          </p>
        }
        user={
          <div className="site-header__user">
            {/* Space kept for who is signed in, so nothing moves when it arrives. */}
            <p className="site-header__who">
              {viewer && (
                <>
                  <span className="site-header__label">{t('header.signedInAs')}</span> <strong>{viewer.name}</strong>
                  <br />
                  {t(`role.${viewer.role}`)}
                  {viewer.affiliation && `, ${viewer.affiliation}`}
                </>
              )}
            </p>
            <button type="button" className="button button--on-dark" onClick={leave}>
              {t('header.signOut')}
            </button>
          </div>
        }
        nav={
          <nav aria-label={t('nav.label')} className="site-nav">
            <div className="container">
              <button
                type="button"
                className="button button--secondary site-nav__toggle"
                aria-expanded={menuOpen}
                aria-controls="site-nav-list"
                onClick={() => setOpenOn(menuOpen ? null : pathname)}
              >
                {t('nav.menu')}
              </button>
            </div>
            <ul id="site-nav-list" className={menuOpen ? 'container site-nav__list' : 'container site-nav__list site-nav__list--closed'}>
              {NAV.filter(
                ([key]) =>
                  (key !== 'people' || shell.data?.me?.role === 'COORDINATOR') &&
                  (key !== 'import' || (shell.data?.me && shell.data.me.role !== 'VIEWER')),
              ).map(([key, to]) => (
                <li key={key}>
                  <NavLink to={to} end={to === paths.overview} className="site-nav__link" onClick={() => setOpenOn(null)}>
                    {t(`nav.${key}`)}
                  </NavLink>
                </li>
              ))}
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
