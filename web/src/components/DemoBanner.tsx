import { useRuntimeConfig } from '../auth/RuntimeConfigContext';
import { useTranslation } from '../i18n/useTranslation';

/**
 * The demo year (`npm start -- --demo`, issue 13) is invented: every page, the slides and the
 * printed report say so at the top, in the reader's language.
 */
/** `print`: shown only on paper, where the page's own header is not printed (the report). */
export function DemoBanner({ print = false }: { print?: boolean }) {
  const config = useRuntimeConfig();
  const { t } = useTranslation();
  if (config.mode !== 'local' || !config.demo) return null;
  return (
    <p className={print ? 'demo-banner demo-banner--print' : 'demo-banner'} role="note" data-demo-banner="">
      <strong>{t('demo.banner')}</strong> {t('demo.explanation')}
    </p>
  );
}
