import { formatNumber } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import { useLateRecords } from './api';

/**
 * Says when the figures as of a day include late records: changes recorded after the day they
 * took effect (issue 13), so a reader knows a figure may differ from what was known on that day.
 * Nothing is shown when there are none, while the count loads, or if it cannot be read.
 */
export function LateRecordsNote({ asOf }: { asOf: string | null | undefined }) {
  const { t, language } = useTranslation('effective');
  const late = useLateRecords(asOf ?? null);
  const count = late.data?.dashboard.lateRecords ?? 0;
  if (count === 0) return null;
  return (
    <p className="message message--info late-records-note" data-testid="late-records">
      {t('lateRecords', { count, formatted: formatNumber(count, language) })}
    </p>
  );
}
