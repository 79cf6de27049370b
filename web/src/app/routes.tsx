import { Suspense, type ComponentType } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { Loading } from '../components/Status';
import { useTranslation } from '../i18n/useTranslation';
import { AppLayout } from './AppLayout';
import { lazyPage } from './lazyPage';
import { SIGN_IN_CALLBACK_PATH, SIGN_IN_PATH } from './paths';
import type { PagePreload, PreloadContext } from './preload';
import { PublicLayout } from './PublicLayout';
import { RequireSession } from './RequireSession';

/**
 * Every page is a lazily loaded chunk with its feature's text (lazyPage); the first script
 * holds only the shell. Declarative routes rather than a data router: the data comes
 * through React Query, and the data router would double the router's share of the first
 * script. A page may name a small module that starts its data (preload.ts): it is fetched
 * beside the page's chunk when its address is opened, so the data does not wait for the
 * chunk, the interface text and a first render.
 */
interface PageRoute {
  path: string;
  /** The text namespaces the page shows besides the common text, loaded with its chunk. */
  namespaces: readonly string[];
  load: () => Promise<{ default: ComponentType }>;
  data?: () => Promise<{ preload: PagePreload }>;
}

const page = (path: string, namespaces: string | readonly string[], load: PageRoute['load'], data?: PageRoute['data']) => {
  const route: PageRoute = { path, namespaces: typeof namespaces === 'string' ? [namespaces] : namespaces, load, data };
  return { route, Component: lazyPage(route.namespaces, load) };
};

/** Pages shown to anyone. */
const publicPages = [
  page(SIGN_IN_PATH, [], () => import('../features/sign-in/SignInPage')),
  page(SIGN_IN_CALLBACK_PATH, [], () => import('../features/sign-in/SignInCallbackPage')),
];

/** The slides take the whole screen: no header, no menu. */
const presentation = page('/present', 'presentation', () => import('../features/presentation/PresentationPage'));

/** The signed-in pages inside the header and menu; the first is the landing. */
const appPages = [
  page('/', 'tasks', () => import('../features/tasks/LandingPage')),
  page('/tasks', 'tasks', () => import('../features/tasks/TasksPage')),
  page(
    '/overview',
    // The late-records note is the effective-dates feature's.
    ['overview', 'effective'],
    () => import('../features/overview/OverviewPage'),
    () => import('../features/overview/preload'),
  ),
  page('/actions', 'actions', () => import('../features/actions/ActionsPage')),
  page('/actions/:actionId', 'action', () => import('../features/action/ActionPage')),
  page('/member-states', 'member-states', () => import('../features/member-states/MemberStatesPage')),
  page('/scorecards', 'scorecards', () => import('../features/scorecards/ScorecardsPage')),
  page('/scorecards/:actorId', 'scorecards', () => import('../features/scorecards/ScorecardPage')),
  page('/changes', 'changes', () => import('../features/changes/ChangesPage')),
  page('/forecast', 'forecast', () => import('../features/forecast/ForecastPage')),
  page('/report', 'report', () => import('../features/report/ReportPage')),
  page('/people', 'people', () => import('../features/people/PeoplePage')),
  page('/account', 'account', () => import('../features/account/AccountPage')),
  page('/import', 'import', () => import('../features/import/ImportPage')),
];

const notFound = page('*', [], () => import('./NotFoundPage'));

/**
 * Starts fetching what the address's page needs, at start, in parallel with the interface text
 * and the configuration rather than after them: its chunk (the browser keeps the module, so the
 * page's own import later finds it loaded) and, for a signed-in visitor, its data. Returns the
 * page's text namespaces, so they can be fetched with the common text.
 */
export function preloadPage(location: { pathname: string; search: string }, signedIn: Omit<PreloadContext, 'search'> | null): readonly string[] {
  const found = [...publicPages, presentation, ...appPages].find(({ route }) => matchPath(route.path, location.pathname));
  if (!found) return [];
  const { load, data, namespaces } = found.route;
  load().catch(() => undefined);
  if (signedIn && data) {
    data()
      .then(({ preload }) => preload({ ...signedIn, search: new URLSearchParams(location.search) }))
      .catch(() => undefined);
  }
  return namespaces;
}

function Page({ Component }: { Component: ComponentType }) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Component />
    </Suspense>
  );
}

function PageLoading() {
  const { t } = useTranslation();
  return <Loading>{t('app.loadingPage')}</Loading>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        {publicPages.map(({ route, Component }) => (
          <Route key={route.path} path={route.path} element={<Page Component={Component} />} />
        ))}
      </Route>
      <Route element={<RequireSession />}>
        <Route path={presentation.route.path} element={<Page Component={presentation.Component} />} />
        <Route element={<AppLayout />}>
          {appPages.map(({ route, Component }) =>
            route.path === '/' ? (
              <Route key="index" index element={<Page Component={Component} />} />
            ) : (
              <Route key={route.path} path={route.path} element={<Page Component={Component} />} />
            ),
          )}
          <Route path={notFound.route.path} element={<Page Component={notFound.Component} />} />
        </Route>
      </Route>
    </Routes>
  );
}
