import { randomUUID } from 'node:crypto';
import { DAY_MS, toDay } from '../../functions/domain/dates.js';
import type { Http } from './http.js';

/**
 * What the soak's users do: every role of local mode reads and writes, each write with a
 * clientMutationId (its idempotency key) that its text also carries (`soak:<key>` in the note,
 * reason, comment or name), so that the table can be searched for it afterwards. A write
 * whose outcome is unknown (no answer, a network error, an internal error) is sent again with
 * the same key until it gets an answer that says what happened.
 */
export type Role = 'COORDINATOR' | 'OWNER' | 'MEMBER_STATE' | 'VIEWER';
export type Phase = 'warm-up' | 'faults' | 'recovery';

export interface SoakUser {
  id: string;
  role: Role;
  actor?: string;
  country?: string;
  token: string;
}

export interface RequestRecord {
  op: string;
  role: Role;
  phase: Phase;
  ms: number;
  /** 'ok', a contract error code, HTTP_<status>, TIMEOUT (no answer in time) or NETWORK. */
  outcome: string;
}

export type WriteOp =
  | 'updateAction'
  | 'reviseDeadline'
  | 'submitMemberStateReport'
  | 'reviewMemberStateReport'
  | 'openReportingRound'
  | 'closeReportingRound'
  | 'freezeSnapshot';

export interface WriteRecord {
  op: WriteOp;
  /** The clientMutationId (for closeReportingRound, which takes none: `close-<roundId>`). */
  key: string;
  userId: string;
  phase: Phase;
  /**
   * success: answered with data; refused: answered with a contract error (and no earlier
   * attempt's outcome was unknown, or the key makes a retry safe); unknown: never answered
   * with either.
   */
  outcome: 'success' | 'refused' | 'unknown';
  code?: string;
  attempts: number;
  /** What a success answered: the version written, or the id of the round or snapshot. */
  version?: number;
  id?: string;
  target: string;
}

const REFUSALS = new Set(['FORBIDDEN', 'CONFLICT', 'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED']);
/** Sends of one write at most (the first and its retries). */
const WRITE_ATTEMPTS = 6;

export const marker = (key: string) => `soak:${key}`;

interface Action {
  id: string;
  owners: string[];
  memberStateReporting: boolean;
  version: number;
}

interface Report {
  version: number;
  state: string;
}

export interface SoakState {
  actions: Map<string, Action>;
  /** `<actionId>|<country>` */
  reports: Map<string, Report>;
  round?: { id: string; open: boolean };
  countries: string[];
}

type Outcome = { kind: 'ok'; data: Record<string, unknown> } | { kind: 'refused' | 'unknown'; code: string; currentVersion?: number };

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; currentVersion?: number | null } }[];
}

const pickOne = <T>(random: () => number, values: readonly T[]): T | undefined => values[Math.floor(random() * values.length)];

export const ACTIONS_PAGE = `query SoakActions($after: String) {
  actions(first: 100, after: $after) { edges { node { id owners memberStateReporting version status progress } } pageInfo { hasNextPage endCursor } }
}`;
const REPORTS_OF = `query SoakReports($id: ID!) { action(id: $id) { id version memberStateReports { country version review { state } } } }`;
const ROUNDS = `query SoakRounds { reportingRounds { id open } }`;

const READS = [
  {
    op: 'dashboard',
    weight: 3,
    query: () => ({
      query: `query { dashboard { asOf totals { actions completed overdue atRisk } byStatus { status count } coverage { roundId reported accepted } burnUp { month completed } forecast { doneByReview } } }`,
    }),
  },
  {
    op: 'actions',
    weight: 2,
    query: () => ({ query: `query { actions(first: 50) { edges { node { id ref status progress health version } } totalCount } }` }),
  },
  {
    op: 'action',
    weight: 3,
    query: (id: string) => ({
      query: `query($id: ID!) { action(id: $id) { id version status progress health memberStateReports { country status version review { state } } history(first: 10) { edges { node { id type at } } } } }`,
      variables: { id },
    }),
  },
  {
    op: 'changes',
    weight: 1,
    query: () => ({
      query: `query($from: DateTime!) { changes(from: $from, first: 50) { edges { node { id type at } } totalCount } }`,
      variables: { from: new Date(Date.now() - 3_600_000).toISOString() },
    }),
  },
  { op: 'reportingRounds', weight: 1, query: () => ({ query: `query { reportingRounds { id name open coverage { reported } } }` }) },
] as const;

