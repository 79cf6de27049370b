import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { HostedSignIn } from './hostedSignIn';
import type { Session } from './session';
import { LOCAL_CONFIG, type CognitoSignIn, type RuntimeConfig } from './runtimeConfig';

const RuntimeConfigContext = createContext<RuntimeConfig>(LOCAL_CONFIG);

export function RuntimeConfigProvider({ config, children }: { config: RuntimeConfig; children: ReactNode }) {
  return <RuntimeConfigContext value={config}>{children}</RuntimeConfigContext>;
}

export function useRuntimeConfig(): RuntimeConfig {
  return useContext(RuntimeConfigContext);
}

let hosted: Promise<HostedSignIn> | undefined;

/** The hosted sign-in, loaded on first use (oidc-client-ts is not in the first script). */
export function hostedSignIn(auth: CognitoSignIn): Promise<HostedSignIn> {
  hosted ??= import('./hostedSignIn').then(({ createHostedSignIn }) => createHostedSignIn(auth));
  return hosted;
}

/** In the cloud, keeps the signed-in user's token fresh while the page is open. */
export function HostedSessionRenewal({ session, signedIn }: { session: Session; signedIn: boolean }) {
  const config = useRuntimeConfig();
  useEffect(() => {
    if (config.mode !== 'cloud' || !signedIn) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void hostedSignIn(config.auth).then((signIn) => {
      if (cancelled) return;
      stop = signIn.keepRenewed(
        (token) => session.start(token),
        () => session.end('expired'),
      );
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [config, session, signedIn]);
  return null;
}
