import type { ReactNode } from 'react';
import { DateText } from '../../components/Badges';
import { formatPercent } from '../../i18n/format';
import { actorName, countryName } from '../../i18n/names';
import { useTranslation } from '../../i18n/useTranslation';
import type { Reporting, Scorecard } from './scorecard';

/** Whom a scorecard is about, named in the reader's language: a country from the platform, a body by its official name. */
export function subjectName(subject: Scorecard['subject'], language: string): string {
  return subject.kind === 'COUNTRY' ? countryName(subject.id, language, subject.name) : actorName(subject.id, language, subject.name);
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
