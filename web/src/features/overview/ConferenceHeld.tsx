import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { linkFault } from '../../../../functions/domain/validation';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../api/errorMessage';
import { can } from '../../app/can';
import { paths } from '../../app/paths';
import { useShell } from '../../app/shellQuery';
import { formatDate } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import { REVIEW_CONFERENCE_ACTION_ID, isRecordedHeld, recordHeldInput } from './conference-held';
import { useConferenceAction, useRecordConferenceHeld } from './api';

/**
 * Once the figures' date is past the review date, the overview says so once, plainly, instead
 * of counting days since it; and says whether the conference is recorded as held (its action
 * completed), offering those who may update that action the shortcut to record it.
 */
export function ConferenceHeld({ reviewDate, asOf }: { reviewDate: string; asOf: string }) {
  const { t, language } = useTranslation('overview');
  const shell = useShell();
  const action = useConferenceAction();
  const conference = action.data?.action ?? null;
  const held = isRecordedHeld(conference);
  const mayRecord = conference !== null && !held && can(shell.data?.me, { kind: 'updateAction', owners: conference.owners });
  const review = formatDate(reviewDate, language, 'long');
  return (
    <section className="overview-held" aria-labelledby="overview-held-heading">
      <h2 id="overview-held-heading" className="overview-held__text">
        {t('held.sentence', { review, date: formatDate(asOf, language, 'long') })}
      </h2>
      {conference && (
        <p>
          {held ? t('held.recorded', { ref: REVIEW_CONFERENCE_ACTION_ID }) : t('held.notRecorded', { ref: REVIEW_CONFERENCE_ACTION_ID })}{' '}
          <Link to={paths.action(conference.id)}>{t('held.open', { ref: REVIEW_CONFERENCE_ACTION_ID })}</Link>
        </p>
      )}
      {mayRecord && <RecordHeldForm action={conference} review={review} />}
    </section>
  );
}

function RecordHeldForm({
  action,
  review,
}: {
  action: { id: string; note?: string | null; evidenceUrls: string[]; version: number; status: string };
  review: string;
}) {
  const { t } = useTranslation('overview');
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  // One key for this form's attempt: a retry after a lost answer writes nothing twice.
  const [attempt] = useState(() => crypto.randomUUID());
  const record = useRecordConferenceHeld();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const link = String(new FormData(event.currentTarget).get('evidence') ?? '').trim();
    if (link === '' && action.evidenceUrls.length === 0) {
      setProblem(t('held.evidenceMissing'));
      return;
    }
    if (link !== '' && linkFault(link) !== null) {
      setProblem(t('held.evidenceInvalid'));
      return;
    }
    setProblem(null);
    record.mutate(recordHeldInput({ ...action, note: action.note ?? null }, link, t('held.note', { review }), attempt));
  }

  const failure = record.error
    ? record.error instanceof ApiError && record.error.code === 'CONFLICT'
      ? t('held.conflict')
      : t('held.failed', { message: errorMessage(record.error, t('error.fallback', { ns: 'common' })) })
    : null;
  return (
    <form className="overview-held__form" onSubmit={submit} noValidate>
      <div className="overview-held__field">
        <label htmlFor={inputId}>{t('held.evidence')}</label>
        <input
          id={inputId}
          name="evidence"
          type="url"
          inputMode="url"
          placeholder="https://"
          defaultValue={action.evidenceUrls[0] ?? ''}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
        />
        <span id={hintId} className="small">
          {t('held.evidenceHint')}
        </span>
        {problem && (
          <span id={errorId} className="overview-held__error">
            {problem}
          </span>
        )}
      </div>
      <button type="submit" className="button" disabled={record.isPending}>
        {t('held.submit')}
      </button>
      <div role="status">{record.isPending ? t('held.pending') : ''}</div>
      <div role="alert">{failure}</div>
    </form>
  );
}
