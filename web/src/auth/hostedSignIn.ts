import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { cognitoAuthority, cognitoLogoutUrl, type CognitoSignIn } from './runtimeConfig';

/**
 * Cognito's hosted sign-in (EU Login behind it) with oidc-client-ts: the authorization code
 * flow with PKCE, and silent renewal with the refresh token before the ID token expires.
 * Loaded only in the cloud, so local mode and the first script never carry it.
 * The API reads the ID token (it carries cognito:groups and the actor/country bindings).
 */
export interface HostedSignIn {
  /** Sends the browser to the hosted page; `from` is where to come back to. */
  signIn(from: string): Promise<void>;
  /** Completes the redirect at the callback address. */
  complete(): Promise<{ token: string; from: string }>;
  /** Renews the token before it expires while the page is open. */
  keepRenewed(onToken: (token: string) => void, onEnded: () => void): () => void;
  /** Forgets the user here and ends the hosted session. */
  signOut(): Promise<void>;
}

export function userManagerSettings(auth: CognitoSignIn, storage: Storage) {
  const authority = cognitoAuthority(auth);
  return {
    authority,
    // Cognito's endpoints live on the hosted sign-in domain. Giving them here spares the
    // discovery request to cognito-idp, which the Content-Security-Policy does not allow
    // (connect-src is 'self' and the sign-in domain only).
    metadata: {
      issuer: authority,
      authorization_endpoint: `${auth.domain}/oauth2/authorize`,
      token_endpoint: `${auth.domain}/oauth2/token`,
      revocation_endpoint: `${auth.domain}/oauth2/revoke`,
      userinfo_endpoint: `${auth.domain}/oauth2/userInfo`,
    },
    client_id: auth.clientId,
    redirect_uri: auth.redirectUri,
    post_logout_redirect_uri: auth.logoutUri,
    response_type: 'code',
    scope: auth.scopes.join(' '),
    automaticSilentRenew: true,
    loadUserInfo: false,
    userStore: new WebStorageStateStore({ store: storage }),
    stateStore: new WebStorageStateStore({ store: storage }),
  };
}

function tokenOf(user: User | null): string {
  if (!user?.id_token) throw new Error('the sign-in service returned no ID token.');
  return user.id_token;
}

export function createHostedSignIn(auth: CognitoSignIn, storage: Storage = window.sessionStorage): HostedSignIn {
  const manager = new UserManager(userManagerSettings(auth, storage));
  return {
    async signIn(from) {
      await manager.signinRedirect({ state: { from } });
    },
    async complete() {
      const user = await manager.signinRedirectCallback();
      const state = user.state as { from?: unknown } | undefined;
      return { token: tokenOf(user), from: typeof state?.from === 'string' ? state.from : '/' };
    },
    keepRenewed(onToken, onEnded) {
      const loaded = (user: User) => onToken(tokenOf(user));
      manager.events.addUserLoaded(loaded);
      manager.events.addSilentRenewError(onEnded);
      // Loading the stored user arms the renewal timer of automaticSilentRenew.
      void manager.getUser();
      return () => {
        manager.events.removeUserLoaded(loaded);
        manager.events.removeSilentRenewError(onEnded);
        manager.stopSilentRenew();
      };
    },
    async signOut() {
      await manager.removeUser();
      window.location.assign(cognitoLogoutUrl(auth));
    },
  };
}
