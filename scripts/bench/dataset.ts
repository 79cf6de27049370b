import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { BatchWriteCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PutItemCommand } from 'dynamodb-toolbox';
import { MEMBER_STATES_ACTOR, normaliseDeadline, type Catalogue, type CatalogueAction } from '../../functions/domain/catalogue.js';
import { addDays, DAY_MS, toDay } from '../../functions/domain/dates.js';
import type { ActionStatus } from '../../functions/domain/model.js';
import { REPORT_STATUSES } from '../../functions/domain/reporting.js';
import { catalogueRecords } from '../../functions/store/catalogue-load.js';
import { attributes, entitiesFor, entityNames, keys, recordOf } from '../../functions/store/entities.js';
import { localUsers, type LocalUser } from '../local/users.js';
import { callGraphQL, signIn } from './operations.js';

/**
 * The benchmark's data: a generated catalogue of any size built from the real one, tracking
 * state written through the API's own mutations, and, for the large set, history events,
 * tracking fields and member-state reports written straight into the table with BatchWriteItem
 * in the exact item shapes the store writes (samples are rebuilt through the store's own
 * dynamodb-toolbox entities and must come out identical).
 */

const pick = <T>(list: readonly T[], random: () => number): T => {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
};

/**
 * `count` actions cloned from the real catalogue: sections in the real proportions (each
 * generated action takes the section, lead-in, text and partners of a real one), owners among
 * the real owning bodies, deadline phrases among the real ones; every tenth action is addressed
 * to the member states (owner MEMBER_STATES, member-state reporting). References are
 * `<section>-<4 digits>`: the load does not parse the catalogue, and compareRefs orders them.
 */
export function generateCatalogue(base: Catalogue, count: number, random: () => number): Catalogue {
  const owningBodies = base.actors.filter((actor) => actor.owningBody).map((actor) => actor.id);
  const phrases = [...new Set(base.actions.map((action) => action.deadlinePhrase))];
  const sequence = new Map<string, number>();
  const actions: CatalogueAction[] = [];
  for (let index = 0; index < count; index += 1) {
    const template = base.actions[index % base.actions.length];
    if (!template) throw new Error('the base catalogue has no actions');
    const number = (sequence.get(template.section) ?? 0) + 1;
    sequence.set(template.section, number);
    const deadlinePhrase = pick(phrases, random);
    const memberStateReporting = index % 10 === 0;
    const owners = memberStateReporting
      ? [MEMBER_STATES_ACTOR]
      : template.owners.includes(MEMBER_STATES_ACTOR)
        ? [pick(owningBodies, random)]
        : random() < 0.7
          ? template.owners
          : [pick(owningBodies, random)];
    actions.push({
      ...template,
      ref: `${template.section}-${String(number).padStart(4, '0')}`,
      owners,
      text: `${template.text} [generated action ${index + 1}]`,
      deadlinePhrase,
      recurring: normaliseDeadline(deadlinePhrase, base.deadlineRules, base.strategy).recurring,
      memberStateReporting,
      kind: template.leadIn ? 'BULLET' : 'SENTENCE',
    });
  }
  actions.sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true }));
  return { ...base, actions, exclusions: [], notes: [...base.notes, `Generated for the API benchmark: ${count} actions.`] };
}

interface ActionSummary {
  id: string;
  version: number;
  recurring: boolean;
  memberStateReporting: boolean;
}

/** A small pool: runs `tasks` with at most `limit` in flight. */
export async function inPool<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await task(items[index] as T, index);
      }
    }),
  );
}

export interface MutationSeed {
  mutations: number;
  /** Actions whose state the mutations set: direct writes leave them alone. */
  touchedActions: Set<string>;
  /** `<actionId>#<country>` of the reports submitted through the API. */
  reported: Set<string>;
  roundId: string;
  /** Non-completed actions with their current version and progress: the updateAction targets. */
  writable: { id: string; version: number; progress: number }[];
}

const UPDATE = `mutation SeedUpdate($input: UpdateActionInput!) { updateAction(input: $input) { id version status progress } }`;
const REVISE = `mutation SeedRevise($input: ReviseDeadlineInput!) { reviseDeadline(input: $input) { id version } }`;
const OPEN = `mutation SeedOpen($input: OpenReportingRoundInput!) { openReportingRound(input: $input) { id } }`;
const SUBMIT = `mutation SeedSubmit($input: MemberStateReportInput!) { submitMemberStateReport(input: $input) { version } }`;
const REVIEW = `mutation SeedReview($input: ReviewMemberStateReportInput!) { reviewMemberStateReport(input: $input) { version } }`;
const FIRST_ACTIONS = `query SeedActions { actions(first: 100) { edges { node { id version recurring memberStateReporting } } } }`;

