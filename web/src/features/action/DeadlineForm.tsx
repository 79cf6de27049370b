import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../api/errorMessage';
import { useReviseDeadline, type Action } from './api';
import { useTranslation } from '../../i18n/useTranslation';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from './Field';
import { deadlineProblems, type DeadlineFormValues } from './validation';
import { effectiveBounds, effectiveInput, effectiveProblem, todayUtc } from './effective';
import { EffectiveDateField, effectiveProblemText } from './EffectiveDateField';

const FIELDS: readonly (keyof DeadlineFormValues)[] = ['date', 'reason'];

/** A coordinator's form to set a revised deadline with its reason; the baseline stays. */
export function DeadlineForm({
  action,
  adopted,
  onConflict,
}: {
  action: Action;
  /** The strategy's adoption: the earliest day a revision may be dated. */
  adopted: string;
  onConflict: () => Promise<unknown>;
}) {
  const { t, language } = useTranslation('action');
  const { t: common } = useTranslation();
  const formId = useId();
  const [values, setValues] = useState<DeadlineFormValues>({ date: '', reason: '' });
  const [attempted, setAttempted] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'saved' | 'conflict' | 'failed'; message?: string } | null>(null);
  /** "When did this happen?": today unless the coordinator says otherwise (issue 13). */
  const [effectiveOn, setEffectiveOn] = useState(() => todayUtc());
  const bounds = effectiveBounds(adopted, action.effectiveOn);
  const effectiveFault = attempted ? effectiveProblem(effectiveOn, bounds) : null;
  // Its answer replaces the action on the page, and what the revision changed is read again (api.ts).
  const mutation = useReviseDeadline();

  const problems = attempted ? deadlineProblems(values, action.deadline) : [];
  const problemOf = (field: keyof DeadlineFormValues) => {
    const problem = problems.find((candidate) => candidate.field === field);
    return problem && t(`problem.${problem.code}`, problem.values);
  };
  const fieldId = (field: keyof DeadlineFormValues) => `${formId}-${field}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = deadlineProblems(values, action.deadline);
    flushSync(() => {
      setAttempted(true);
      setOutcome(null);
    });
    const first = FIELDS.find((field) => found.some((problem) => problem.field === field));
    if (first || effectiveProblem(effectiveOn, bounds)) {
      document.getElementById(first ? fieldId(first) : `${formId}-effectiveOn`)?.focus();
      return;
    }
    try {
      await mutation.mutateAsync({
        actionId: action.id,
        date: values.date,
        reason: values.reason.trim(),
        ...effectiveInput(effectiveOn),
        expectedVersion: action.version,
        clientMutationId: crypto.randomUUID(),
      });
      setValues({ date: '', reason: '' });
      setEffectiveOn(todayUtc());
      setAttempted(false);
      setOutcome({ kind: 'saved' });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        await onConflict();
        setOutcome({ kind: 'conflict' });
      } else {
        setOutcome({ kind: 'failed', message: t('update.failed', { message: errorMessage(error, common('error.fallback')) }) });
      }
    }
  }

  return (
    <section className="action-panel" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{t('revise.heading')}</h2>
      <p className="small">{t('revise.lead')}</p>
      <form noValidate onSubmit={(event) => void submit(event)} className="action-form">
        <ErrorSummary
          heading={t('problem.summary')}
          problems={[
            ...problems.map((problem) => ({ fieldId: fieldId(problem.field), text: t(`problem.${problem.code}`, problem.values) })),
            ...(effectiveFault ? [{ fieldId: `${formId}-effectiveOn`, text: effectiveProblemText(t, language, effectiveFault) ?? '' }] : []),
          ]}
        />
        <Field id={fieldId('date')} label={t('revise.date')} problem={problemOf('date')}>
          {(props) => (
            <input {...props} type="date" required value={values.date} onChange={(event) => setValues({ ...values, date: event.target.value })} />
          )}
        </Field>
        <Field id={fieldId('reason')} label={t('revise.reason')} problem={problemOf('reason')}>
          {(props) => (
            <textarea {...props} required rows={2} value={values.reason} onChange={(event) => setValues({ ...values, reason: event.target.value })} />
          )}
        </Field>
        <EffectiveDateField id={`${formId}-effectiveOn`} value={effectiveOn} bounds={bounds} problem={effectiveFault} onChange={setEffectiveOn} />
        <p>
          <button type="submit" className="button" aria-disabled={mutation.isPending || undefined}>
            {mutation.isPending ? t('update.saving') : t('revise.save')}
          </button>
        </p>
        <div role="status">{outcome?.kind === 'saved' && <p className="message message--success">{t('revise.saved')}</p>}</div>
        {outcome && outcome.kind !== 'saved' && (
          <p className="message message--error" role="alert">
            {outcome.kind === 'conflict' ? t('revise.conflict') : outcome.message}
          </p>
        )}
      </form>
    </section>
  );
}
