import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../api/errorMessage';
import { can } from '../../app/can';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import { paths } from '../../app/paths';
import { useShell } from '../../app/shellQuery';
import { PageTitle } from '../../components/PageTitle';
import { LoadError, Loading } from '../../components/Status';
import { formatDate } from '../../i18n/format';
import { ExportPanel } from '../exports/ExportPanel';
import { useTranslation } from '../../i18n/useTranslation';
import { preloadCharts } from '../overview/lazyCharts';
import { parseAsOf } from '../overview/selectors';
import { Annex, ReportDocument } from './ReportDocument';
import { annexOptions, reportOptions, useFreezeSnapshot, useSnapshots } from './api';
import { ConferenceStateNotice, useConferenceState } from './conference';
import { TODAY_PARAM, annexPeriod, conferenceSearch, defaultSince } from './report-model';
import './report.css';

/**
 * The printable review report. It shows either a frozen snapshot (?snapshot=<id>) or the live
 * state as of a date (?asOf=YYYY-MM-DD, ?asOf=today); with neither it opens on the newest
 * snapshot, else the review date once past (conference.tsx), and says which. Both are turned into one view model
 * (report-model.ts), and the report is drawn from that alone. The annex's start (?since=) is
 * chosen separately. Coordinators may freeze the state shown.
 */
export default function ReportPage() {
  const { t } = useTranslation('report');
  const client = useGraphQLClient();
  const shell = useShell();
  const [searchParams, setSearchParams] = useSearchParams();
  const conference = useConferenceState();
  const { state } = conference;
  const snapshotId = state?.kind === 'snapshot' ? state.id : null;
  const asOf = state?.kind === 'live' ? state.asOf : null;
  const since = parseAsOf(searchParams.get('since'));

  useEffect(preloadCharts, []);

  const report = useQuery({ ...reportOptions(client, { snapshotId, asOf, notFound: t('notFound') }), enabled: state !== null });
  const model = report.data;
  const period = model ? annexPeriod(since ?? defaultSince(model.asOf), model.asOf) : null;
  const annex = useQuery({ ...annexOptions(client, period ?? { from: '', to: '' }, model?.changesUntil ?? ''), enabled: period !== null });

  function show(next: { snapshot?: string | null; asOf?: string | null; since?: string | null }) {
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      for (const [key, value] of Object.entries(next)) {
        if (value) params.set(key, value);
        else params.delete(key);
      }
      return params;
    });
  }

  const canFreeze = can(shell.data?.me, { kind: 'freezeSnapshot' });
  // The slides of the very state on screen: the snapshot, or the date of the live figures.
  const presentTo = model
    ? `${paths.present}${conferenceSearch(model.source.kind === 'snapshot' ? { kind: 'snapshot', id: model.source.id } : { kind: 'live', asOf: model.asOf })}`
    : null;
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <div className="report-controls">
        <p className="report-controls__title">{t('title')}</p>
        <p>{t('lead')}</p>
        {state && (
          <ConferenceStateNotice
            state={state}
            snapshot={model?.source.kind === 'snapshot' ? { name: model.source.name, frozenAt: model.generatedAt } : null}
            asOf={model?.asOf ?? null}
            reviewDate={model?.strategy.reviewDate ?? conference.reviewDate}
          />
        )}
        <ChooseState
          key={`${snapshotId ?? LIVE}|${asOf ?? ''}`}
          snapshotId={snapshotId}
          asOf={asOf ?? (model?.source.kind === 'live' ? model.asOf : null)}
          onShow={show}
        />
        {model && <ChooseSince since={period?.from ?? ''} onShow={(date) => show({ since: date })} />}
        <p className="report-controls__actions">
          <button type="button" className="button" onClick={() => window.print()} disabled={!model}>
            {t('print')}
          </button>{' '}
          {presentTo && (
            <Link className="button button--secondary" to={presentTo}>
              {t('present')}
            </Link>
          )}
        </p>
        {/* The freeze form starts from the state on screen (the snapshot's date, the review date or the date chosen), never silently from today. */}
        {canFreeze && <FreezeForm defaultAsOf={model?.asOf ?? ''} onFrozen={(id) => show({ snapshot: id, asOf: null })} />}
        {/* The spreadsheets of the same day and period (the export endpoint reads the live history). */}
        {model && period && <ExportPanel headingLevel={2} scope={{ asOf: model.asOf, historyFrom: period.from, historyTo: model.asOf }} />}
      </div>
      {conference.error ? (
        <LoadError what={t('what')} error={conference.error} onRetry={conference.retry} />
      ) : !state || report.isPending ? (
        <Loading>{t('loading')}</Loading>
      ) : report.isError ? (
        <LoadError what={t('what')} error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <ReportDocument
          model={report.data}
          annex={
            <Annex
              annex={annex.data ?? null}
              state={annex.isError ? 'error' : annex.isPending ? 'loading' : 'ready'}
              error={errorMessage(annex.error, t('error.fallback', { ns: 'common' }))}
            />
          }
        />
      )}
    </>
  );
}

