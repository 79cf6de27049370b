import { ERROR_CODES } from '../../../functions/domain/error-codes.js';
import { getNamedType, getVariableValues, Kind, parse, validate } from 'graphql';
import { generateCases, ROLE_USERS, type AbuseCase, type Role } from './cases.js';
import { buildRequest, toJson, type GraphQLRequest } from './document.js';
import { fieldAt, rootField, schema } from './schema-sites.js';
import { tableChanges, type TableImage, type TableReader } from './table.js';
import { actionFor, getAt, random, setAt, validArgs, type CaseFacts, type Random, type World } from './valid.js';
import { applyDerive } from './values.js';

/**
 * Runs the abuse cases one after the other against a live server and checks each answer:
 * a contract error code or data (never INTERNAL_SERVER_ERROR), within the hang guard, under the
 * size cap, nothing for an anonymous caller, no write accepted from a reader or beyond the
 * role (an owner's body, a contact's country), and a refused write leaves the table exactly
 * as it was.
 */
/** The contract's codes of expected errors: every code but INTERNAL_SERVER_ERROR. */
export const CONTRACT_CODES: ReadonlySet<string> = new Set(ERROR_CODES.filter((code) => code !== 'INTERNAL_SERVER_ERROR'));
export const LIMITS = { answerMs: 1000, answerBytes: 1024 * 1024, hangAfterMs: 15_000 } as const;

/**
 * DynamoDB commands that only read (by the name the client's middleware sees, with or without
 * the document client's). Every other command (a put, update or delete, a batch or transaction
 * write, a PartiQL statement) may write, and counts for `AbuseTarget.writesSent`.
 */
export const READ_ONLY_COMMAND = /^(Get|BatchGet|Query|Scan|TransactGet|Describe)/;

export interface AbuseTarget {
  url: string;
  table: TableReader;
  /**
   * How many commands that may write (anything but a read) the server has sent to DynamoDB so
   * far: the test harness's probe of the server's one client. When the server sent none since
   * the table's last image, the refused writes since cannot have changed the table and their
   * check needs no read of it; when it sent one, the table is read and compared as without it.
   * Without it, every check reads the table.
   */
  writesSent?: () => number;
}

export interface Failure {
  check: string;
  index: number;
  role: Role;
  target: string;
  abuse: string;
  message: string;
  request: string;
}

export interface AbuseReport {
  seed: number;
  runs: number;
  cases: number;
  requests: number;
  byOutcome: Record<string, number>;
  acceptedWrites: number;
  refusedWrites: number;
  tableChecks: number;
  /** Checks of refused writes settled without reading the table: the server had sent no write since its last image. */
  quietChecks: number;
  /** Time spent reading the table and preparing cases, beside the cases' own requests. */
  overheadMs: { table: number; prepare: number; requests: number };
  slowest: { ms: number; index: number; target: string; abuse: string }[];
  largestBytes: number;
  largest?: { bytes: number; index: number; target: string; abuse: string };
  failures: Failure[];
  elapsedMs: number;
}

const targetOf = (testCase: AbuseCase) =>
  testCase.target.site?.id ?? `${testCase.target.operation === 'query' ? 'Query' : 'Mutation'}.${testCase.target.rootField} {selection}`;
const abuseOf = (testCase: AbuseCase) => testCase.abuse?.label ?? `selection:${testCase.selection?.label}`;

interface Answer {
  status: number;
  ms: number;
  bytes: number;
  body?: { data?: Record<string, unknown> | null; errors?: { message?: string; extensions?: { code?: unknown } }[] };
  problem?: string;
}

async function send(url: string, request: GraphQLRequest, token: string | undefined): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: toJson(request),
      signal: AbortSignal.timeout(LIMITS.hangAfterMs),
    });
    // Read at most just over the cap: an answer over it fails anyway.
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.byteLength;
      if (bytes > LIMITS.answerBytes) {
        await reader.cancel();
        return { status: response.status, ms: performance.now() - started, bytes, problem: `answer over ${LIMITS.answerBytes} bytes` };
      }
    }
    const ms = performance.now() - started;
    const text = Buffer.concat(chunks).toString('utf8');
    try {
      return { status: response.status, ms, bytes, body: JSON.parse(text) as Answer['body'] };
    } catch {
      return { status: response.status, ms, bytes, problem: `not a JSON answer: ${text.slice(0, 120)}` };
    }
  } catch (error) {
    return { status: 0, ms: performance.now() - started, bytes: 0, problem: `no answer within ${LIMITS.hangAfterMs} ms (${String(error)})` };
  }
}

