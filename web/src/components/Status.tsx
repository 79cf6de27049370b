import { useTranslation } from '../i18n/useTranslation';
import { errorMessage } from '../api/errorMessage';

export function Loading({ children }: { children: string }) {
  return (
    <p role="status" className="loading">
      {children}
    </p>
  );
}

/** "Could not load the actions: …" with a way to try again. `what` is already translated. */
export function LoadError({ what, error, onRetry }: { what: string; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="message message--error">
      <p>{t('load.error', { what, message: errorMessage(error, t('error.fallback')) })}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('load.retry')}
      </button>
    </div>
  );
}
