import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { GraphQLClient } from '../../api/client';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { ForecastDocument, ForecastSnapshotDocument } from './api.generated';
import { forecastKeys } from './keys';

/**
 * The forecast page's data access: documents in api.graphql (typed in api.generated.ts), keys
 * in keys.ts. It has no write of its own; an update elsewhere refreshes it (app/writes.ts).
 */
export { forecastKeys };

/** The forecast of completions by the review date, as of a date or as a snapshot froze it. */
export function forecastOptions(client: GraphQLClient, state: { asOf: string | null; snapshotId: string | null }) {
  const { asOf, snapshotId } = state;
  return queryOptions({
    queryKey: forecastKeys.forecast(asOf, snapshotId),
    queryFn: ({ signal }) => client.request(ForecastDocument, { asOf: snapshotId ? null : asOf, snapshotId }, { signal }),
  });
}

/** While another date's forecast loads, the last one stays in place; nothing is asked until `enabled`. */
export function useForecast(state: { asOf: string | null; snapshotId: string | null }, enabled: boolean) {
  return useQuery({ ...forecastOptions(useGraphQLClient(), state), enabled, placeholderData: keepPreviousData });
}

/** A frozen snapshot's name, to say which snapshot the forecast is of. */
export function useSnapshotName(id: string | null) {
  const client = useGraphQLClient();
  return useQuery({
    queryKey: forecastKeys.snapshotName(id ?? ''),
    queryFn: ({ signal }) => client.request(ForecastSnapshotDocument, { id: id! }, { signal }),
    enabled: id !== null,
    staleTime: Infinity,
  });
}