async function signIn(url: string, user: string): Promise<string> {
  const response = await fetch(`${url}/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  if (!response.ok) throw new Error(`sign-in as ${user} failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** A request that must succeed (setting up, reading versions). */
async function must<T>(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await send(url, { query, variables }, token);
  if (!answer.body?.data || answer.body.errors?.length)
    throw new Error(`abuse suite set-up failed: ${query.slice(0, 80)}: ${JSON.stringify(answer.body?.errors ?? answer.problem)}`);
  return answer.body.data as T;
}

const hasData = (answer: Answer) => Object.values(answer.body?.data ?? {}).some((value) => value !== null && value !== undefined);

/** The response keys (aliases) of the root fields of the mutation sent ([] when what was sent is no mutation). */
function mutationKeys(request: GraphQLRequest): string[] {
  try {
    const document = parse(request.query, { noLocation: true });
    const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    const operation = operations.find((candidate) => candidate.name?.value === request.operationName) ?? operations[0];
    if (operation?.operation !== 'mutation') return [];
    return operation.selectionSet.selections.flatMap((selection) =>
      selection.kind === Kind.FIELD ? [selection.alias?.value ?? selection.name.value] : ['?'],
    );
  } catch {
    return [];
  }
}

/**
 * Whether GraphQL would run the request at all: it parses, validates against the contract and
 * its variables coerce (as the server will see them, raw numbers included). Armor's limits and
 * the server's own checks can only refuse more.
 */
function mayExecute(request: GraphQLRequest): boolean {
  try {
    const document = parse(request.query);
    if (validate(schema, document).length > 0) return false;
    const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    const operation = request.operationName
      ? operations.find((candidate) => candidate.name?.value === request.operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
    if (!operation) return false;
    const sent = JSON.parse(toJson(request)) as { variables?: Record<string, unknown> };
    // One error is enough to know; GraphQL prints the whole value in each (10,000 keys, 50 times over).
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], sent.variables ?? {}, { maxErrors: 1 });
    return !coerced.errors;
  } catch {
    return false;
  }
}

/** Whether the answer shows execution: data, or an error at a field's path. */
const executed = (answer: Answer) =>
  answer.body?.data != null || (answer.body?.errors ?? []).some((error) => Array.isArray((error as { path?: unknown }).path));

/**
 * Whether a mutation may have written: some root field answered without an error of its own.
 * A non-null field's error nulls all of `data` and stops the serial execution of the fields
 * after it, so when `data` is null the fields before the first refused one are the ones that ran.
 */
function mayHaveWritten(request: GraphQLRequest, answer: Answer): boolean {
  const keys = mutationKeys(request);
  if (keys.length === 0 || !answer.body) return false;
  if (keys.some((key) => answer.body?.data?.[key] != null)) return true;
  const errors = answer.body.errors ?? [];
  if (errors.length === 0 || errors.some((error) => !Array.isArray((error as { path?: unknown }).path))) return false;
  const refused = new Set(errors.map((error) => String((error as { path: unknown[] }).path[0])));
  const firstRefused = keys.findIndex((key) => refused.has(key));
  return firstRefused !== 0;
}

export interface RunOptions {
  seed: number;
  runs: number;
  /** Only this case of the run (to reproduce one). */
  only?: number;
  onProgress?: (done: number, failures: number) => void;
}

export async function runAbuse(target: AbuseTarget, options: RunOptions): Promise<AbuseReport> {
  const started = performance.now();
  const tokens: Partial<Record<Role, string>> = {};
  for (const [role, user] of Object.entries(ROLE_USERS) as [Role, string | null][]) if (user) tokens[role] = await signIn(target.url, user);
  const admin = tokens.coordinator!;
  const contact = tokens.contact!;
  const world = await prepareWorld(target.url, admin, contact);

  const report: AbuseReport = {
    seed: options.seed,
    runs: options.runs,
    cases: 0,
    requests: 0,
    byOutcome: {},
    acceptedWrites: 0,
    refusedWrites: 0,
    tableChecks: 0,
    quietChecks: 0,
    overheadMs: { table: 0, prepare: 0, requests: 0 },
    slowest: [],
    largestBytes: 0,
    failures: [],
    elapsedMs: 0,
  };

  // The table as it stood after the last write that was allowed to change it, and the refused writes since.
  const image = async () => {
    const begun = performance.now();
    const result = await target.table.image();
    report.overheadMs.table += performance.now() - begun;
    return result;
  };
  // The probe's count of writes sent when `known` was read: counted before the read, so that a
  // write sent while the table is read makes the next check read it again.
  let knownWrites = target.writesSent?.();
  let known: TableImage = await image();
  const reimage = async () => {
    knownWrites = target.writesSent?.();
    known = await image();
  };
  let pending: { testCase: AbuseCase; request: GraphQLRequest }[] = [];
  const fail = (testCase: AbuseCase, check: string, message: string, request: GraphQLRequest) =>
    report.failures.push({
      check,
      index: testCase.index,
      role: testCase.role,
      target: targetOf(testCase),
      abuse: abuseOf(testCase),
      message,
      request: excerpt(request),
    });
  /** Compares the table with the image taken before the refused writes since; every refused write must have left it as it was. */
  async function flush() {
    if (pending.length === 0) return;
    if (knownWrites !== undefined && target.writesSent!() === knownWrites) {
      report.quietChecks += 1;
      pending = [];
      return;
    }
    const writes = target.writesSent?.();
    const now = await image();
    report.tableChecks += 1;
    const changes = tableChanges(known, now);
    if (changes.length > 0) {
      for (const { testCase, request } of pending) {
        fail(
          testCase,
          'refused write changed the table',
          `${pending.length} refused write(s) since the last check; ${changes.slice(0, 5).join('; ')}`,
          request,
        );
      }
    }
    known = now;
    knownWrites = writes;
    pending = [];
  }
  /** A write the suite makes itself (set-up for the next case): allowed to change the table. */
  async function allowedWrite<T>(write: () => Promise<T>): Promise<T> {
    await flush();
    const result = await write();
    await reimage();
    return result;
  }

  const cases = generateCases(options.seed, options.runs).filter((testCase) => options.only === undefined || testCase.index === options.only);
  for (const testCase of cases) {
    const mutation = testCase.target.operation === 'mutation' ? testCase.target.rootField : undefined;
    /** The case's valid values, drawn afresh from its seed (the same draws every time). */
    const draw = () => {
      const rng = random(testCase.seed);
      const facts: CaseFacts = {
        actionId: actionFor(testCase.role, mutation, world, rng),
        country: rng.chance(0.85) ? 'DE' : rng.pick(['FR', 'EU', 'GB', 'XX']),
        expectedVersion: undefined,
      };
      return { rng, facts };
    };
    let { rng, facts } = draw();
    let request = requestFor(testCase, world, facts, rng);
    // A request GraphQL refuses before execution cannot write, whatever the state: it needs no
    // set-up, and no look at the table before it (it joins the refused writes checked together).
    const executes = mayExecute(request);
    const mayWrite =
      executes && mutation !== undefined && (testCase.role === 'coordinator' || testCase.role === 'owner' || testCase.role === 'contact');
    if (mutation && executes && testCase.role !== 'anonymous') {
      const preparing = performance.now();
      ({ rng, facts } = draw());
      await prepareMutation(mutation, facts, { url: target.url, admin, contact, world, rng: random(testCase.seed ^ 0x5bd1e995), allowedWrite });
      request = requestFor(testCase, world, facts, rng);
      report.overheadMs.prepare += performance.now() - preparing;
    }
    if (mayWrite) await flush();

    const answer = await send(target.url, request, tokens[testCase.role]);
    report.cases += 1;
    report.requests += 1;
    report.overheadMs.requests += answer.ms;
    if (answer.bytes > report.largestBytes) {
      report.largestBytes = answer.bytes;
      report.largest = { bytes: answer.bytes, index: testCase.index, target: targetOf(testCase), abuse: abuseOf(testCase) };
    }
    report.slowest.push({ ms: Math.round(answer.ms), index: testCase.index, target: targetOf(testCase), abuse: abuseOf(testCase) });
    report.slowest = report.slowest.sort((a, b) => b.ms - a.ms).slice(0, 5);
    for (const [check, message] of checkAnswer(testCase, answer)) fail(testCase, check, message, request);
    const codes = answer.body?.errors?.map((error) => String(error.extensions?.code)) ?? [];
    const outcome = codes.length ? [...new Set(codes)].sort().join('+') : answer.body?.data ? 'data' : 'none';
    report.byOutcome[outcome] = (report.byOutcome[outcome] ?? 0) + 1;

    if (mutation) {
      if (!executes && executed(answer)) {
        throw new Error(
          `The abuse suite took case ${testCase.index} for a request refused before execution, but it ran: its table check would blame others.\n${excerpt(request)}`,
        );
      }
      if (mayHaveWritten(request, answer)) {
        report.acceptedWrites += 1;
        if (!mayWrite) fail(testCase, 'write accepted from a reader', `a ${testCase.role} had ${mutation} accepted`, request);
        const beyond = beyondRole(testCase.role, mutation, answer);
        if (beyond) fail(testCase, 'write accepted beyond the role', beyond, request);
        await flush();
        await reimage();
        if (mutation === 'openReportingRound' || mutation === 'closeReportingRound') world.openRoundId = await openRound(target.url, admin);
      } else {
        report.refusedWrites += 1;
        pending.push({ testCase, request });
      }
    }
    options.onProgress?.(report.cases, report.failures.length);
  }
  await flush();
  report.elapsedMs = Math.round(performance.now() - started);
  return report;
}

/** What an accepted write shows that the role may not do: an owner writes its body's actions only, a national contact its country's reports only. */
function beyondRole(role: Role, mutation: string, answer: Answer): string | null {
  if (role !== 'owner' && role !== 'contact') return null;
  const results = Object.values(answer.body?.data ?? {}).filter(
    (value): value is Record<string, unknown> => value !== null && typeof value === 'object',
  );
  if (role === 'owner') {
    if (mutation !== 'updateAction') return `an owner had ${mutation} accepted`;
    const foreign = results.find((result) => Array.isArray(result['owners']) && !result['owners'].includes('ENISA'));
    return foreign ? `ENISA's owner updated ${String(foreign['id'])}, owned by ${String(foreign['owners'])}` : null;
  }
  if (mutation !== 'submitMemberStateReport') return `a national contact had ${mutation} accepted`;
  const foreign = results.find((result) => typeof result['country'] === 'string' && result['country'] !== 'DE');
  return foreign ? `Germany's contact wrote ${String(foreign['country'])}'s report` : null;
}

function checkAnswer(testCase: AbuseCase, answer: Answer): [string, string][] {
  const problems: [string, string][] = [];
  if (answer.problem)
    problems.push([
      answer.problem.startsWith('answer over') ? 'answer over 1 MB' : answer.problem.startsWith('no answer') ? 'hang' : 'not a GraphQL answer',
      answer.problem,
    ]);
  if (answer.ms > LIMITS.answerMs) problems.push(['over 1 s', `answered in ${Math.round(answer.ms)} ms`]);
  if (answer.status >= 500) problems.push(['HTTP 5xx', `status ${answer.status}`]);
  const body = answer.body;
  if (!body) return problems;
  if (body === null || typeof body !== 'object') return [...problems, ['not a GraphQL answer', JSON.stringify(body).slice(0, 120)]];
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR') problems.push(['INTERNAL_SERVER_ERROR', String(error.message).slice(0, 200)]);
    else if (typeof code !== 'string' || !CONTRACT_CODES.has(code))
      problems.push(['not a contract error code', `code ${String(code)}: ${String(error.message).slice(0, 200)}`]);
  }
  if (!body.errors?.length && !body.data) problems.push(['neither data nor errors', JSON.stringify(body).slice(0, 120)]);
  if (testCase.role === 'anonymous' && hasData(answer)) problems.push(['data for an anonymous caller', JSON.stringify(body.data).slice(0, 200)]);
  return problems;
}

