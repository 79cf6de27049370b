import { errorCodes, graphql, signIn, type GraphQLResponse } from './local-server.js';

/**
 * A signed-in API client for the tests: the operations of the contract, through real HTTP.
 */
export const ACTION_FIELDS = `id ref status progress note evidenceUrls forecastDate declaredHealth health healthDisagreement stale
  deadline baselineDeadline slippageDays deadlineRevisions { date previous reason revisedBy } lastConfirmedAt completedAt version`;
export const REPORT_FIELDS = `actionId country status note evidenceUrls version reportedAt reportedBy roundId review { state comment reviewedBy }`;
export const ROUND_FIELDS = `id name opens closes open closedAt coverage { roundId expected reported accepted percentReported }`;

export interface Client {
  token: string;
  call<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

export async function clientFor(server: { url: string }, userId: string): Promise<Client> {
  const token = await signIn(server, userId);
  return { token, call: (query, variables = {}) => graphql(server, query, variables, token) };
}

export const UPDATE_ACTION = `mutation Update($input: UpdateActionInput!) { updateAction(input: $input) { ${ACTION_FIELDS} } }`;
export const REVISE_DEADLINE = `mutation Revise($input: ReviseDeadlineInput!) { reviseDeadline(input: $input) { ${ACTION_FIELDS} } }`;
export const SUBMIT_REPORT = `mutation Submit($input: MemberStateReportInput!) { submitMemberStateReport(input: $input) { ${REPORT_FIELDS} } }`;
export const REVIEW_REPORT = `mutation Review($input: ReviewMemberStateReportInput!) { reviewMemberStateReport(input: $input) { ${REPORT_FIELDS} } }`;
export const OPEN_ROUND = `mutation Open($input: OpenReportingRoundInput!) { openReportingRound(input: $input) { ${ROUND_FIELDS} } }`;
export const CLOSE_ROUND = `mutation Close($id: ID!) { closeReportingRound(id: $id) { ${ROUND_FIELDS} } }`;
export const ACTION = `query Action($id: ID!) { action(id: $id) { ${ACTION_FIELDS}
  memberStateReports { ${REPORT_FIELDS} }
  history(first: 100) { edges { node { id type at actionId country roundId author { id role name } before after note } } pageInfo { hasNextPage endCursor } } } }`;

export interface ActionView {
  id: string;
  version: number;
  status: string;
  progress: number;
  history: { edges: { node: { type: string; author: { id: string }; before: Record<string, unknown>; after: Record<string, unknown> } }[] };
  memberStateReports: { country: string; version: number; review: { state: string } }[];
  [field: string]: unknown;
}

export async function readAction(client: Client, id: string): Promise<ActionView> {
  const response = await client.call<{ action: ActionView }>(ACTION, { id });
  if (!response.data?.action) throw new Error(`could not read ${id}: ${JSON.stringify(response.errors)}`);
  return response.data.action;
}

export { errorCodes };
