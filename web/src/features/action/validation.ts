import { UPDATABLE_FIELDS } from '../../../../functions/domain/action-fields';
import { isCalendarDate } from '../../../../functions/domain/dates';
import { LIMITS, hiddenCharacter, linkFault } from '../../../../functions/domain/validation';
import type { ActionStatus, Health, UpdateActionInput } from '../../gql/graphql';

/**
 * The update form's rules, the same as the server's (functions/domain/action-update.ts, whose
 * limits and date rule are imported rather than copied), so a person learns what is wrong
 * beside the field before anything is sent. The server still decides.
 */
export interface UpdateFormValues {
  status: ActionStatus;
  /** As typed: a whole number 0–100 once valid. */
  progress: string;
  note: string;
  /** One link per line. */
  evidence: string;
  /** YYYY-MM-DD, or empty for none. */
  forecastDate: string;
  declaredHealth: Health | '';
}

export type UpdateField = keyof UpdateFormValues;

/** The fields in the order the form shows them, so the first problem is the first field. */
export const UPDATE_FIELDS: readonly UpdateField[] = ['status', 'progress', 'note', 'evidence', 'forecastDate', 'declaredHealth'];

/** A problem with one field; `code` names the message in the action namespace's `problem.*`. */
export interface FieldProblem<Field extends string = UpdateField> {
  field: Field;
  code: string;
  values?: Record<string, string | number>;
}

export interface TrackedAction {
  status: ActionStatus;
  progress: number;
  note: string | null;
  evidenceUrls: readonly string[];
  forecastDate: string | null;
  declaredHealth: Health | null;
}

export function formValuesOf(action: TrackedAction): UpdateFormValues {
  return {
    status: action.status,
    progress: String(action.progress),
    note: action.note ?? '',
    evidence: action.evidenceUrls.join('\n'),
    forecastDate: action.forecastDate ?? '',
    declaredHealth: action.declaredHealth ?? '',
  };
}

export function evidenceLines(evidence: string): string[] {
  return evidence
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Every problem with the form's values, in the form's order; empty when it may be sent. */
export function updateProblems(values: UpdateFormValues, action: { recurring: boolean }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const progressText = values.progress.trim();
  const progress = /^\d+$/.test(progressText) ? Number(progressText) : Number.NaN;
  const note = values.note.trim();
  const links = evidenceLines(values.evidence);

  if (values.status === 'ONGOING' && !action.recurring) problems.push({ field: 'status', code: 'ongoingNotRecurring' });
  if (progressText === '') problems.push({ field: 'progress', code: 'progressRequired' });
  else if (!(progress >= 0 && progress <= 100)) problems.push({ field: 'progress', code: 'progressRange' });
  else if (values.status === 'COMPLETED' && progress !== 100) problems.push({ field: 'progress', code: 'completedProgress' });

  if (values.status === 'DISCONTINUED' && note === '') problems.push({ field: 'note', code: 'discontinuedNote' });
  else if (note.length > LIMITS.noteLength) problems.push({ field: 'note', code: 'noteLength', values: { max: LIMITS.noteLength } });
  else if (hiddenCharacter(note, { multiline: true }))
    problems.push({ field: 'note', code: 'noteCharacters', values: { char: hiddenCharacter(note, { multiline: true })! } });

  // The server's rule for links (functions/domain/validation.ts): http(s), no credentials, nothing invisible.
  const badLink = links.find((link) => linkFault(link) !== null);
  if (badLink !== undefined) {
    problems.push(evidenceLinkProblem(badLink));
  } else if (links.length > LIMITS.evidenceLinks) problems.push({ field: 'evidence', code: 'evidenceCount', values: { max: LIMITS.evidenceLinks } });
  else if (values.status === 'COMPLETED' && links.length === 0) problems.push({ field: 'evidence', code: 'completedEvidence' });

  if (values.forecastDate !== '' && !isCalendarDate(values.forecastDate)) problems.push({ field: 'forecastDate', code: 'date' });
  return problems;
}

/**
 * What is wrong with a link the server would refuse. A link without http(s) gets the advice to
 * start it with https:// and, when adding that makes it a link, the link it would be (issue 14).
 */
export function evidenceLinkProblem(link: string): FieldProblem<'evidence'> {
  const fault = linkFault(link);
  const shown = link.slice(0, 80);
  if (fault === 'credentials') return { field: 'evidence', code: 'evidenceLinkCredentials', values: { link: shown } };
  if (fault !== 'scheme') return { field: 'evidence', code: 'evidenceLink', values: { link: shown } };
  const suggestion = httpsSuggestion(link);
  return suggestion && suggestion.length <= 120
    ? { field: 'evidence', code: 'evidenceLinkSchemeExample', values: { link: shown, suggestion } }
    : { field: 'evidence', code: 'evidenceLinkScheme', values: { link: shown } };
}

/** "www.enisa.europa.eu/x" → "https://www.enisa.europa.eu/x": a link without a scheme, when https:// makes it one with a dotted host. */
export function httpsSuggestion(link: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link) && !/^[^:/]+\.[^:/]+:\d/.test(link)) return null;
  const candidate = `https://${link.replace(/^\/+/, '')}`;
  if (linkFault(candidate) !== null) return null;
  return new URL(candidate).hostname.includes('.') ? candidate : null;
}

/** Whether an updateAction input changes no field: saving it only confirms the action's state as it stands. */
export function changesNothing(input: UpdateActionInput): boolean {
  return UPDATABLE_FIELDS.every((field) => input[field] === undefined);
}

/**
 * The updateAction input for the fields that differ from the version the form started from,
 * so a save never writes back a value that someone else has changed meanwhile. No changed
 * field at all still confirms the action's state.
 */
export function updateInput(
  values: UpdateFormValues,
  base: UpdateFormValues,
  action: { id: string; version: number },
  clientMutationId: string,
): UpdateActionInput {
  const input: UpdateActionInput = { actionId: action.id, expectedVersion: action.version, clientMutationId };
  if (values.status !== base.status) input.status = values.status;
  if (values.progress.trim() !== base.progress.trim()) input.progress = Number(values.progress.trim());
  if (values.note.trim() !== base.note.trim()) input.note = values.note.trim() || null;
  if (evidenceLines(values.evidence).join('\n') !== evidenceLines(base.evidence).join('\n')) input.evidenceUrls = evidenceLines(values.evidence);
  if (values.forecastDate !== base.forecastDate) input.forecastDate = values.forecastDate || null;
  if (values.declaredHealth !== base.declaredHealth) input.declaredHealth = values.declaredHealth || null;
  return input;
}

export interface DeadlineFormValues {
  date: string;
  reason: string;
}

export function deadlineProblems(values: DeadlineFormValues, deadlineInForce: string | null): FieldProblem<keyof DeadlineFormValues>[] {
  const problems: FieldProblem<keyof DeadlineFormValues>[] = [];
  if (values.date === '') problems.push({ field: 'date', code: 'dateRequired' });
  else if (!isCalendarDate(values.date)) problems.push({ field: 'date', code: 'date' });
  else if (values.date === deadlineInForce) problems.push({ field: 'date', code: 'sameDeadline' });
  const reason = values.reason.trim();
  if (reason === '') problems.push({ field: 'reason', code: 'reasonRequired' });
  else if (reason.length > LIMITS.reasonLength) problems.push({ field: 'reason', code: 'reasonLength', values: { max: LIMITS.reasonLength } });
  else if (hiddenCharacter(reason, { multiline: true })) {
    problems.push({ field: 'reason', code: 'reasonCharacters', values: { char: hiddenCharacter(reason, { multiline: true })! } });
  }
  return problems;
}