function requestFor(testCase: AbuseCase, world: World, facts: CaseFacts, rng: Random): GraphQLRequest {
  const { operation, rootField: name, site } = testCase.target;
  const root = rootField(operation, name);
  const parentName = operation === 'query' ? 'Query' : 'Mutation';
  const atRoot = site && site.fieldPath.length === 0;
  const rootValues = validArgs(parentName, root, world, facts, rng, atRoot ? site : undefined);
  let nestedValues: Record<string, unknown> = {};
  if (site && !atRoot) {
    const holder = site.fieldPath.length === 1 ? root : fieldAt(operation, name, site.fieldPath.slice(0, -1));
    const field = fieldAt(operation, name, site.fieldPath);
    nestedValues = validArgs(getNamedType(holder.type).name, field, world, facts, rng, site);
  }
  if (site && testCase.abuse) {
    const values = atRoot ? rootValues : nestedValues;
    const path = [site.argument, ...site.inputPath];
    const abused = testCase.abuse.derive ? applyDerive(testCase.abuse.derive, getAt(values, path)) : testCase.abuse.value;
    setAt(values, path, abused);
  }
  return buildRequest(testCase, rootValues, nestedValues);
}

interface PrepareContext {
  url: string;
  admin: string;
  contact: string;
  world: World;
  rng: Random;
  allowedWrite: <T>(write: () => Promise<T>) => Promise<T>;
}

