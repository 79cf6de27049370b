import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Session, SessionState } from './session';

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext value={session}>{children}</SessionContext>;
}

export interface UseSession {
  state: SessionState;
  /** Starts a session with a token from any sign-in method. */
  signIn(token: string): void;
  /** Ends the session; `expired` when the server no longer knows the user, so sign-in says why. */
  signOut(reason?: 'signed-out' | 'expired'): void;
}

export function useSession(): UseSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside SessionProvider.');
  const queryClient = useQueryClient();
  const state = useSyncExternalStore(session.subscribe, session.getState);

  // Whatever was loaded belongs to the previous user: nothing of it may show for the next one.
  const signIn = useCallback(
    (token: string) => {
      queryClient.clear();
      session.start(token);
    },
    [queryClient, session],
  );
  const signOut = useCallback(
    (reason: 'signed-out' | 'expired' = 'signed-out') => {
      session.end(reason);
      queryClient.clear();
    },
    [queryClient, session],
  );

  return { state, signIn, signOut };
}
