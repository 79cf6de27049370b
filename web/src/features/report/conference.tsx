import { Link, useSearchParams } from 'react-router';
import { formatDate } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import { useConferenceDefault } from '../conference/api';
import { TODAY_PARAM, conferenceState, type ConferenceState, type LatestSnapshot } from './report-model';
import './conference.css';

/**
 * The state the conference pages (report, forecast, slides) show: the one the address names,
 * else the newest frozen snapshot, else the review date once it has passed (report-model.ts
 * conferenceState). The default is asked of the API only when the address names no state.
 */
export function useConferenceState(): {
  state: ConferenceState | null;
  latestSnapshot: LatestSnapshot | null;
  reviewDate: string | null;
  error: unknown;
  retry: () => void;
} {
  const [searchParams] = useSearchParams();
  const address = { snapshot: searchParams.get('snapshot') || null, asOf: searchParams.get('asOf') };
  const needsDefault = conferenceState(address, null) === null;
  const known = useConferenceDefault(needsDefault);
  const latestSnapshot = known.data?.snapshots.edges[0]?.node ?? null;
  const state = conferenceState(
    address,
    known.data ? { latestSnapshot, reviewDate: known.data.dashboard.reviewDate, today: known.data.dashboard.asOf } : null,
  );
  return {
    state,
    latestSnapshot,
    reviewDate: known.data?.dashboard.reviewDate ?? null,
    error: needsDefault && known.isError ? known.error : null,
    retry: () => void known.refetch(),
  };
}

/**
 * One sentence saying which state the page shows and why, with today's state one click away
 * (and, when the address chose another state, the conference's default one click back).
 */
export function ConferenceStateNotice({
  state,
  snapshot,
  asOf,
  reviewDate,
  className = 'conference-state',
}: {
  state: ConferenceState;
  /** The snapshot shown, once loaded. */
  snapshot?: { name: string; frozenAt: string } | null;
  /** The date of the figures shown, once loaded. */
  asOf?: string | null;
  reviewDate?: string | null;
  className?: string;
}) {
  const { t, language } = useTranslation('report');
  const [searchParams] = useSearchParams();
  const date = (value: string) => formatDate(value, language, 'long');
  // The links change the state shown and keep the rest of the address (the slide, the annex's start).
  const withState = (asOf: string | null) => {
    const params = new URLSearchParams(searchParams);
    params.delete('snapshot');
    params.delete('asOf');
    if (asOf) params.set('asOf', asOf);
    return `?${params.toString()}`;
  };
  let sentence: string;
  if (state.kind === 'snapshot') {
    sentence = snapshot
      ? t('state.snapshot', { name: snapshot.name, frozen: date(snapshot.frozenAt.slice(0, 10)), date: asOf ? date(asOf) : '' })
      : t('state.snapshotLoading');
  } else if (state.basis === 'reviewDate' || (state.asOf !== null && state.asOf === reviewDate)) {
    sentence = t('state.reviewDate', { date: date(state.asOf!) });
  } else if (state.basis === 'today') {
    sentence = asOf ? t('state.today', { date: date(asOf) }) : t('state.todayLoading');
  } else {
    sentence = t('state.date', { date: date(state.asOf!) });
  }
  return (
    <p className={className} data-conference-state={state.kind === 'snapshot' ? 'snapshot' : state.basis}>
      <span>{sentence}</span>{' '}
      {state.basis !== 'today' && (
        <Link to={withState(TODAY_PARAM)} className="conference-state__link">
          {t('state.showToday')}
        </Link>
      )}
      {state.basis === 'address' || state.basis === 'today' ? (
        <>
          {' '}
          <Link to={withState(null)} className="conference-state__link">
            {t('state.showDefault')}
          </Link>
        </>
      ) : null}
    </p>
  );
}
