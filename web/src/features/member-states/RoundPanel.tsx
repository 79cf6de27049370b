import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { formatDate } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import type { Coverage, Round } from './api';
import { useCloseRound, useOpenRound, useReloadMemberStates } from './api';
import { lastClosedRound, openRound, suggestedClosingDate } from './matrix';
import { useCoverageText, WriteError } from './parts';

interface RoundPanelProps {
  rounds: Round[];
  coverage: Coverage;
  /** Coordinators open and close rounds; everyone else reads where the round stands. */
  canManage: boolean;
}

export function RoundPanel({ rounds, coverage, canManage }: RoundPanelProps) {
  const { t, language } = useTranslation('member-states');
  const date = (isoDate: string) => formatDate(isoDate.slice(0, 10), language, 'long');
  const coverageOf = useCoverageText();
  const current = openRound(rounds);
  const last = lastClosedRound(rounds);
  const [done, setDone] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening or closing swaps the form for another: focus stays on the round's heading.
  // A refusal is kept here, not in the form: the refresh that follows may swap the form away.
  const [failure, setFailure] = useState<unknown>(null);
  const changed = (message: string) => {
    setFailure(null);
    setDone(message);
    headingRef.current?.focus();
  };
  const failed = (error: unknown) => {
    setDone('');
    setFailure(error);
  };

  return (
    <section aria-labelledby="ms-round-heading" className="ms-panel">
      <h2 id="ms-round-heading" ref={headingRef} tabIndex={-1}>
        {t('round.heading')}
      </h2>
      {current ? (
        <p>{t('round.open', { name: current.name, opens: date(current.opens), closes: date(current.closes) })}</p>
      ) : (
        <>
          <p className="message message--info">{t('round.none')}</p>
          <p>{last ? t('round.lastClosed', { name: last.name, closed: date(last.closedAt ?? last.closes) }) : t('round.neverOpened')}</p>
        </>
      )}
      {coverage.roundId && <p>{t('round.coverage', { text: coverageOf(coverage) })}</p>}
      <p role="status" className="ms-done">
        {done}
      </p>
      {failure !== null && <WriteError error={failure} />}
      {canManage &&
        (current ? (
          <CloseRound round={current} onClosed={(name) => changed(t('round.closed', { name }))} onFailed={failed} />
        ) : (
          <OpenRoundForm onOpened={(name) => changed(t('round.opened', { name }))} onFailed={failed} />
        ))}
    </section>
  );
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

interface RoundChangeProps {
  onFailed: (error: unknown) => void;
}

function OpenRoundForm({ onOpened, onFailed }: RoundChangeProps & { onOpened: (name: string) => void }) {
  const { t } = useTranslation('member-states');
  const reload = useReloadMemberStates();
  const id = useId();
  const [name, setName] = useState('');
  const [closes, setCloses] = useState(() => suggestedClosingDate(today()));
  const [problems, setProblems] = useState<{ name?: string; closes?: string }>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const closesRef = useRef<HTMLInputElement>(null);
  const mutationId = useRef<string | null>(null);

  // Once opened, every action's expected reports and the figures that count them are read again (api.ts).
  const open = useOpenRound({
    onSuccess: (result) => {
      mutationId.current = null;
      onOpened(result.openReportingRound.name);
    },
    onError: async (error) => {
      if (!(error instanceof ApiError && error.code === 'NETWORK')) mutationId.current = null;
      onFailed(error);
      await reload();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (open.isPending) return;
    const found = {
      name: name.trim() ? undefined : t('round.nameRequired'),
      closes: !closes ? t('round.closesRequired') : closes < today() ? t('round.closesPast') : undefined,
    };
    setProblems(found);
    if (found.name) return nameRef.current?.focus();
    if (found.closes) return closesRef.current?.focus();
    mutationId.current ??= crypto.randomUUID();
    open.mutate({ name: name.trim(), closes, clientMutationId: mutationId.current });
  }

  const edited = () => {
    mutationId.current = null;
  };

  return (
    <form className="ms-form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('round.openHeading')}</h3>
      <div className="ms-field">
        <label htmlFor={`${id}-name`}>{t('round.name')}</label>
        <span className="small" id={`${id}-name-hint`}>
          {t('round.nameHint')}
        </span>
        {problems.name && (
          <span className="ms-field__error" id={`${id}-name-error`}>
            {problems.name}
          </span>
        )}
        <input
          ref={nameRef}
          id={`${id}-name`}
          type="text"
          required
          maxLength={200}
          value={name}
          aria-invalid={problems.name ? true : undefined}
          aria-describedby={[`${id}-name-hint`, problems.name && `${id}-name-error`].filter(Boolean).join(' ')}
          onChange={(event) => {
            edited();
            setName(event.target.value);
          }}
        />
      </div>
      <div className="ms-field">
        <label htmlFor={`${id}-closes`}>{t('round.closes')}</label>
        {problems.closes && (
          <span className="ms-field__error" id={`${id}-closes-error`}>
            {problems.closes}
          </span>
        )}
        <input
          ref={closesRef}
          id={`${id}-closes`}
          type="date"
          required
          min={today()}
          value={closes}
          aria-invalid={problems.closes ? true : undefined}
          aria-describedby={problems.closes ? `${id}-closes-error` : undefined}
          onChange={(event) => {
            edited();
            setCloses(event.target.value);
          }}
        />
      </div>
      <button type="submit" className="button" aria-disabled={open.isPending || undefined}>
        {open.isPending ? t('round.opening') : t('round.openButton')}
      </button>
    </form>
  );
}

function CloseRound({ round, onClosed, onFailed }: RoundChangeProps & { round: Round; onClosed: (name: string) => void }) {
  const { t } = useTranslation('member-states');
  const reload = useReloadMemberStates();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const close = useCloseRound({
    onSuccess: () => onClosed(round.name),
    onError: async (error) => {
      onFailed(error);
      await reload();
    },
  });

  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          setConfirming(true);
          requestAnimationFrame(() => confirmRef.current?.focus());
        }}
      >
        {t('round.closeButton', { name: round.name })}
      </button>
    );
  }
  return (
    <div className="ms-confirm">
      <p id="ms-close-confirm">{t('round.closeConfirm')}</p>
      <button
        ref={confirmRef}
        type="button"
        className="button"
        aria-describedby="ms-close-confirm"
        aria-disabled={close.isPending || undefined}
        onClick={() => {
          if (!close.isPending) close.mutate(round.id);
        }}
      >
        {close.isPending ? t('round.closing') : t('round.closeConfirmButton')}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
        {t('round.cancel')}
      </button>
    </div>
  );
}