const VERSIONS = `query Versions($id: ID!) { action(id: $id) { version memberStateReports { country version review { state } } } }`;
const OPEN_ROUND = `mutation Open($input: OpenReportingRoundInput!) { openReportingRound(input: $input) { id } }`;
const CLOSE_ROUND = `mutation Close($id: ID!) { closeReportingRound(id: $id) { id } }`;
const SUBMIT = `mutation Submit($input: MemberStateReportInput!) { submitMemberStateReport(input: $input) { version } }`;

async function openRound(url: string, admin: string): Promise<string | null> {
  const data = await must<{ reportingRounds: { id: string; open: boolean }[] }>(url, admin, '{ reportingRounds { id open } }');
  return data.reportingRounds.find((round) => round.open)?.id ?? null;
}

async function ensureOpenRound(context: PrepareContext) {
  const { url, admin, world } = context;
  if (world.openRoundId) return;
  world.roundCounter += 1;
  const data = await context.allowedWrite(() =>
    must<{ openReportingRound: { id: string } }>(url, admin, OPEN_ROUND, {
      input: {
        name: `Abuse set-up round ${world.roundCounter}`,
        closes: new Date(Date.parse(world.today) + 60 * 86_400_000).toISOString().slice(0, 10),
      },
    }),
  );
  world.openRoundId = data.openReportingRound.id;
}

