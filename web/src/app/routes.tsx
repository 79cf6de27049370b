import { Suspense, type ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { Navigate, Route, Routes } from 'react-router';
import { Loading } from '../components/Status';
import { AppLayout } from './AppLayout';
import { lazyPage } from './lazyPage';
import { HOME_PATH, SIGN_IN_CALLBACK_PATH, SIGN_IN_PATH } from './paths';
import { PublicLayout } from './PublicLayout';
import { RequireSession } from './RequireSession';

/**
 * Every page is a lazily loaded chunk with its feature's text (lazyPage); the first script
 * holds only the shell. Declarative routes rather than a data router: the data comes
 * through React Query, and the data router would double the router's share of the first
 * script.
 */
const SignInPage = lazyPage(null, () => import('../features/sign-in/SignInPage'));
const SignInCallbackPage = lazyPage(null, () => import('../features/sign-in/SignInCallbackPage'));
const OverviewPage = lazyPage('overview', () => import('../features/overview/OverviewPage'));
const ActionsPage = lazyPage('actions', () => import('../features/actions/ActionsPage'));
const ActionPage = lazyPage('action', () => import('../features/action/ActionPage'));
const MemberStatesPage = lazyPage('member-states', () => import('../features/member-states/MemberStatesPage'));
const ScorecardsPage = lazyPage('scorecards', () => import('../features/scorecards/ScorecardsPage'));
const ScorecardPage = lazyPage('scorecards', () => import('../features/scorecards/ScorecardPage'));
const ChangesPage = lazyPage('changes', () => import('../features/changes/ChangesPage'));
const ForecastPage = lazyPage('forecast', () => import('../features/forecast/ForecastPage'));
const ReportPage = lazyPage('report', () => import('../features/report/ReportPage'));
const PresentationPage = lazyPage('presentation', () => import('../features/presentation/PresentationPage'));
const NotFoundPage = lazyPage(null, () => import('./NotFoundPage'));

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
        <Route path={SIGN_IN_PATH} element={<Page><SignInPage /></Page>} />
        <Route path={SIGN_IN_CALLBACK_PATH} element={<Page><SignInCallbackPage /></Page>} />
      </Route>
      <Route element={<RequireSession />}>
        {/* The slides take the whole screen: no header, no menu. */}
        <Route path="/present" element={<Page><PresentationPage /></Page>} />
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to={HOME_PATH} replace />} />
          <Route path="/overview" element={<Page><OverviewPage /></Page>} />
          <Route path="/actions" element={<Page><ActionsPage /></Page>} />
          <Route path="/actions/:actionId" element={<Page><ActionPage /></Page>} />
          <Route path="/member-states" element={<Page><MemberStatesPage /></Page>} />
          <Route path="/scorecards" element={<Page><ScorecardsPage /></Page>} />
          <Route path="/scorecards/:actorId" element={<Page><ScorecardPage /></Page>} />
          <Route path="/changes" element={<Page><ChangesPage /></Page>} />
          <Route path="/forecast" element={<Page><ForecastPage /></Page>} />
          <Route path="/report" element={<Page><ReportPage /></Page>} />
          <Route path="*" element={<Page><NotFoundPage /></Page>} />
        </Route>
      </Route>
    </Routes>
  );
}
