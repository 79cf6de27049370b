import { DEFAULT_HEALTH_CONFIG } from '../../../functions/domain/health';
import { ACTION_STATUSES, HEALTHS } from '../../../functions/domain/model';
import { useTranslation } from '../i18n/useTranslation';
import { HealthBadge, StatusBadge } from './Badges';

/**
 * What the words of the two axes mean, one line each, for a page that shows both an
 * action's status (its lifecycle, set by its owner) and its health (worked out for a day).
 * The words are the glossary's (common namespace, functions/domain/vocabulary.ts); the
 * badges are those the page uses, so the legend looks like what it explains.
 */
export function Legend({ stale = false }: { /** Also explain the stale flag. */ stale?: boolean }) {
  const { t } = useTranslation();
  return (
    <details className="legend">
      <summary>{t('legend.title')}</summary>
      <div className="legend__axes">
        <section>
          <h2 className="legend__heading">{t('legend.statusHeading')}</h2>
          <dl className="legend__list">
            {ACTION_STATUSES.map((status) => (
              <div key={status}>
                <dt>
                  <StatusBadge status={status} />
                </dt>
                <dd>{t(`legend.status.${status}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section>
          <h2 className="legend__heading">{t('legend.healthHeading')}</h2>
          <dl className="legend__list">
            {HEALTHS.map((health) => (
              <div key={health}>
                <dt>
                  <HealthBadge health={health} />
                </dt>
                <dd>{t(`legend.health.${health}`)}</dd>
              </div>
            ))}
            {stale && (
              <div>
                <dt>
                  <span className="status">{t('flag.STALE')}</span>
                </dt>
                <dd>{t('legend.flag.STALE', { days: DEFAULT_HEALTH_CONFIG.staleAfterDays })}</dd>
              </div>
            )}
          </dl>
        </section>
      </div>
    </details>
  );
}