/** Puts the state where the mutation can succeed (an open round, a submitted report) and reads the version it needs. */
async function prepareMutation(mutation: string, facts: CaseFacts, context: PrepareContext) {
  const { url, admin, contact, world, rng } = context;
  const versions = async () =>
    (
      await must<{ action: { version: number; memberStateReports: { country: string; version: number; review: { state: string } | null }[] } }>(
        url,
        admin,
        VERSIONS,
        { id: facts.actionId },
      )
    ).action;
  switch (mutation) {
    case 'updateAction':
    case 'reviseDeadline':
      facts.expectedVersion = (await versions()).version;
      return;
    case 'submitMemberStateReport':
      await ensureOpenRound(context);
      facts.expectedVersion = (await versions()).memberStateReports.find((report) => report.country === facts.country)?.version;
      return;
    case 'reviewMemberStateReport': {
      const report = (await versions()).memberStateReports.find((candidate) => candidate.country === 'DE');
      const reportable = world.actions.some((action) => action.id === facts.actionId && action.memberStateReporting);
      if (reportable && (!report || report.review?.state !== 'SUBMITTED')) {
        await ensureOpenRound(context);
        const submitted = await context.allowedWrite(() =>
          must<{ submitMemberStateReport: { version: number } }>(url, contact, SUBMIT, {
            input: { actionId: facts.actionId, country: 'DE', status: 'IN_PROGRESS', ...(report ? { expectedVersion: report.version } : {}) },
          }),
        );
        facts.expectedVersion = submitted.submitMemberStateReport.version;
      } else facts.expectedVersion = report?.version ?? 1;
      facts.country = 'DE';
      return;
    }
    case 'closeReportingRound':
      await ensureOpenRound(context);
      return;
    case 'openReportingRound':
      if (world.openRoundId && rng.chance(0.5)) {
        const id = world.openRoundId;
        await context.allowedWrite(() => must(url, admin, CLOSE_ROUND, { id }));
        world.openRoundId = null;
      }
      world.roundCounter += 1;
      return;
  }
}

