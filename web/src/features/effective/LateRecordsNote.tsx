import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../api/graphql';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { formatNumber } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';

const LateRecordsQuery = graphql(`
  query LateRecords($asOf: Date) {
    dashboard(asOf: $asOf) {
      asOf
      lateRecords
    }
  }
`);

/**
 * Says when the figures as of a day include late records: changes recorded after the day they
 * took effect (issue 13), so a reader knows a figure may differ from what was known on that day.
 * Nothing is shown when there are none, while the count loads, or if it cannot be read.
 */
export function LateRecordsNote({ asOf }: { asOf: string | null | undefined }) {
  const { t, language } = useTranslation('effective');
  const client = useGraphQLClient();
  const late = useQuery({
    queryKey: ['dashboard', 'lateRecords', asOf ?? 'today'],
    queryFn: ({ signal }) => client.request(LateRecordsQuery, { asOf: asOf ?? null }, { signal }),
  });
  const count = late.data?.dashboard.lateRecords ?? 0;
  if (count === 0) return null;
  return (
    <p className="message message--info late-records-note" data-testid="late-records">
      {t('lateRecords', { count, formatted: formatNumber(count, language) })}
    </p>
  );
}
