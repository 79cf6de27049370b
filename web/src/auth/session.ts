/**
 * The session is the bearer token that the API accepts, wherever it came from: the local
 * sign-in today, Cognito (OIDC with PKCE, EU Login behind it) in the cloud later. It lives
 * in sessionStorage, so it ends with the browser tab and is not shared between tabs.
 */

export interface SessionState {
  readonly token: string | null;
  /** True when the API refused the token, so the sign-in page can say why it is shown. */
  readonly expired: boolean;
}

export interface Session {
  getState(): SessionState;
  start(token: string): void;
  /** `expired` when the API refused the token; `signed-out` when the person chose to leave. */
  end(reason: 'signed-out' | 'expired'): void;
  subscribe(listener: () => void): () => void;
}

export type TokenStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const TOKEN_STORAGE_KEY = 'strategy-tracker.token';

export function createSession(storage: TokenStorage | null, key = TOKEN_STORAGE_KEY): Session {
  let state: SessionState = { token: readToken(storage, key), expired: false };
  const listeners = new Set<() => void>();

  function update(next: SessionState): void {
    if (next.token === state.token && next.expired === state.expired) return;
    state = next;
    for (const listener of listeners) listener();
  }

  return {
    getState: () => state,
    start(token) {
      writeToken(storage, key, token);
      update({ token, expired: false });
    },
    end(reason) {
      writeToken(storage, key, null);
      update({ token: null, expired: reason === 'expired' });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** sessionStorage throws in some privacy modes; the session then lasts as long as the page. */
export function browserTokenStorage(): TokenStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function readToken(storage: TokenStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) || null;
  } catch {
    return null;
  }
}

function writeToken(storage: TokenStorage | null, key: string, token: string | null): void {
  try {
    if (token === null) storage?.removeItem(key);
    else storage?.setItem(key, token);
  } catch {
    // The in-memory state still holds the token for this page.
  }
}
