import { Agent, request } from 'node:http';
import type { itemKey } from '../../functions/store/entities.js';

/**
 * The operations the API benchmark measures, as GraphQL documents, and a minimal keep-alive
 * HTTP client for them (node:http: less client CPU per request than fetch, which matters when
 * the client, the server and DynamoDB Local share two cores).
 */

/** Every field of the Dashboard type in graphql/schema.graphql. */
const COUNTS = 'byStatus { status count } byHealth { health count }';
const BREAKDOWN = `id label total ${COUNTS}`;
const ITEM = 'actionId ref section text owners deadline status progress health daysLate';
export const DASHBOARD = `query BenchDashboard {
  dashboard {
    asOf reviewDate daysToReview
    totals { actions completed percentCompleted overdue atRisk stale disagreements }
    ${COUNTS}
    byPriority { ${BREAKDOWN} }
    byOwner { ${BREAKDOWN} }
    overdue { ${ITEM} }
    upcoming { ${ITEM} }
    coverage {
      roundId roundName expected reported accepted percentReported
      byCountry { country name expected reported accepted }
      byAction { actionId ref expected reported accepted }
    }
    burnUp { month completed fallingDue }
    forecast { doneByReview low high pacePerMonth method }
  }
}`;

/** The web app's catalogue page (web/src/features/actions/api.graphql, ActionsPage), first page of 100. */
export const ACTIONS = `query BenchActions($first: Int, $after: String) {
  actions(first: $first, after: $after) {
    edges { cursor node { id ref section subheading leadIn text owners deadline deadlineSource deadlinePhrase status } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

/** Every scalar (and enum, and list-of-scalar) field of Action. */
const ACTION_SCALARS = `id ref section subheading leadIn text owners partners deadline baselineDeadline deadlineSource
  deadlinePhrase recurring memberStateReporting kind status progress health note evidenceUrls forecastDate
  lastConfirmedAt stale declaredHealth healthDisagreement slippageDays completedAt version`;
export const ACTION = `query BenchAction($id: ID!) { action(id: $id) { ${ACTION_SCALARS} } }`;

/** Diagnostic: the same without the two fields that need the strategy (health, healthDisagreement). */
const ACTION_SCALARS_NO_HEALTH = ACTION_SCALARS.replace(/\bhealth\b/, '').replace('healthDisagreement', '');
export const ACTION_NO_HEALTH = `query BenchActionNoHealth($id: ID!) { action(id: $id) { ${ACTION_SCALARS_NO_HEALTH} } }`;

/** The write: progress changes on every call; the response carries the new version. */
export const UPDATE_ACTION = `mutation BenchUpdate($input: UpdateActionInput!) {
  updateAction(input: $input) { id version status progress lastConfirmedAt }
}`;

export type OperationName = OperationSpec['name'];

/**
 * What a load run needs to build its requests; plain data, so that it crosses to the worker.
 * updateAction: `targets` are partitioned among the lanes (lane k takes targets k, k+C, ...) so
 * that concurrent lanes never write the same action; versions and progress are tracked from
 * each response. 'dashboard after write': each timed dashboard request follows an untimed
 * updateAction of the same lane, so that the server's kept state is never current.
 */
export type OperationSpec =
  | { name: 'dashboard' | 'actions' }
  /** Floor: a bare graphql-yoga server's `{ hello }` (scripts/bench/floors.ts); `url` is that server's. */
  | { name: 'floor: yoga hello' }
  /** Floor: one GetItem of an action's item, sent by the load generator straight to DynamoDB Local. */
  | { name: 'floor: GetItem'; endpoint: string; tableName: string; keys: ReturnType<typeof itemKey>[] }
  | { name: 'action(id)' | 'action(id) w/o health'; ids: string[] }
  /**
   * The dashboard and action(id) in turn on each lane, each latency kept under its own name
   * (`LoadResult.byKind`): the two compared under the same conditions, request by request, where
   * separate runs seconds apart differ by the machine's drift as much as by the operations.
   */
  | { name: 'dashboard ⇄ action(id)'; ids: string[] }
  | { name: 'updateAction' | 'dashboard after write'; targets: { id: string; version: number; progress: number }[] };

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface HttpResult {
  status: number;
  text: string;
}

/** POST a JSON body; resolves with the whole response text. */
export function post(agent: Agent, url: URL, body: string, token?: string): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** A one-off GraphQL call for seeding and checks; throws on any error. */
export async function callGraphQL<T = Record<string, unknown>>(
  baseUrl: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
  agent = sharedAgent,
): Promise<T> {
  const { status, text } = await post(agent, new URL('/graphql', baseUrl), JSON.stringify({ query, variables }), token);
  const body = JSON.parse(text) as GraphQLBody;
  if (status !== 200 || body.errors?.length || !body.data) {
    throw new Error(`GraphQL call failed (${status}): ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data as T;
}

const sharedAgent = new Agent({ keepAlive: true, maxSockets: 8 });
export const closeSharedAgent = () => sharedAgent.destroy();

export async function signIn(baseUrl: string, user: string): Promise<string> {
  const { status, text } = await post(sharedAgent, new URL('/auth/local', baseUrl), JSON.stringify({ user }));
  if (status !== 200) throw new Error(`sign-in as ${user} failed: ${status} ${text.slice(0, 200)}`);
  return (JSON.parse(text) as { token: string }).token;
}