/**
 * Tracking state through the real API, on the first page of actions (up to 100): status and
 * progress (about 30% completed with evidence, 40% in progress, some ongoing, declared health,
 * forecasts), three deadline revisions into the next quarter (so that `upcoming` is not
 * empty), one open round, and national contacts' reports on up to `limits.memberStateActions`
 * member-state actions from up to `limits.countries` countries (each with probability 0.7),
 * 60% accepted and 15% returned by the coordinator.
 */
export async function seedThroughMutations(
  url: string,
  catalogue: Catalogue,
  random: () => number,
  limits: { memberStateActions: number; countries: number },
): Promise<MutationSeed> {
  const coordinator = await signIn(url, 'coordinator');
  const today = toDay(Date.now());
  const { actions } = await callGraphQL<{ actions: { edges: { node: ActionSummary }[] } }>(url, coordinator, FIRST_ACTIONS);
  const nodes = actions.edges.map((edge) => edge.node);
  let mutations = 0;
  // The first page's actions belong to the mutations (and are the updateAction targets): the
  // direct writes of the large set leave them alone, so that versions stay consistent.
  const touchedActions = new Set(nodes.map((action) => action.id));
  const writable: MutationSeed['writable'] = [];

  // Drawn before any request is sent, so that the data set does not depend on response order.
  const nextYear = toDay(Date.now() + 365 * DAY_MS);
  const plans = nodes.map((action) => {
    const roll = random();
    let input: Record<string, unknown> | undefined;
    if (roll < 0.3) input = { status: 'COMPLETED', progress: 100, evidenceUrls: [`https://example.org/evidence/${action.id}`] };
    else if (roll < 0.7) {
      input = {
        status: 'IN_PROGRESS',
        progress: 10 + Math.floor(random() * 80),
        ...(random() < 0.15 ? { forecastDate: nextYear } : {}),
        ...(random() < 0.15 ? { declaredHealth: 'ON_TRACK' } : {}),
      };
    } else if (roll < 0.8 && action.recurring) input = { status: 'ONGOING', progress: 50 };
    return { action, input };
  });
  await inPool(plans, 4, async ({ action, input }) => {
    let version = action.version;
    let progress = 0;
    if (input) {
      const { updateAction } = await callGraphQL<{ updateAction: { version: number; status: string; progress: number } }>(url, coordinator, UPDATE, {
        input: { actionId: action.id, expectedVersion: version, ...input },
      });
      mutations += 1;
      version = updateAction.version;
      progress = updateAction.progress;
      if (updateAction.status === 'COMPLETED') return;
    }
    writable.push({ id: action.id, version, progress });
  });

  // Three revised deadlines within the next 90 days.
  writable.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  for (const [index, target] of writable.slice(0, 3).entries()) {
    const { reviseDeadline } = await callGraphQL<{ reviseDeadline: { version: number } }>(url, coordinator, REVISE, {
      input: {
        actionId: target.id,
        date: toDay(Date.now() + (20 + 25 * index) * DAY_MS),
        reason: 'Benchmark: a revised plan.',
        expectedVersion: target.version,
      },
    });
    target.version = reviseDeadline.version;
    mutations += 1;
  }

  const { openReportingRound } = await callGraphQL<{ openReportingRound: { id: string } }>(url, coordinator, OPEN, {
    input: { name: 'Benchmark round', closes: addDays(today, 60) },
  });
  mutations += 1;

  const reported = new Set<string>();
  const reportingActions = nodes.filter((action) => action.memberStateReporting).slice(0, limits.memberStateActions);
  const submissions = reportingActions.flatMap((action) =>
    catalogue.memberStates
      .slice(0, limits.countries)
      .filter(() => random() < 0.7)
      .map((state) => ({ actionId: action.id, country: state.code, status: pick(REPORT_STATUSES, random), review: random() })),
  );
  const contactTokens = new Map<string, string>();
  for (const country of new Set(submissions.map((submission) => submission.country))) {
    contactTokens.set(country, await signIn(url, `contact-${country.toLowerCase()}`));
  }
  await inPool(submissions, 4, async (submission) => {
    const token = contactTokens.get(submission.country) ?? '';
    const { submitMemberStateReport } = await callGraphQL<{ submitMemberStateReport: { version: number } }>(url, token, SUBMIT, {
      input: { actionId: submission.actionId, country: submission.country, status: submission.status, note: 'Benchmark report.' },
    });
    mutations += 1;
    reported.add(`${submission.actionId}#${submission.country}`);
    if (submission.review < 0.75) {
      const accept = submission.review < 0.6;
      await callGraphQL(url, coordinator, REVIEW, {
        input: {
          actionId: submission.actionId,
          country: submission.country,
          decision: accept ? 'ACCEPT' : 'RETURN',
          ...(accept ? {} : { comment: 'Please add evidence.' }),
          expectedVersion: submitMemberStateReport.version,
        },
      });
      mutations += 1;
    }
  });

  return { mutations, touchedActions, reported, roundId: openReportingRound.id, writable };
}

