import type { ReactNode } from 'react';
import { DateText } from '../../components/Badges';
import { formatPercent } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import type { Reporting } from './scorecard';

const NAME_SLOT = '\u0000name\u0000';

/**
 * A translated sentence with a name from the catalogue in it, the name marked as English
 * (the actors' names are the strategy's own words) so a French page announces it correctly.
 */
export function WithName({ text, name }: { text: (name: string) => string; name: string }) {
  const [before = '', after = ''] = text(NAME_SLOT).split(NAME_SLOT);
  return (
    <>
      {before}
      <span lang="en">{name}</span>
      {after}
    </>
  );
}

/** "42.9%", or "n/a" when there is nothing to share out. */
export function Percent({ value }: { value: number | null }) {
  const { t, language } = useTranslation('scorecards');
  return <>{value === null ? t('notApplicable') : formatPercent(value, language)}</>;
}

/** When something was last confirmed or reported, and how many days ago; "Never" if it never was. */
export function LastUpdate({ at, daysAgo }: { at: string | null; daysAgo: number | null }): ReactNode {
  const { t } = useTranslation('scorecards');
  if (at === null || daysAgo === null) return t('never');
  return (
    <>
      <DateText date={at} /> ({daysAgo === 0 ? t('today') : t('daysAgo', { count: daysAgo })})
    </>
  );
}

/** The share the list shows as "reporting complete": confirmed recently, or reported in the round. */
export function reportingComplete(reporting: Reporting): number | null {
  return reporting.kind === 'CONFIRMATION' ? reporting.percentFresh : reporting.percentReported;
}
