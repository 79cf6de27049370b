import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../auth/SessionContext';
import { SIGN_IN_PATH } from './paths';

/** Sends a visitor without a session to sign in, remembering where they were going. */
export function RequireSession() {
  const { state } = useSession();
  const location = useLocation();
  if (!state.token) {
    return <Navigate to={SIGN_IN_PATH} replace state={{ from: `${location.pathname}${location.search}${location.hash}` }} />;
  }
  return <Outlet />;
}