/**
 * One updateAction through the API. Every write bumps a revision shard, which tells each server
 * instance that its kept copy of the state is out of date; direct writes bump none, so this
 * follows them.
 */
export async function touchThroughApi(url: string, target: { id: string; version: number; progress: number }): Promise<void> {
  const coordinator = await signIn(url, 'coordinator');
  const progress = target.progress >= 99 ? 1 : target.progress + 1;
  const { updateAction } = await callGraphQL<{ updateAction: { version: number; progress: number } }>(url, coordinator, UPDATE, {
    input: { actionId: target.id, expectedVersion: target.version, progress },
  });
  target.version = updateAction.version;
  target.progress = updateAction.progress;
}

type Item = Record<string, unknown>;

/** Every item of a partition whose sort key begins with `prefix`, as stored. */
export async function rawItems(client: DynamoDBDocumentClient, tableName: string, partition: string, prefix: string): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: `${attributes.partitionKey} = :pk AND begins_with(${attributes.sortKey}, :prefix)`,
        ExpressionAttributeValues: { ':pk': partition, ':prefix': prefix },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** BatchWriteItem, 25 puts per request, `inFlight` requests at a time, unprocessed items retried. */
export async function batchPut(client: DynamoDBDocumentClient, tableName: string, items: readonly Item[], inFlight = 6): Promise<number> {
  const chunks: Item[][] = [];
  for (let index = 0; index < items.length; index += 25) chunks.push(items.slice(index, index + 25));
  let requests = 0;
  await inPool(chunks, inFlight, async (chunk) => {
    let pending = chunk.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt > 10) throw new Error('BatchWriteItem kept returning unprocessed items');
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
      const { UnprocessedItems } = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      requests += 1;
      pending = (UnprocessedItems?.[tableName] ?? []) as typeof pending;
    }
  });
  return requests;
}

/** Builds `item` through the store's own dynamodb-toolbox entity and throws unless the result is identical. */
function assertStoreShape(documentClient: DynamoDBDocumentClient, tableName: string, entity: 'event' | 'report' | 'action', item: Item): void {
  const { HistoryEventEntity, ReportEntity, ActionEntity } = entitiesFor(documentClient, tableName);
  const fields = recordOf<Item>(item);
  const built =
    entity === 'event'
      ? HistoryEventEntity.build(PutItemCommand)
          .item(fields as never)
          .params().Item
      : entity === 'report'
        ? ReportEntity.build(PutItemCommand)
            .item(fields as never)
            .params().Item
        : ActionEntity.build(PutItemCommand)
            .item(fields as never)
            .params().Item;
  if (!isDeepStrictEqual(built, item)) {
    throw new Error(
      `A generated ${entity} item differs from what the store writes:\n ours:  ${JSON.stringify(item)}\n store: ${JSON.stringify(built)}`,
    );
  }
}

export interface HistoryPlan {
  /** History event items, ready for BatchWriteItem. */
  events: Item[];
  /** The tracking fields and version each action ends with, by action id. */
  finals: Map<string, Item>;
}

/**
 * `eventCount` history events over the catalogue's actions except `excluded` (those the
 * mutations manage). About 10% of the others stay untouched (NOT_STARTED, no history); each of
 * the rest gets a share of the events (in proportion to a random weight), its progress rising
 * along them from adoption to yesterday, and the last one sets its final state: about 35%
 * COMPLETED with evidence, 5% DISCONTINUED with a note, recurring ones often ONGOING, the rest
 * IN_PROGRESS; 3% of the unfinished end with a DEADLINE_REVISED event that moves the deadline
 * into the next quarter. Events carry the before/after merge patches (with versions) that the
 * mutations record, authored by the owning body's owner or the coordinator.
 */