const LIVE = '';

function ChooseState({
  snapshotId,
  asOf,
  onShow,
}: {
  snapshotId: string | null;
  asOf: string | null;
  onShow: (next: { snapshot: string | null; asOf: string | null }) => void;
}) {
  const { t, language } = useTranslation('report');
  const snapshots = useSnapshots();
  // The parent keys this form by the state shown, so a new choice in the address starts it afresh.
  const [source, setSource] = useState(snapshotId ?? LIVE);
  const sourceId = useId();
  const dateId = useId();
  const dateHintId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = String(form.get('source') ?? LIVE);
    onShow(chosen === LIVE ? { snapshot: null, asOf: parseAsOf(String(form.get('asOf') ?? '')) ?? TODAY_PARAM } : { snapshot: chosen, asOf: null });
  }

  const items = snapshots.data?.snapshots.edges.map((edge) => edge.node) ?? [];
  return (
    <form className="report-form" onSubmit={submit} aria-label={t('choose.label')}>
      <div className="report-form__field">
        <label htmlFor={sourceId}>{t('choose.source')}</label>
        <select id={sourceId} name="source" value={source} onChange={(event) => setSource(event.target.value)}>
          <option value={LIVE}>{t('choose.live')}</option>
          {items.map((snapshot) => (
            <option key={snapshot.id} value={snapshot.id}>
              {t('choose.snapshot', { name: snapshot.name, date: formatDate(snapshot.asOf, language) })}
            </option>
          ))}
        </select>
      </div>
      <div className="report-form__field">
        <label htmlFor={dateId}>{t('choose.asOf')}</label>
        <input
          key={asOf ?? 'today'}
          id={dateId}
          name="asOf"
          type="date"
          defaultValue={asOf ?? ''}
          disabled={source !== LIVE}
          aria-describedby={dateHintId}
        />
        <span id={dateHintId} className="report-form__hint">
          {t('choose.asOfHint')}
        </span>
      </div>
      <button type="submit" className="button button--secondary">
        {t('choose.show')}
      </button>
    </form>
  );
}

function ChooseSince({ since, onShow }: { since: string; onShow: (date: string | null) => void }) {
  const { t } = useTranslation('report');
  const id = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onShow(parseAsOf(String(new FormData(event.currentTarget).get('since') ?? '')));
  }
  return (
    <form className="report-form" onSubmit={submit} aria-label={t('since.label')}>
      <div className="report-form__field">
        <label htmlFor={id}>{t('since.date')}</label>
        <input key={since} id={id} name="since" type="date" defaultValue={since} required />
      </div>
      <button type="submit" className="button button--secondary">
        {t('since.show')}
      </button>
    </form>
  );
}

function FreezeForm({ defaultAsOf, onFrozen }: { defaultAsOf: string; onFrozen: (id: string) => void }) {
  const { t } = useTranslation('report');
  const headingId = useId();
  const nameId = useId();
  const nameErrorId = useId();
  const asOfId = useId();
  const [nameError, setNameError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const freeze = useFreezeSnapshot({ onSuccess: ({ freezeSnapshot }) => setDone(t('freeze.done', { name: freezeSnapshot.name })) });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name') ?? '').trim();
    if (name.length === 0 || name.length > 200) {
      setNameError(t('freeze.nameInvalid'));
      return;
    }
    setNameError(null);
    setDone(null);
    freeze.mutate({ name, asOf: parseAsOf(String(form.get('asOf') ?? '')) }, { onSuccess: ({ freezeSnapshot }) => onFrozen(freezeSnapshot.id) });
  }

  const error = freeze.error;
  const errorText =
    error instanceof ApiError && error.code === 'FORBIDDEN'
      ? t('freeze.forbidden')
      : error
        ? t('freeze.failed', { message: errorMessage(error, t('error.fallback', { ns: 'common' })) })
        : null;
  return (
    <section className="report-freeze" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('freeze.heading')}</h2>
      <p>{t('freeze.lead')}</p>
      <form className="report-form" onSubmit={submit} noValidate>
        <div className="report-form__field">
          <label htmlFor={nameId}>{t('freeze.name')}</label>
          <input
            id={nameId}
            name="name"
            type="text"
            maxLength={200}
            required
            defaultValue={t('freeze.nameDefault')}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? nameErrorId : undefined}
          />
          {nameError && (
            <span id={nameErrorId} className="report-form__error">
              {nameError}
            </span>
          )}
        </div>
        <div className="report-form__field">
          <label htmlFor={asOfId}>{t('freeze.asOf')}</label>
          <input key={defaultAsOf} id={asOfId} name="asOf" type="date" defaultValue={defaultAsOf} />
        </div>
        <button type="submit" className="button" disabled={freeze.isPending}>
          {t('freeze.submit')}
        </button>
      </form>
      <div role="status">{freeze.isPending ? t('freeze.pending') : done}</div>
      <div role="alert">{errorText}</div>
    </section>
  );
}