async function prepareWorld(url: string, admin: string, contact: string): Promise<World> {
  const { strategy, dashboard } = await must<{
    strategy: { adopted: string; sections: { id: string }[]; actors: { id: string }[] };
    dashboard: { asOf: string };
  }>(url, admin, '{ strategy { adopted sections { id } actors { id } } dashboard { asOf } }');
  const actions: World['actions'] = [];
  let after: string | null = null;
  do {
    const page: { actions: { edges: { node: World['actions'][number] }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
      await must(
        url,
        admin,
        'query Page($after: String) { actions(first: 100, after: $after) { edges { node { id owners memberStateReporting } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
    actions.push(...page.actions.edges.map((edge) => edge.node));
    after = page.actions.pageInfo.hasNextPage ? page.actions.pageInfo.endCursor : null;
  } while (after);
  const today = dashboard.asOf;
  const memberStateAction = actions.find((action) => action.memberStateReporting)!.id;
  const ownedAction = actions.find((action) => action.owners.includes('ENISA'))!.id;

  // Some history, a report, an open round and a frozen snapshot, so that cursors and ids are real.
  const round = await must<{ openReportingRound: { id: string } }>(url, admin, OPEN_ROUND, {
    input: { name: 'Abuse set-up round 0', closes: new Date(Date.parse(today) + 60 * 86_400_000).toISOString().slice(0, 10) },
  });
  await must(url, contact, SUBMIT, { input: { actionId: memberStateAction, country: 'DE', status: 'PLANNED' } });
  const { action } = await must<{ action: { version: number } }>(url, admin, 'query V($id: ID!) { action(id: $id) { version } }', {
    id: ownedAction,
  });
  await must(url, admin, 'mutation U($input: UpdateActionInput!) { updateAction(input: $input) { id } }', {
    input: { actionId: ownedAction, expectedVersion: action.version, status: 'IN_PROGRESS', progress: 10 },
  });
  const snapshot = await must<{ freezeSnapshot: { id: string } }>(
    url,
    admin,
    'mutation F($input: FreezeSnapshotInput!) { freezeSnapshot(input: $input) { id } }',
    {
      input: { name: 'Abuse suite baseline' },
    },
  );
  await must(url, admin, 'mutation F($input: FreezeSnapshotInput!) { freezeSnapshot(input: $input) { id } }', {
    input: { name: 'Abuse suite second' },
  });
  const person = await must<{ invitePerson: { id: string } }>(
    url,
    admin,
    'mutation I($input: InvitePersonInput!) { invitePerson(input: $input) { id } }',
    {
      input: { email: 'abuse-target@example.eu', name: 'Abuse target', role: 'VIEWER' },
    },
  );
  const cursors = await must<{
    actions: { pageInfo: { endCursor: string } };
    action: { history: { pageInfo: { endCursor: string } } };
    changes: { pageInfo: { endCursor: string } };
    snapshots: { pageInfo: { endCursor: string } };
    people: { pageInfo: { endCursor: string } };
  }>(
    url,
    admin,
    `query C($id: ID!, $from: DateTime!) { actions(first: 1) { pageInfo { endCursor } } action(id: $id) { history(first: 1) { pageInfo { endCursor } } }
      changes(from: $from, first: 1) { pageInfo { endCursor } } snapshots(first: 1) { pageInfo { endCursor } } people(first: 1) { pageInfo { endCursor } } }`,
    { id: ownedAction, from: `${strategy.adopted}T00:00:00Z` },
  );
  return {
    today,
    adopted: strategy.adopted,
    actions,
    sections: strategy.sections.map((section) => section.id),
    actors: strategy.actors.map((actor) => actor.id),
    snapshotId: snapshot.freezeSnapshot.id,
    personId: person.invitePerson.id,
    cursors: {
      action: cursors.actions.pageInfo.endCursor,
      history: cursors.action.history.pageInfo.endCursor,
      changes: cursors.changes.pageInfo.endCursor,
      snapshots: cursors.snapshots.pageInfo.endCursor,
      people: cursors.people.pageInfo.endCursor,
    },
    openRoundId: round.openReportingRound.id,
    roundCounter: 1,
  };
}

/** The request as sent, shortened for a report (long strings cut, with their length). */
export function excerpt(request: GraphQLRequest, max = 600): string {
  const shorten = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 40)}…(${value.length} chars)` : value;
    if (depth > 4) return '…';
    if (Array.isArray(value))
      return value.length > 5
        ? [...value.slice(0, 3).map((item) => shorten(item, depth + 1)), `…(${value.length} items)`]
        : value.map((item) => shorten(item, depth + 1));
    if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      return Object.fromEntries([
        ...keys.slice(0, 8).map((key) => [key, shorten((value as Record<string, unknown>)[key], depth + 1)]),
        ...(keys.length > 8 ? [['…', `${keys.length} keys`]] : []),
      ]);
    }
    return value;
  };
  const query = request.query.length > max ? `${request.query.slice(0, max)}…(${request.query.length} chars)` : request.query;
  return `${query}\n  variables: ${JSON.stringify(shorten(request.variables, 0))}${request.operationName ? `\n  operationName: ${request.operationName}` : ''}`;
}

/** A report for a person: the figures, then each failing class once with its count and first case. */
export function formatReport(report: AbuseReport): string {
  const lines = [
    `Abuse suite: ${report.cases} cases (${report.requests} requests) with seed ${report.seed} in ${(report.elapsedMs / 1000).toFixed(1)} s; ` +
      `${report.acceptedWrites} writes accepted, ${report.refusedWrites} refused (table compared ${report.tableChecks} times, ${report.quietChecks} more checks with no write sent); largest answer ${report.largestBytes} bytes` +
      (report.largest ? ` (case ${report.largest.index}, ${report.largest.target}, ${report.largest.abuse})` : ''),
    `Time: cases' requests ${(report.overheadMs.requests / 1000).toFixed(1)} s, table reads ${(report.overheadMs.table / 1000).toFixed(1)} s, preparing ${(report.overheadMs.prepare / 1000).toFixed(1)} s`,
    `Outcomes: ${Object.entries(report.byOutcome)
      .sort((a, b) => b[1] - a[1])
      .map(([outcome, count]) => `${outcome} ${count}`)
      .join(', ')}`,
    `Slowest: ${report.slowest.map((slow) => `${slow.ms} ms (case ${slow.index}, ${slow.target}, ${slow.abuse})`).join('; ')}`,
  ];
  if (report.failures.length > 0) {
    const groups = new Map<string, Failure[]>();
    for (const failure of report.failures) {
      const key = `${failure.check} | ${failure.target} | ${failure.abuse}`;
      groups.set(key, [...(groups.get(key) ?? []), failure]);
    }
    lines.push(`${report.failures.length} failures in ${groups.size} classes (check | target | abuse):`);
    for (const [key, failures] of groups) {
      const first = failures[0]!;
      lines.push(
        `- ${key}: ${failures.length}× (roles ${[...new Set(failures.map((failure) => failure.role))].join(', ')}); first case ${first.index}: ${first.message}`,
      );
      lines.push(`    ${first.request.replace(/\n/g, '\n    ')}`);
    }
    lines.push(`Reproduce: npm run fuzz -- --seed ${report.seed} --runs ${report.runs} (add --only <case> for one case)`);
  }
  return lines.join('\n');
}