export function planHistory(options: {
  catalogue: Catalogue;
  excluded: ReadonlySet<string>;
  eventCount: number;
  random: () => number;
  documentClient: DynamoDBDocumentClient;
  tableName: string;
}): HistoryPlan {
  const { catalogue, random } = options;
  const strategyId = catalogue.strategy.id;
  const users = localUsers({
    actors: catalogue.actors.map(({ id, name, owningBody }) => ({ id, name, owningBody })),
    memberStates: catalogue.memberStates,
  });
  const ownerUser = new Map(users.filter((user) => user.actor).map((user) => [user.actor, user]));
  const coordinator = users.find((user) => user.id === 'coordinator') as LocalUser;
  const adopted = Date.parse(`${catalogue.strategy.adopted}T09:00:00Z`);
  const horizon = Date.now() - DAY_MS;

  const tracked = catalogueRecords(catalogue).actions.filter((action) => !options.excluded.has(action.id) && random() >= 0.1);
  const weights = tracked.map(() => 0.5 + random());
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const counts = weights.map((weight) => Math.max(1, Math.floor((options.eventCount * weight) / totalWeight)));
  for (let index = 0, missing = options.eventCount - counts.reduce((sum, count) => sum + count, 0); missing > 0; index += 1, missing -= 1) {
    counts[index % counts.length] = (counts[index % counts.length] ?? 0) + 1;
  }

  const events: Item[] = [];
  const finals = new Map<string, Item>();
  tracked.forEach((action, index) => {
    const eventTotal = counts[index] ?? 1;
    const author = ownerUser.get(action.owners[0]) ?? coordinator;
    const roll = random();
    const finalStatus: ActionStatus =
      roll < 0.35 ? 'COMPLETED' : roll < 0.4 ? 'DISCONTINUED' : action.recurring && roll < 0.7 ? 'ONGOING' : 'IN_PROGRESS';
    const finalProgress = finalStatus === 'COMPLETED' ? 100 : 5 + Math.floor(random() * 90);
    const revise = finalStatus === 'IN_PROGRESS' && random() < 0.03;
    const times = Array.from({ length: eventTotal }, () => adopted + random() * (horizon - adopted)).sort((a, b) => a - b);
    let state: Item = { status: 'NOT_STARTED', progress: 0, evidenceUrls: [], deadlineRevisions: [] };
    let version = 1;
    times.forEach((time, position) => {
      const at = new Date(time + position).toISOString();
      const last = position === eventTotal - 1;
      let type = 'ACTION_UPDATED';
      let note: string | undefined;
      // Every update confirms the action's state; a deadline revision does not.
      const next: Item = last && revise ? { ...state } : { ...state, lastConfirmedAt: at };
      if (last && revise) {
        type = 'DEADLINE_REVISED';
        note = 'Benchmark: a revised plan.';
        next.deadlineRevisions = [
          {
            date: toDay(Date.now() + (10 + Math.floor(random() * 75)) * DAY_MS),
            previous: action.baselineDeadline,
            reason: note,
            revisedAt: at,
            revisedBy: coordinator.name,
          },
        ];
      } else if (last) {
        next.status = finalStatus;
        next.progress = finalProgress;
        if (finalStatus === 'COMPLETED') {
          next.evidenceUrls = [`https://example.org/evidence/${action.id}`];
          next.completedAt = at;
        }
        if (finalStatus === 'DISCONTINUED') next.note = note = 'Superseded (benchmark data).';
      } else {
        next.status = 'IN_PROGRESS';
        next.progress = Math.round((finalProgress * (position + 1)) / eventTotal);
      }
      const before: Item = {};
      const after: Item = {};
      for (const field of new Set([...Object.keys(state), ...Object.keys(next)])) {
        if (!isDeepStrictEqual(state[field] ?? null, next[field] ?? null)) {
          before[field] = state[field] ?? null;
          after[field] = next[field] ?? null;
        }
      }
      before.version = version;
      after.version = version + 1;
      version += 1;
      const id = randomUUID();
      const eventKey = `${at}#${id}`;
      const actor = type === 'DEADLINE_REVISED' ? coordinator : author;
      events.push({
        [attributes.partitionKey]: keys.actionSubject(action.id),
        [attributes.sortKey]: keys.eventSort(eventKey),
        [attributes.indexPartitionKey]: keys.strategyEvents(strategyId),
        [attributes.indexSortKey]: eventKey,
        [attributes.entity]: entityNames.historyEvent,
        subject: keys.actionSubject(action.id),
        eventKey,
        strategyId,
        id,
        at,
        type,
        actionId: action.id,
        actorId: actor.id,
        actorRole: actor.role,
        actorName: actor.name,
        before,
        after,
        ...(note ? { note } : {}),
      });
      state = next;
    });
    finals.set(action.id, { ...state, ...(random() < 0.05 && finalStatus === 'IN_PROGRESS' ? { declaredHealth: 'ON_TRACK' } : {}), version });
  });
  for (const sample of [events[0], events.find((event) => event.note)]) {
    if (sample) assertStoreShape(options.documentClient, options.tableName, 'event', sample);
  }
  return { events, finals };
}

