import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { presentationChangesOptions, presentationLiveOptions, presentationSnapshotOptions } from './api';
import { buildSlides, changeWindow, type Slide } from './slides';

export type Deck =
  | { state: 'loading' }
  | { state: 'error'; error: unknown; retry: () => void }
  | { state: 'missingSnapshot' }
  | { state: 'ready'; slides: Slide[]; snapshot: { name: string; frozenAt: string } | null; changesError: unknown; retryChanges: () => void };

/**
 * The slides' data: a frozen snapshot's figures when `snapshotId` is given, else the live
 * figures as of `asOf` (the API's today when null); then what changed in the 30 days up to
 * the figures' date, which can only be asked once that date is known.
 */
export function useDeck(which: string | null | 'waiting', asOf: string | null): Deck {
  const client = useGraphQLClient();
  // 'waiting': the state to show is not known yet (the conference's default is loading).
  const waiting = which === 'waiting';
  const snapshotId = waiting ? null : which;
  const live = useQuery({ ...presentationLiveOptions(client, asOf), enabled: !waiting && snapshotId === null });
  const snapshot = useQuery({ ...presentationSnapshotOptions(client, snapshotId ?? ''), enabled: snapshotId !== null });
  const figures = snapshotId === null ? live : snapshot;
  const source = useMemo(() => {
    if (snapshotId === null) return live.data ? { strategy: live.data.strategy, snapshotName: null, dashboard: live.data.dashboard } : null;
    const frozen = snapshot.data?.snapshot;
    return frozen ? { strategy: frozen.strategy, snapshotName: frozen.name, dashboard: frozen.dashboard } : null;
  }, [snapshotId, live.data, snapshot.data]);

  const period = source ? changeWindow(source.dashboard.asOf) : null;
  const changes = useQuery({ ...presentationChangesOptions(client, period ?? { from: '', to: '' }), enabled: period !== null });

  const slides = useMemo(() => (source ? buildSlides({ ...source, changes: changes.data?.changeSummary ?? null }) : null), [source, changes.data]);

  if (waiting || figures.isPending) return { state: 'loading' };
  if (figures.isError) return { state: 'error', error: figures.error, retry: () => void figures.refetch() };
  if (!slides) return { state: 'missingSnapshot' };
  const frozen = snapshotId === null ? null : (snapshot.data?.snapshot ?? null);
  return {
    state: 'ready',
    slides,
    snapshot: frozen && { name: frozen.name, frozenAt: frozen.frozenAt },
    changesError: changes.isError ? changes.error : null,
    retryChanges: () => void changes.refetch(),
  };
}
