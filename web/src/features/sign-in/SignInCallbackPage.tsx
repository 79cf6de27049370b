import { useEffect, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { errorMessage } from '../../api/errorMessage';
import { returnPath, SIGN_IN_PATH } from '../../app/paths';
import { hostedSignIn, useRuntimeConfig } from '../../auth/RuntimeConfigContext';
import type { CognitoSignIn } from '../../auth/runtimeConfig';
import { useSession } from '../../auth/SessionContext';
import { PageTitle } from '../../components/PageTitle';
import { Loading } from '../../components/Status';
import { useTranslation } from '../../i18n/useTranslation';

/** The authorization code can be exchanged only once, however often the page renders. */
let completion: Promise<{ token: string; from: string }> | undefined;

function completeOnce(auth: CognitoSignIn) {
  completion ??= hostedSignIn(auth).then((signIn) => signIn.complete());
  return completion;
}

/** Where Cognito returns with the authorization code: exchange it (PKCE), then go on. */
export default function SignInCallbackPage() {
  const { t } = useTranslation();
  const config = useRuntimeConfig();
  const { signIn } = useSession();
  const [outcome, setOutcome] = useState<{ from: string } | { error: unknown } | null>(null);

  useEffect(() => {
    if (config.mode !== 'cloud') return;
    completeOnce(config.auth).then(
      ({ token, from }) => {
        signIn(token);
        setOutcome({ from });
      },
      (error: unknown) => setOutcome({ error }),
    );
  }, [config, signIn]);

  const failure = config.mode !== 'cloud' ? new Error(t('signIn.noMethod')) : outcome && 'error' in outcome ? outcome.error : null;
  if (outcome && 'from' in outcome) return <Navigate to={returnPath({ from: outcome.from })} replace />;
  return (
    <>
      <PageTitle>{t('signIn.title')}</PageTitle>
      <h1>{t('signIn.title')}</h1>
      {failure ? (
        <div role="alert" className="message message--error">
          <p>{t('signIn.failed', { message: errorMessage(failure, t('error.fallback')) })}</p>
          <p>
            <Link to={SIGN_IN_PATH}>{t('signIn.again')}</Link>
          </p>
        </div>
      ) : (
        <Loading>{t('signIn.completing')}</Loading>
      )}
    </>
  );
}
