import { Navigate, Route, Routes } from 'react-router';
import { ActionsPage } from '../features/actions/ActionsPage';
import { SignInPage } from '../features/sign-in/SignInPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { HOME_PATH, SIGN_IN_PATH } from './paths';
import { PublicLayout } from './PublicLayout';
import { RequireSession } from './RequireSession';

/**
 * Everything but the sign-in page needs a session. Later features (overview, action page,
 * member states, scorecards, report) are added inside the signed-in layout, the heavy ones
 * (charts) as React.lazy chunks. Declarative routes rather than a data router: the data
 * comes through React Query, and the data router would double the router's share of the
 * initial script.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path={SIGN_IN_PATH} element={<SignInPage />} />
      </Route>
      <Route element={<RequireSession />}>
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to={HOME_PATH} replace />} />
          <Route path={HOME_PATH} element={<ActionsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
