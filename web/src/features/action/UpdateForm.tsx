import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../api/errorMessage';
import { useGraphQLClient } from '../../api/GraphQLClientContext';
import type { ActionStatus, Health } from '../../gql/graphql';
import { latestChange, useUpdateAction, type Action } from './api';
import { formatDateTime } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import { HEALTH_ORDER } from '../../components/palette';
import { editedFields, reviewConflict, type ConflictReview } from './conflict';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from './Field';
import type { ChangeLine } from './history';
import {
  changesNothing,
  formValuesOf,
  updateInput,
  updateProblems,
  UPDATE_FIELDS,
  type FieldProblem,
  type UpdateField,
  type UpdateFormValues,
} from './validation';
import { fieldLabel, valueWords } from './words';
import { effectiveBounds, effectiveInput, effectiveProblem, todayUtc } from './effective';
import { EffectiveDateField, effectiveProblemText } from './EffectiveDateField';
import { STATUSES } from '../actions/view';

interface Conflict {
  review: ConflictReview;
  author: { name: string; at: string } | null;
}

/**
 * The update form: only for a coordinator or an owner of the action (the page decides; the
 * server is the guard). It sends only what the person changed, against the version the form
 * started from; when someone else saved first it shows their change and keeps the typing.
 */
export function UpdateForm({
  action,
  adopted,
  loadLatest,
}: {
  action: Action;
  /** The strategy's adoption: the earliest day a change may be dated. */
  adopted: string;
  /** Re-reads the action from the server (after a CONFLICT). */
  loadLatest: () => Promise<Action | null>;
}) {
  const { t, language } = useTranslation('action');
  const { t: common } = useTranslation();
  const client = useGraphQLClient();
  const formId = useId();
  const conflictHeading = useRef<HTMLHeadingElement>(null);

  const [base, setBase] = useState<Action>(action);
  const [values, setValues] = useState<UpdateFormValues>(() => formValuesOf(action));
  const [attempted, setAttempted] = useState(false);
  /** What the last save did: changed something, or only confirmed the state as it stood. */
  const [saved, setSaved] = useState<'changed' | 'unchanged' | false>(false);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  /** "When did this happen?": today unless the person says otherwise (issue 13). */
  const [effectiveOn, setEffectiveOn] = useState(() => todayUtc());
  const bounds = effectiveBounds(adopted, action.effectiveOn);
  const effectiveFault = attempted ? effectiveProblem(effectiveOn, bounds) : null;

  // A newer version read by the page (e.g. after a deadline revision) becomes the starting
  // point while the person has typed nothing; once they have, a save meets the conflict path.
  if (action.version !== base.version && conflict === null && editedFields(values, formValuesOf(base)).length === 0) {
    setBase(action);
    setValues(formValuesOf(action));
  }

  const problems = attempted ? updateProblems(values, action) : [];
  const problemOf = (field: UpdateField) => problemText(problems.find((problem) => problem.field === field));
  const problemText = (problem: FieldProblem | undefined) => problem && t(`problem.${problem.code}`, problem.values);
  const fieldId = (field: UpdateField) => `${formId}-${field}`;

  // Its answer replaces the action on the page, and what the update changed is read again (api.ts).
  const mutation = useUpdateAction();

  const change = <Field extends UpdateField>(field: Field, value: UpdateFormValues[Field]) => {
    setSaved(false);
    setValues((current) => ({ ...current, [field]: value }));
  };

  async function showConflict() {
    const latest = await loadLatest();
    if (!latest) {
      setFailure(t('update.failed', { message: common('error.fallback') }));
      return;
    }
    const newest = await latestChange(client, action.id).catch(() => undefined);
    const review = reviewConflict(values, base, latest, valueWords(t, common, language));
    flushSync(() => {
      setConflict({ review, author: newest ? { name: newest.author.name, at: newest.at } : null });
      setBase(latest);
      setValues(review.values);
    });
    conflictHeading.current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    const found = updateProblems(values, action);
    const dayFault = effectiveProblem(effectiveOn, bounds);
    flushSync(() => {
      setAttempted(true);
      setSaved(false);
      setFailure(null);
    });
    if (found.length > 0 || dayFault) {
      const first = UPDATE_FIELDS.find((field) => found.some((problem) => problem.field === field));
      document.getElementById(first ? fieldId(first) : `${formId}-effectiveOn`)?.focus();
      return;
    }
    try {
      const input = { ...updateInput(values, formValuesOf(base), base, crypto.randomUUID()), ...effectiveInput(effectiveOn) };
      const result = await mutation.mutateAsync(input);
      const savedAction = result.updateAction;
      setBase(savedAction);
      setValues(formValuesOf(savedAction));
      setConflict(null);
      setAttempted(false);
      setEffectiveOn(todayUtc());
      setSaved(changesNothing(input) ? 'unchanged' : 'changed');
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        await showConflict();
      } else if (error instanceof ApiError && error.code === 'FORBIDDEN') {
        setFailure(t('update.forbidden', { message: errorMessage(error, common('error.fallback')) }));
      } else {
        setFailure(t('update.failed', { message: errorMessage(error, common('error.fallback')) }));
      }
    }
  }

  const statuses = STATUSES.filter((status) => status !== 'ONGOING' || action.recurring || values.status === 'ONGOING');
  const describe = (line: ChangeLine) => t('history.change', { field: fieldLabel(t, line.field), before: line.before, after: line.after });

  return (
    <section className="action-panel" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{t('update.heading')}</h2>
      <p className="small">{t('update.lead')}</p>

      {conflict && (
        <div className="message message--warning" role="alert">
          <h3 ref={conflictHeading} tabIndex={-1}>
            {t('conflict.heading')}
          </h3>
          <p>
            {conflict.author
              ? t('conflict.who', { name: conflict.author.name, when: formatDateTime(conflict.author.at, language) })
              : t('conflict.whoUnknown')}
          </p>
          {conflict.review.theirChanges.length > 0 ? (
            <>
              <p>{t('conflict.theirChanges')}</p>
              <ul>
                {conflict.review.theirChanges.map((line) => (
                  <li key={line.field}>{describe(line)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('conflict.noFormChanges')}</p>
          )}
          {conflict.review.overlapping.length > 0 && (
            <p>{t('conflict.overlap', { fields: conflict.review.overlapping.map((field) => fieldLabel(t, field)).join(', ') })}</p>
          )}
          <p>{t('conflict.kept')}</p>
        </div>
      )}

      <form noValidate onSubmit={(event) => void submit(event)} className="action-form">
        <ErrorSummary
          heading={t('problem.summary')}
          problems={[
            ...UPDATE_FIELDS.flatMap((field) =>
              problems.filter((problem) => problem.field === field).map((problem) => ({ fieldId: fieldId(field), text: problemText(problem) ?? '' })),
            ),
            ...(effectiveFault ? [{ fieldId: `${formId}-effectiveOn`, text: effectiveProblemText(t, language, effectiveFault) ?? '' }] : []),
          ]}
        />
        <EffectiveDateField
          id={`${formId}-effectiveOn`}
          value={effectiveOn}
          bounds={bounds}
          problem={effectiveFault}
          onChange={(value) => {
            setSaved(false);
            setEffectiveOn(value);
          }}
        />
        <Field id={fieldId('status')} label={t('field.status')} problem={problemOf('status')}>
          {(props) => (
            <select {...props} value={values.status} onChange={(event) => change('status', event.target.value as ActionStatus)}>
              {statuses.map((status) => (
                <option key={status} value={status}>
                  {common(`status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fieldId('progress')} label={t('field.progress')} hint={t('update.progressHint')} problem={problemOf('progress')}>
          {(props) => (
            <input
              {...props}
              className="action-form__short"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={values.progress}
              onChange={(event) => change('progress', event.target.value)}
            />
          )}
        </Field>
        <Field id={fieldId('note')} label={t('field.note')} hint={t('update.noteHint')} problem={problemOf('note')}>
          {(props) => <textarea {...props} rows={3} value={values.note} onChange={(event) => change('note', event.target.value)} />}
        </Field>
        <Field id={fieldId('evidence')} label={t('field.evidence')} hint={t('update.evidenceHint')} problem={problemOf('evidence')}>
          {(props) => <textarea {...props} rows={3} value={values.evidence} onChange={(event) => change('evidence', event.target.value)} />}
        </Field>
        <Field id={fieldId('forecastDate')} label={t('field.forecastDate')} hint={t('update.forecastHint')} problem={problemOf('forecastDate')}>
          {(props) => <input {...props} type="date" value={values.forecastDate} onChange={(event) => change('forecastDate', event.target.value)} />}
        </Field>
        <Field id={fieldId('declaredHealth')} label={t('field.declaredHealth')} problem={problemOf('declaredHealth')}>
          {(props) => (
            <select {...props} value={values.declaredHealth} onChange={(event) => change('declaredHealth', event.target.value as Health | '')}>
              <option value="">{t('update.declaredNone')}</option>
              {HEALTH_ORDER.map((health) => (
                <option key={health} value={health}>
                  {common(`health.${health}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p>
          <button type="submit" className="button" aria-disabled={mutation.isPending || undefined}>
            {mutation.isPending ? t('update.saving') : conflict ? t('update.saveAgain') : t('update.save')}
          </button>
        </p>
        <div role="status" className="action-form__outcome">
          {saved && <p className="message message--success">{t(saved === 'unchanged' ? 'update.savedUnchanged' : 'update.saved')}</p>}
        </div>
        {failure && (
          <p className="message message--error" role="alert">
            {failure}
          </p>
        )}
      </form>
    </section>
  );
}
