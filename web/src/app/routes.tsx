import { Suspense, type ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { Route, Routes } from 'react-router';
import { Loading } from '../components/Status';
import { AppLayout } from './AppLayout';
import { lazyPage } from './lazyPage';
import { SIGN_IN_CALLBACK_PATH, SIGN_IN_PATH } from './paths';
import { PublicLayout } from './PublicLayout';
import { RequireSession } from './RequireSession';

/**
 * Every page is a lazily loaded chunk with its feature's text (lazyPage); the first script
 * holds only the shell. Declarative routes rather than a data router: the data comes
 * through React Query, and the data router would double the router's share of the first
 * script.
 */
const load = {
  signIn: () => import('../features/sign-in/SignInPage'),
  signInCallback: () => import('../features/sign-in/SignInCallbackPage'),
  landing: () => import('../features/tasks/LandingPage'),
  tasks: () => import('../features/tasks/TasksPage'),
  overview: () => import('../features/overview/OverviewPage'),
  actions: () => import('../features/actions/ActionsPage'),
  action: () => import('../features/action/ActionPage'),
  memberStates: () => import('../features/member-states/MemberStatesPage'),
  scorecards: () => import('../features/scorecards/ScorecardsPage'),
  scorecard: () => import('../features/scorecards/ScorecardPage'),
  changes: () => import('../features/changes/ChangesPage'),
  forecast: () => import('../features/forecast/ForecastPage'),
  report: () => import('../features/report/ReportPage'),
  presentation: () => import('../features/presentation/PresentationPage'),
  people: () => import('../features/people/PeoplePage'),
  account: () => import('../features/account/AccountPage'),
  import: () => import('../features/import/ImportPage'),
};

const SignInPage = lazyPage(null, load.signIn);
const SignInCallbackPage = lazyPage(null, load.signInCallback);
const LandingPage = lazyPage('tasks', load.landing);
const TasksPage = lazyPage('tasks', load.tasks);
const OverviewPage = lazyPage('overview', load.overview);
const ActionsPage = lazyPage('actions', load.actions);
const ActionPage = lazyPage('action', load.action);
const MemberStatesPage = lazyPage('member-states', load.memberStates);
const ScorecardsPage = lazyPage('scorecards', load.scorecards);
const ScorecardPage = lazyPage('scorecards', load.scorecard);
const ChangesPage = lazyPage('changes', load.changes);
const ForecastPage = lazyPage('forecast', load.forecast);
const ReportPage = lazyPage('report', load.report);
const PresentationPage = lazyPage('presentation', load.presentation);
const PeoplePage = lazyPage('people', load.people);
const AccountPage = lazyPage('account', load.account);
const ImportPage = lazyPage('import', load.import);
const NotFoundPage = lazyPage(null, () => import('./NotFoundPage'));

/**
 * Starts fetching the chunk of the page an address opens, at start, in parallel with the
 * interface text and the configuration rather than after them (the browser keeps the
 * module, so the page's own import later finds it loaded).
 */
export function preloadPage(pathname: string): void {
  const [, first = '', second] = pathname.split('/');
  const byFirstSegment: Record<string, () => Promise<unknown>> = {
    '': load.landing,
    tasks: load.tasks,
    overview: load.overview,
    actions: second ? load.action : load.actions,
    'member-states': load.memberStates,
    scorecards: second ? load.scorecard : load.scorecards,
    changes: load.changes,
    forecast: load.forecast,
    report: load.report,
    present: load.presentation,
    people: load.people,
    account: load.account,
    import: load.import,
    'sign-in': load.signIn,
  };
  byFirstSegment[first]?.().catch(() => undefined);
}

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

function PageLoading() {
  const { t } = useTranslation();
  return <Loading>{t('app.loadingPage')}</Loading>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route
          path={SIGN_IN_PATH}
          element={
            <Page>
              <SignInPage />
            </Page>
          }
        />
        <Route
          path={SIGN_IN_CALLBACK_PATH}
          element={
            <Page>
              <SignInCallbackPage />
            </Page>
          }
        />
      </Route>
      <Route element={<RequireSession />}>
        {/* The slides take the whole screen: no header, no menu. */}
        <Route
          path="/present"
          element={
            <Page>
              <PresentationPage />
            </Page>
          }
        />
        <Route element={<AppLayout />}>
          <Route
            index
            element={
              <Page>
                <LandingPage />
              </Page>
            }
          />
          <Route
            path="/tasks"
            element={
              <Page>
                <TasksPage />
              </Page>
            }
          />
          <Route
            path="/overview"
            element={
              <Page>
                <OverviewPage />
              </Page>
            }
          />
          <Route
            path="/actions"
            element={
              <Page>
                <ActionsPage />
              </Page>
            }
          />
          <Route
            path="/actions/:actionId"
            element={
              <Page>
                <ActionPage />
              </Page>
            }
          />
          <Route
            path="/member-states"
            element={
              <Page>
                <MemberStatesPage />
              </Page>
            }
          />
          <Route
            path="/scorecards"
            element={
              <Page>
                <ScorecardsPage />
              </Page>
            }
          />
          <Route
            path="/scorecards/:actorId"
            element={
              <Page>
                <ScorecardPage />
              </Page>
            }
          />
          <Route
            path="/changes"
            element={
              <Page>
                <ChangesPage />
              </Page>
            }
          />
          <Route
            path="/forecast"
            element={
              <Page>
                <ForecastPage />
              </Page>
            }
          />
          <Route
            path="/report"
            element={
              <Page>
                <ReportPage />
              </Page>
            }
          />
          <Route
            path="/people"
            element={
              <Page>
                <PeoplePage />
              </Page>
            }
          />
          <Route
            path="/account"
            element={
              <Page>
                <AccountPage />
              </Page>
            }
          />
          <Route
            path="/import"
            element={
              <Page>
                <ImportPage />
              </Page>
            }
          />
          <Route
            path="*"
            element={
              <Page>
                <NotFoundPage />
              </Page>
            }
          />
        </Route>
      </Route>
    </Routes>
  );
}