export interface TrackingWrite {
  actions: number;
  reports: number;
  requests: number;
  ms: number;
}

/**
 * After the catalogue load: every planned action's item rewritten with its final tracking
 * fields, and member-state reports in the open round for about 65% of the countries on every
 * member-state action (those the mutations did not report), half accepted, 15% returned.
 */
export async function writeTrackingAndReports(options: {
  client: DynamoDBDocumentClient;
  tableName: string;
  catalogue: Catalogue;
  seed: MutationSeed;
  finals: Map<string, Item>;
  random: () => number;
}): Promise<TrackingWrite> {
  const { client, tableName, catalogue, seed, random } = options;
  const started = performance.now();
  const strategyId = catalogue.strategy.id;
  const users = localUsers({
    actors: catalogue.actors.map(({ id, name, owningBody }) => ({ id, name, owningBody })),
    memberStates: catalogue.memberStates,
  });
  const contacts = new Map(users.filter((user) => user.country).map((user) => [user.country, user]));
  const coordinator = users.find((user) => user.id === 'coordinator') as LocalUser;

  const stored = await rawItems(client, tableName, keys.strategy(strategyId), keys.actionPrefix);
  const actionItems = stored.flatMap((item) => {
    const final = options.finals.get(String(item.id));
    return final ? [{ ...item, ...final }] : [];
  });
  if (actionItems.length !== options.finals.size)
    throw new Error(`expected ${options.finals.size} stored actions to update, found ${actionItems.length}`);

  const reports: Item[] = [];
  for (const action of stored.filter((item) => item.memberStateReporting === true)) {
    const actionId = String(action.id);
    for (const { code } of catalogue.memberStates) {
      if (seed.reported.has(`${actionId}#${code}`) || random() >= 0.65) continue;
      const contact = contacts.get(code) as LocalUser;
      const reportedAt = new Date(Date.now() - random() * 20 * DAY_MS).toISOString();
      const review = random();
      const reviewed = review < 0.65;
      reports.push({
        [attributes.partitionKey]: keys.strategy(strategyId),
        [attributes.sortKey]: keys.reportSort(actionId, code),
        [attributes.indexPartitionKey]: keys.countryReports(strategyId, code),
        [attributes.indexSortKey]: keys.countryReportSort(actionId),
        [attributes.entity]: entityNames.report,
        strategyId,
        actionId,
        country: code,
        roundId: seed.roundId,
        status: pick(REPORT_STATUSES, random),
        note: 'Benchmark report.',
        evidenceUrls: [],
        version: reviewed ? 2 : 1,
        reportedAt,
        reportedBy: contact.name,
        reportedById: contact.id,
        review: reviewed
          ? {
              state: review < 0.5 ? 'ACCEPTED' : 'RETURNED',
              ...(review < 0.5 ? {} : { comment: 'Please add evidence.' }),
              reviewedAt: reportedAt,
              reviewedBy: coordinator.name,
            }
          : { state: 'SUBMITTED' },
      });
    }
  }
  const sampleAction = actionItems.find((item) => item.completedAt) ?? actionItems[0];
  if (sampleAction) assertStoreShape(client, tableName, 'action', sampleAction);
  if (reports[0]) assertStoreShape(client, tableName, 'report', reports[0]);

  let requests = await batchPut(client, tableName, actionItems);
  requests += await batchPut(client, tableName, reports);
  return { actions: actionItems.length, reports: reports.length, requests, ms: performance.now() - started };
}
