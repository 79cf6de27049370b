import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import type { MemberStateReportStatus } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import { httpsSuggestion } from '../action/validation';
import type { Report, ReportingAction, Round } from './api';
import { useAdopted, useReloadMemberStates, useSubmitReport } from './api';
import { invalidEvidenceUrls, parseEvidenceUrls } from './matrix';
import { ReportBadge, WriteError } from './parts';
import { effectiveBounds, effectiveInput, effectiveProblem, todayUtc } from '../action/effective';
import { EffectiveDateField } from '../action/EffectiveDateField';

const REPORT_STATUSES: readonly MemberStateReportStatus[] = ['NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'COMPLETED', 'NOT_APPLICABLE'];

interface ReportFormsProps {
  country: { code: string; name: string };
  actions: ReportingAction[];
  round: Round | undefined;
}

/** A national contact's own reports: one form per action addressed to the member states, while a round is open. */
export function ReportForms({ country, actions, round }: ReportFormsProps) {
  const { t, language } = useTranslation('member-states');
  return (
    <section aria-labelledby="ms-contact-heading" className="ms-panel ms-panel--own">
      <h2 id="ms-contact-heading">{t('contact.heading', { country: country.name })}</h2>
      <p className="lead">{t('contact.lead')}</p>
      {round ? (
        <p>{t('contact.roundOpen', { name: round.name, closes: formatDate(round.closes, language, 'long') })}</p>
      ) : (
        <p className="message message--info">{t('contact.noRound')}</p>
      )}
      {actions.map((action) => {
        const report = action.memberStateReports.find((candidate) => candidate.country === country.code) ?? null;
        return <ActionReport key={action.id} action={action} report={report} country={country} round={round} />;
      })}
    </section>
  );
}

interface ActionReportProps {
  action: ReportingAction;
  report: Report | null;
  country: { code: string; name: string };
  round: Round | undefined;
}

function ActionReport({ action, report, country, round }: ActionReportProps) {
  const { t, language } = useTranslation('member-states');
  const id = useId();
  const returned = report?.review?.state === 'RETURNED' ? report.review : null;
  return (
    <article className="ms-report-card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{action.ref}</h3>
      <p className="ms-action-text" lang="en">
        {action.leadIn && <span className="small">{action.leadIn}</span>}
        {action.text}
      </p>
      <p>
        {report ? (
          <>
            <ReportBadge status={report.status} review={report.review?.state ?? null} />
            {report.reportedAt && (
              <span className="small">
                {report.reportedBy ?? ''} {formatDateTime(report.reportedAt, language)}
              </span>
            )}
          </>
        ) : (
          t('contact.notReported', { country: country.name })
        )}
      </p>
      {report && round && report.roundId !== round.id && <p className="small">{t('contact.earlierRound')}</p>}
      {returned && (
        <div className="message message--error ms-returned" role="note" aria-labelledby={`${id}-returned`}>
          <h4 id={`${id}-returned`}>{t('contact.returnedHeading')}</h4>
          <p>
            {t('contact.returnedBy', {
              by: returned.reviewedBy ?? '',
              date: returned.reviewedAt ? formatDateTime(returned.reviewedAt, language) : '',
            })}
          </p>
          <blockquote className="ms-returned__comment">{returned.comment}</blockquote>
        </div>
      )}
      {round && <ReportForm action={action} report={report} country={country.code} />}
    </article>
  );
}

function ReportForm({ action, report, country }: { action: ReportingAction; report: Report | null; country: string }) {
  const { t } = useTranslation('member-states');
  const reload = useReloadMemberStates();
  const id = useId();
  const [status, setStatus] = useState<MemberStateReportStatus | ''>(report?.status ?? '');
  const [statusProblem, setStatusProblem] = useState<string | null>(null);
  const statusRef = useRef<HTMLSelectElement>(null);
  const [note, setNote] = useState(report?.note ?? '');
  const [evidence, setEvidence] = useState((report?.evidenceUrls ?? []).join('\n'));
  const [evidenceProblem, setEvidenceProblem] = useState<string | null>(null);
  const [sent, setSent] = useState('');
  const evidenceRef = useRef<HTMLTextAreaElement>(null);
  const mutationId = useRef<string | null>(null);
  /** "When did this happen?": the day the reported state was reached, today unless said otherwise (issue 13). */
  const adopted = useAdopted();
  const [effectiveOn, setEffectiveOn] = useState(() => todayUtc());
  const [effectiveChecked, setEffectiveChecked] = useState(false);
  const bounds = adopted ? effectiveBounds(adopted, report?.effectiveOn) : null;
  const effectiveFault = effectiveChecked && bounds ? effectiveProblem(effectiveOn, bounds) : null;

  // Once accepted, the report's action and the figures that count reports are read again (api.ts).
  const submit = useSubmitReport({
    onSuccess: () => {
      mutationId.current = null;
      setEffectiveOn(todayUtc());
      setEffectiveChecked(false);
      setSent(t('contact.sent', { ref: action.ref }));
    },
    onError: async (error) => {
      if (!(error instanceof ApiError && error.code === 'NETWORK')) mutationId.current = null;
      // Someone saved first: load their version (what was typed stays) so a second try can win.
      // Not after other refusals: a round closed meanwhile would take this form, the message
      // and the typed text off the page.
      if (error instanceof ApiError && error.code === 'CONFLICT') await reload();
    },
  });

  function send(event: FormEvent) {
    event.preventDefault();
    if (submit.isPending) return;
    setSent('');
    const urls = parseEvidenceUrls(evidence);
    const invalid = invalidEvidenceUrls(urls);
    setStatusProblem(status ? null : t('contact.statusRequired'));
    // A link typed without its scheme is shown as it would be with https:// (issue 14).
    const suggestion = invalid.length === 1 && invalid[0] !== undefined ? httpsSuggestion(invalid[0]) : null;
    setEvidenceProblem(
      invalid.length > 0
        ? [t('contact.evidenceInvalid', { urls: invalid.join(', ') }), suggestion && t('contact.evidenceSuggestion', { suggestion })]
            .filter(Boolean)
            .join('. ')
        : null,
    );
    setEffectiveChecked(true);
    if (!status) return statusRef.current?.focus();
    if (invalid.length > 0) return evidenceRef.current?.focus();
    if (bounds && effectiveProblem(effectiveOn, bounds)) return document.getElementById(`${id}-effectiveOn`)?.focus();
    mutationId.current ??= crypto.randomUUID();
    submit.mutate({
      actionId: action.id,
      country,
      status,
      note: note.trim() || null,
      evidenceUrls: urls,
      expectedVersion: report?.version ?? null,
      clientMutationId: mutationId.current,
      ...effectiveInput(effectiveOn),
    });
  }

  const edited = () => {
    mutationId.current = null;
  };

  return (
    <form className="ms-form" onSubmit={send} noValidate aria-label={t('contact.formLabel', { ref: action.ref })}>
      <div className="ms-field">
        <label htmlFor={`${id}-status`}>{t('contact.status')}</label>
        {statusProblem && (
          <span className="ms-field__error" id={`${id}-status-error`}>
            {statusProblem}
          </span>
        )}
        <select
          ref={statusRef}
          id={`${id}-status`}
          value={status}
          required
          aria-invalid={statusProblem ? true : undefined}
          aria-describedby={statusProblem ? `${id}-status-error` : undefined}
          onChange={(event) => {
            edited();
            setStatus(event.target.value as MemberStateReportStatus | '');
          }}
        >
          <option value="">{t('contact.chooseStatus')}</option>
          {REPORT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`reportStatus.${value}`, { ns: 'common' })}
            </option>
          ))}
        </select>
      </div>
      <div className="ms-field">
        <label htmlFor={`${id}-note`}>{t('contact.note')}</label>
        <span className="small" id={`${id}-note-hint`}>
          {t('contact.noteHint')}
        </span>
        <textarea
          id={`${id}-note`}
          rows={3}
          maxLength={2000}
          value={note}
          aria-describedby={`${id}-note-hint`}
          onChange={(event) => {
            edited();
            setNote(event.target.value);
          }}
        />
      </div>
      <div className="ms-field">
        <label htmlFor={`${id}-evidence`}>{t('contact.evidence')}</label>
        <span className="small" id={`${id}-evidence-hint`}>
          {t('contact.evidenceHint')}
        </span>
        {evidenceProblem && (
          <span className="ms-field__error" id={`${id}-evidence-error`}>
            {evidenceProblem}
          </span>
        )}
        <textarea
          ref={evidenceRef}
          id={`${id}-evidence`}
          rows={2}
          value={evidence}
          aria-invalid={evidenceProblem ? true : undefined}
          aria-describedby={[`${id}-evidence-hint`, evidenceProblem && `${id}-evidence-error`].filter(Boolean).join(' ')}
          onChange={(event) => {
            edited();
            setEvidence(event.target.value);
          }}
        />
      </div>
      {bounds && (
        <EffectiveDateField
          id={`${id}-effectiveOn`}
          value={effectiveOn}
          bounds={bounds}
          problem={effectiveFault}
          namespace="member-states"
          onChange={(value) => {
            edited();
            setEffectiveOn(value);
          }}
        />
      )}
      {submit.isError && <WriteError error={submit.error} />}
      <p role="status" className="ms-done">
        {sent}
      </p>
      <button type="submit" className="button" aria-disabled={submit.isPending || undefined}>
        {submit.isPending ? t('contact.sending') : t('contact.submit')}
      </button>
    </form>
  );
}
