import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { accountKeys } from '../features/account/keys';
import { actionKeys } from '../features/action/keys';
import { actionsKeys } from '../features/actions/keys';
import { conferenceKeys } from '../features/conference/keys';
import { changesKeys } from '../features/changes/keys';
import { lateRecordsKeys } from '../features/effective/keys';
import { forecastKeys } from '../features/forecast/keys';
import { memberStatesKeys } from '../features/member-states/keys';
import { overviewKeys } from '../features/overview/keys';
import { peopleKeys } from '../features/people/keys';
import { presentationKeys } from '../features/presentation/keys';
import { reportKeys } from '../features/report/keys';
import { scorecardsKeys } from '../features/scorecards/keys';
import { tasksKeys } from '../features/tasks/keys';

/**
 * What each kind of write changes, as the query keys of the pages that show it: a feature's
 * mutation calls one of these once the API has accepted the write, and only those queries are
 * read again (the ones on screen at once, the others when next shown). The shell (who is
 * signed in, the strategy's names), frozen snapshots and the strategy's adoption are never
 * changed by a write of the web app, so no write refreshes them.
 *
 * These import only the features' `keys.ts` (plain arrays), never their `api.ts`: a page's
 * chunk would otherwise carry every other page's documents and hooks.
 */

/** What a form does when its write is answered; a feature's mutation hook then refreshes what the write changed, before the mutation settles. */
export interface WriteCallbacks<TResult, TInput> {
  onSuccess?: (result: TResult, input: TInput) => void;
  onError?: (error: Error) => void | Promise<void>;
}

const invalidate = (queryClient: QueryClient, keys: readonly QueryKey[]) =>
  Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))).then(() => undefined);

/** The figures and lists every action's state feeds: counts, charts, changes, forecasts, scorecards, tasks, the conference report and slides. */
const derivedFromActions: readonly QueryKey[] = [
  actionsKeys.all,
  overviewKeys.all,
  changesKeys.all,
  lateRecordsKeys.all,
  forecastKeys.all,
  scorecardsKeys.all,
  tasksKeys.all,
  memberStatesKeys.data(),
  [...reportKeys.all, 'live'],
  [...reportKeys.all, 'annex'],
  [...presentationKeys.all, 'live'],
  [...presentationKeys.all, 'changes'],
];

/**
 * An action was updated or its deadline revised: that action's history and every figure
 * derived from actions. Its page is left alone (`except: 'page'`) when the caller has just
 * put the API's answer there.
 */
export function invalidateActionWrite(queryClient: QueryClient, actionId: string, options: { except?: 'page' } = {}) {
  const own = options.except === 'page' ? actionKeys.history(actionId) : actionKeys.one(actionId);
  return invalidate(queryClient, [own, ...derivedFromActions]);
}

/** A member state's report was submitted or reviewed: that action (its reports, its history) and the figures that count reports. */
export function invalidateReportWrite(queryClient: QueryClient, actionId: string) {
  return invalidate(queryClient, [actionKeys.one(actionId), ...derivedFromActions]);
}

/** A reporting round was opened or closed: every action's expected reports, and the figures that count them. */
export function invalidateRoundWrite(queryClient: QueryClient) {
  return invalidate(queryClient, [actionKeys.all, ...derivedFromActions]);
}

/** Rows of a spreadsheet were applied (action updates and reports, any number of actions). */
export function invalidateImport(queryClient: QueryClient) {
  return invalidateRoundWrite(queryClient);
}

/** A person was invited, changed, disabled, enabled or reconciled: the people lists, the national contacts and that person's account. */
export function invalidatePersonWrite(queryClient: QueryClient, personId?: string) {
  return invalidate(queryClient, [peopleKeys.all, memberStatesKeys.contacts(), personId ? accountKeys.person(personId) : accountKeys.all]);
}

/** A snapshot was frozen: the list of snapshots and what the conference pages open on. */
export function invalidateSnapshotFrozen(queryClient: QueryClient) {
  return invalidate(queryClient, [reportKeys.snapshots(), conferenceKeys.default()]);
}