export interface Workload {
  /** Runs one user's next step (a read, or a write with its retries). */
  step(phase: Phase): Promise<void>;
  requests: RequestRecord[];
  writes: WriteRecord[];
  /** Reads as this user; the soak's own bookkeeping, not counted in the load. */
  query(user: SoakUser, body: { query: string; variables?: Record<string, unknown> }): Promise<Record<string, unknown>>;
}

export function createWorkload(options: {
  url: string;
  http: Http;
  users: SoakUser[];
  state: SoakState;
  random: () => number;
  roundCycleMs: number;
}): Workload {
  const { http, users, state, random } = options;
  const graphqlUrl = new URL('/graphql', options.url);
  const requests: RequestRecord[] = [];
  const writes: WriteRecord[] = [];
  const byRole = (role: Role) => users.filter((user) => user.role === role);
  const roles: Role[] = ['COORDINATOR', 'OWNER', 'MEMBER_STATE', 'VIEWER'];
  const coordinator = byRole('COORDINATOR')[0];
  if (!coordinator) throw new Error('no coordinator among the local users');
  let lastRoundCycle = performance.now();
  let cycling = false;

  async function call(
    user: SoakUser,
    op: string,
    phase: Phase,
    body: { query: string; variables?: Record<string, unknown> },
    field: string,
  ): Promise<Outcome> {
    const answer = await http.post(graphqlUrl, JSON.stringify(body), user.token);
    let outcome: Outcome;
    if (answer.kind === 'no-answer') outcome = { kind: 'unknown', code: answer.reason };
    else if (answer.status >= 500) outcome = { kind: 'unknown', code: `HTTP_${answer.status}` };
    else {
      let parsed: GraphQLBody | undefined;
      try {
        parsed = JSON.parse(answer.text) as GraphQLBody;
      } catch {
        parsed = undefined;
      }
      const error = parsed?.errors?.[0];
      if (!parsed) outcome = { kind: 'unknown', code: `HTTP_${answer.status}` };
      else if (error) {
        const code = error.extensions?.code ?? 'NO_CODE';
        const currentVersion = typeof error.extensions?.currentVersion === 'number' ? error.extensions.currentVersion : undefined;
        outcome = { kind: REFUSALS.has(code) ? 'refused' : 'unknown', code, ...(currentVersion !== undefined ? { currentVersion } : {}) };
      } else if (parsed.data?.[field] == null) outcome = { kind: 'unknown', code: 'NO_DATA' };
      else outcome = { kind: 'ok', data: parsed.data };
    }
    requests.push({ op, role: user.role, phase, ms: answer.ms, outcome: outcome.kind === 'ok' ? 'ok' : outcome.code });
    return outcome;
  }

  async function query(user: SoakUser, body: { query: string; variables?: Record<string, unknown> }): Promise<Record<string, unknown>> {
    for (let attempt = 1; ; attempt += 1) {
      const answer = await http.post(graphqlUrl, JSON.stringify(body), user.token);
      if (answer.kind === 'answer' && answer.status === 200) {
        const parsed = JSON.parse(answer.text) as GraphQLBody;
        if (!parsed.errors?.length && parsed.data) return parsed.data;
        if (attempt >= 10) throw new Error(`query failed: ${JSON.stringify(parsed.errors).slice(0, 300)}`);
      } else if (attempt >= 10) throw new Error(`query failed: ${answer.kind === 'answer' ? answer.status : answer.detail}`);
      await sleep(200 * attempt);
    }
  }

  /** Sends a write until its outcome is known (or the attempts run out), and records it. */
  async function write(
    user: SoakUser,
    op: WriteOp,
    phase: Phase,
    target: string,
    key: string,
    body: { query: string; variables: Record<string, unknown> },
    /** Whether resending after an unknown outcome is safe: the key makes it so, except for closeReportingRound. */
    retrySafe = true,
  ): Promise<{ record: WriteRecord; outcome: Outcome }> {
    let outcome: Outcome = { kind: 'unknown', code: 'NOT_SENT' };
    let attempts = 0;
    let unknownBefore = false;
    while (attempts < WRITE_ATTEMPTS) {
      attempts += 1;
      outcome = await call(user, op, phase, body, op);
      if (outcome.kind !== 'unknown') break;
      unknownBefore = true;
      await sleep(100 * 2 ** attempts * (0.5 + random()));
    }
    const data = outcome.kind === 'ok' ? (outcome.data[op] as { version?: number; id?: string }) : undefined;
    const record: WriteRecord = {
      op,
      key,
      userId: user.id,
      phase,
      target,
      attempts,
      outcome: outcome.kind === 'ok' ? 'success' : outcome.kind === 'refused' && (retrySafe || !unknownBefore) ? 'refused' : 'unknown',
      ...(outcome.kind !== 'ok' ? { code: outcome.code } : {}),
      ...(typeof data?.version === 'number' ? { version: data.version } : {}),
      ...(typeof data?.id === 'string' ? { id: data.id } : {}),
    };
    writes.push(record);
    return { record, outcome };
  }

  async function refreshAction(id: string) {
    const data = (await query(coordinator!, { query: REPORTS_OF, variables: { id } })) as {
      action: { version: number; memberStateReports: { country: string; version: number; review: { state: string } }[] } | null;
    };
    const action = state.actions.get(id);
    if (!data.action || !action) return;
    action.version = data.action.version;
    for (const report of data.action.memberStateReports)
      state.reports.set(`${id}|${report.country}`, { version: report.version, state: report.review.state });
  }

  async function updateAction(user: SoakUser, phase: Phase, action: Action) {
    const key = randomUUID();
    const progress = 1 + Math.floor(random() * 98);
    const { outcome } = await write(user, 'updateAction', phase, action.id, key, {
      query: `mutation($input: UpdateActionInput!) { updateAction(input: $input) { id version progress } }`,
      variables: {
        input: { actionId: action.id, expectedVersion: action.version, status: 'IN_PROGRESS', progress, note: marker(key), clientMutationId: key },
      },
    });
    await afterActionWrite(action, outcome, 'updateAction');
  }

  async function afterActionWrite(action: Action, outcome: Outcome, field: string) {
    if (outcome.kind === 'ok') {
      const version = (outcome.data[field] as { version: number }).version;
      action.version = Math.max(action.version, version);
    } else if (outcome.kind === 'refused' && outcome.code === 'CONFLICT') {
      if (outcome.currentVersion !== undefined) action.version = outcome.currentVersion;
      else await refreshAction(action.id);
    } else if (outcome.kind === 'unknown') await refreshAction(action.id);
  }

  async function reviseDeadline(user: SoakUser, phase: Phase, action: Action) {
    const key = randomUUID();
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const date = `${2027 + Math.floor(random() * 3)}-${month}-15`;
    const { outcome } = await write(user, 'reviseDeadline', phase, action.id, key, {
      query: `mutation($input: ReviseDeadlineInput!) { reviseDeadline(input: $input) { id version } }`,
      variables: { input: { actionId: action.id, expectedVersion: action.version, date, reason: marker(key), clientMutationId: key } },
    });
    await afterActionWrite(action, outcome, 'reviseDeadline');
  }

  async function submitReport(user: SoakUser, phase: Phase, actionId: string, country: string) {
    const key = randomUUID();
    const slot = `${actionId}|${country}`;
    const current = state.reports.get(slot);
    const { outcome } = await write(user, 'submitMemberStateReport', phase, slot, key, {
      query: `mutation($input: MemberStateReportInput!) { submitMemberStateReport(input: $input) { actionId country version review { state } } }`,
      variables: {
        input: {
          actionId,
          country,
          status: pickOne(random, ['PLANNED', 'IN_PROGRESS', 'COMPLETED']),
          note: marker(key),
          expectedVersion: current?.version ?? null,
          clientMutationId: key,
        },
      },
    });
    await afterReportWrite(slot, actionId, outcome, 'submitMemberStateReport');
  }

  async function afterReportWrite(slot: string, actionId: string, outcome: Outcome, field: string) {
    if (outcome.kind === 'ok') {
      const report = outcome.data[field] as { version: number; review: { state: string } };
      const known = state.reports.get(slot);
      if (!known || known.version <= report.version) state.reports.set(slot, { version: report.version, state: report.review.state });
    } else if (outcome.code === 'CONFLICT' || outcome.kind === 'unknown' || outcome.code === 'BAD_USER_INPUT') await refreshAction(actionId);
  }

  async function reviewReport(user: SoakUser, phase: Phase) {
    const submitted = [...state.reports].filter(([, report]) => report.state === 'SUBMITTED');
    const chosen = pickOne(random, submitted);
    if (!chosen) return read(user, phase);
    const [slot, report] = chosen;
    const [actionId = '', country = ''] = slot.split('|');
    const key = randomUUID();
    const decision = random() < 0.7 ? 'ACCEPT' : 'RETURN';
    const { outcome } = await write(user, 'reviewMemberStateReport', phase, slot, key, {
      query: `mutation($input: ReviewMemberStateReportInput!) { reviewMemberStateReport(input: $input) { actionId country version review { state } } }`,
      variables: { input: { actionId, country, decision, comment: marker(key), expectedVersion: report.version, clientMutationId: key } },
    });
    await afterReportWrite(slot, actionId, outcome, 'reviewMemberStateReport');
  }

  async function freezeSnapshot(user: SoakUser, phase: Phase) {
    const key = randomUUID();
    await write(user, 'freezeSnapshot', phase, 'snapshot', key, {
      query: `mutation($input: FreezeSnapshotInput!) { freezeSnapshot(input: $input) { id name } }`,
      variables: { input: { name: marker(key), clientMutationId: key } },
    });
  }

  /** Closes the open round and opens the next: reports go on in the new one. */
  async function cycleRound(user: SoakUser, phase: Phase) {
    const round = state.round;
    if (round?.open) {
      const closing = await write(
        user,
        'closeReportingRound',
        phase,
        round.id,
        `close-${round.id}`,
        { query: `mutation($id: ID!) { closeReportingRound(id: $id) { id open } }`, variables: { id: round.id } },
        false,
      );
      // A refused close (CONFLICT: the strategy moved while it froze the figures) leaves the round open.
      if (closing.outcome.kind !== 'ok') return refreshRound();
      round.open = false;
    }
    const key = randomUUID();
    const closes = toDay(Date.now() + 30 * DAY_MS);
    const opening = await write(user, 'openReportingRound', phase, 'round', key, {
      query: `mutation($input: OpenReportingRoundInput!) { openReportingRound(input: $input) { id open } }`,
      variables: { input: { name: marker(key), closes, clientMutationId: key } },
    });
    if (opening.outcome.kind === 'ok') state.round = { id: (opening.outcome.data['openReportingRound'] as { id: string }).id, open: true };
    else await refreshRound();
  }

  async function refreshRound() {
    const { reportingRounds } = (await query(coordinator!, { query: ROUNDS })) as { reportingRounds: { id: string; open: boolean }[] };
    const open = reportingRounds.find((candidate) => candidate.open);
    state.round = open ? { id: open.id, open: true } : undefined;
  }

  async function read(user: SoakUser, phase: Phase) {
    const total = READS.reduce((sum, entry) => sum + entry.weight, 0);
    let roll = random() * total;
    const entry = READS.find((candidate) => (roll -= candidate.weight) < 0) ?? READS[0];
    const actionId = pickOne(random, [...state.actions.keys()]) ?? '';
    await call(user, entry.op, phase, entry.query(actionId), entry.op === 'action' ? 'action' : entry.op);
  }

  const actions = () => [...state.actions.values()];

  async function step(phase: Phase) {
    const role = pickOne(random, roles) ?? 'VIEWER';
    const user = pickOne(random, byRole(role));
    if (!user) return;
    const roll = random();
    switch (role) {
      case 'COORDINATOR': {
        if (!cycling && performance.now() - lastRoundCycle >= options.roundCycleMs) {
          cycling = true;
          lastRoundCycle = performance.now();
          return cycleRound(user, phase).finally(() => (cycling = false));
        }
        const action = pickOne(random, actions());
        if (!action) return;
        if (roll < 0.35) return updateAction(user, phase, action);
        if (roll < 0.45) return reviseDeadline(user, phase, action);
        if (roll < 0.7) return reviewReport(user, phase);
        if (roll < 0.72) return freezeSnapshot(user, phase);
        return read(user, phase);
      }
      case 'OWNER': {
        const own = actions().filter((action) => action.owners.includes(user.actor ?? ''));
        const others = actions().filter((action) => !action.owners.includes(user.actor ?? ''));
        // An owner's write to another body's action is refused: FORBIDDEN, and nothing written.
        const action = roll < 0.5 ? pickOne(random, own) : roll < 0.6 ? pickOne(random, others) : undefined;
        return action ? updateAction(user, phase, action) : read(user, phase);
      }
      case 'MEMBER_STATE': {
        const reportable = actions().filter((action) => action.memberStateReporting);
        const action = pickOne(random, reportable);
        // A contact's report for another country is refused (FORBIDDEN).
        const country =
          roll < 0.5
            ? user.country
            : roll < 0.6
              ? pickOne(
                  random,
                  state.countries.filter((code) => code !== user.country),
                )
              : undefined;
        return action && country ? submitReport(user, phase, action.id, country) : read(user, phase);
      }
      case 'VIEWER': {
        const action = pickOne(random, actions());
        // A viewer may write nothing: FORBIDDEN.
        return roll < 0.1 && action ? updateAction(user, phase, action) : read(user, phase);
      }
    }
  }

  return { step, requests, writes, query };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
