import { queryOptions } from '@tanstack/react-query';
import type { GraphQLClient } from '../../api/client';
import { PresentationChangesDocument, PresentationLiveDocument, PresentationSnapshotDocument } from './api.generated';
import { presentationKeys } from './keys';

/**
 * The slides' data access: documents in api.graphql (typed in api.generated.ts), keys in
 * keys.ts; the slides have no write of their own (useDeck.ts puts the three reads together).
 */
export { presentationKeys };

/** The live figures as of a date (`null`: the API's today). */
export function presentationLiveOptions(client: GraphQLClient, asOf: string | null) {
  return queryOptions({
    queryKey: presentationKeys.live(asOf),
    queryFn: ({ signal }) => client.request(PresentationLiveDocument, { asOf }, { signal }),
  });
}

/** A frozen snapshot's figures. */
export function presentationSnapshotOptions(client: GraphQLClient, id: string) {
  return queryOptions({
    queryKey: presentationKeys.snapshot(id),
    queryFn: ({ signal }) => client.request(PresentationSnapshotDocument, { id }, { signal }),
  });
}

/** What changed in [from, to). */
export function presentationChangesOptions(client: GraphQLClient, period: { from: string; to: string }) {
  return queryOptions({
    queryKey: presentationKeys.changes(period.from, period.to),
    queryFn: ({ signal }) => client.request(PresentationChangesDocument, period, { signal }),
  });
}
