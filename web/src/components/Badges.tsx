import type { ActionStatus, Health } from '../gql/graphql';
import { formatDate as formatDateFor } from '../i18n/format';
import { useTranslation } from '../i18n/useTranslation';

/** A status, always written out; the tint only helps scanning. */
export function StatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  return <span className={`status status--${modifier(status)}`}>{t(`status.${status}`)}</span>;
}

/** Symbols that differ in shape, so health reads without colour and in black-and-white print. */
const HEALTH_SYMBOLS: Record<Health, string> = { DONE: '✓', ON_TRACK: '●', AT_RISK: '▲', OVERDUE: '■' };

/** Health, written out with a shape beside it. */
export function HealthBadge({ health }: { health: Health }) {
  const { t } = useTranslation();
  return (
    <span className={`health health--${modifier(health)}`}>
      <span aria-hidden="true" className="health__symbol">
        {HEALTH_SYMBOLS[health]}
      </span>{' '}
      {t(`health.${health}`)}
    </span>
  );
}

/** A calendar date in the reader's language, machine-readable in `dateTime`. */
export function DateText({ date, style = 'short' }: { date: string; style?: 'short' | 'long' }) {
  const { language } = useTranslation();
  return <time dateTime={date}>{formatDateFor(date, language, style)}</time>;
}

function modifier(value: string): string {
  return value.toLowerCase().replaceAll('_', '-');
}
