/**
 * Plays the demo year (plan.ts) through the real API of a running local server: each call is
 * made over HTTP as its user, signed in through local sign-in, with the server's clock set to
 * the moment the call is recorded. Nothing is written around the API, so the demo holds only
 * what the product itself would have recorded.
 */
import type { DemoCall, DemoStep } from './plan.js';

export interface RecordDemoOptions {
  url: string;
  steps: readonly DemoStep[];
  /** Sets the server's clock for the calls that follow. */
  setClock(at: Date): void;
}

export interface RecordedDemo {
  calls: number;
  /** Calls recorded after the day their change took effect. */
  backdated: number;
  ms: number;
}

class DemoCallError extends Error {
  override name = 'DemoCallError';
}

export async function recordDemoYear({ url, steps, setClock }: RecordDemoOptions): Promise<RecordedDemo> {
  const started = performance.now();
  const tokens = new Map<string, string>();
  const reportVersions = new Map<string, number>();
  const roundIds = new Map<string, string>();

  async function tokenOf(user: string): Promise<string> {
    const known = tokens.get(user);
    if (known) return known;
    const response = await fetch(`${url}/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user }),
    });
    if (!response.ok) throw new DemoCallError(`local sign-in as ${user} answered ${response.status}`);
    const { token } = (await response.json()) as { token: string };
    tokens.set(user, token);
    return token;
  }

  async function graphql<T>(user: string, query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf(user)}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) {
      throw new DemoCallError(`${user}: ${body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`}`);
    }
    return body.data;
  }

  // An action's version, as its own last write answered it; read again after anything else touched the action.
  const actionVersions = new Map<string, number>();
  async function actionVersion(as: string, id: string): Promise<number> {
    const known = actionVersions.get(id);
    if (known !== undefined) return known;
    return (await graphql<{ action: { version: number } }>(as, 'query ($id: ID!) { action(id: $id) { version } }', { id })).action.version;
  }

  async function play(step: DemoStep, call: DemoCall): Promise<void> {
    const effective = step.effectiveOn ? { effectiveOn: step.effectiveOn } : {};
    switch (call.kind) {
      case 'updateAction': {
        const { kind: _kind, ...fields } = call;
        const input = { ...fields, ...effective, expectedVersion: await actionVersion(step.as, call.actionId) };
        const data = await graphql<{ updateAction: { version: number } }>(
          step.as,
          'mutation ($input: UpdateActionInput!) { updateAction(input: $input) { version } }',
          { input },
        );
        actionVersions.set(call.actionId, data.updateAction.version);
        return;
      }
      case 'reviseDeadline': {
        const { kind: _kind, ...fields } = call;
        const input = { ...fields, ...effective, expectedVersion: await actionVersion(step.as, call.actionId) };
        const data = await graphql<{ reviseDeadline: { version: number } }>(
          step.as,
          'mutation ($input: ReviseDeadlineInput!) { reviseDeadline(input: $input) { version } }',
          { input },
        );
        actionVersions.set(call.actionId, data.reviseDeadline.version);
        return;
      }
      case 'submitMemberStateReport': {
        const { kind: _kind, ...fields } = call;
        const key = `${call.actionId}/${call.country}`;
        const expectedVersion = reportVersions.get(key);
        const input = { ...fields, ...effective, ...(expectedVersion === undefined ? {} : { expectedVersion }) };
        const data = await graphql<{ submitMemberStateReport: { version: number } }>(
          step.as,
          'mutation ($input: MemberStateReportInput!) { submitMemberStateReport(input: $input) { version } }',
          { input },
        );
        reportVersions.set(key, data.submitMemberStateReport.version);
        return;
      }
      case 'reviewMemberStateReport': {
        const { kind: _kind, ...fields } = call;
        const key = `${call.actionId}/${call.country}`;
        const input = { ...fields, expectedVersion: reportVersions.get(key) };
        const data = await graphql<{ reviewMemberStateReport: { version: number } }>(
          step.as,
          'mutation ($input: ReviewMemberStateReportInput!) { reviewMemberStateReport(input: $input) { version } }',
          { input },
        );
        reportVersions.set(key, data.reviewMemberStateReport.version);
        return;
      }
      case 'openReportingRound': {
        const data = await graphql<{ openReportingRound: { id: string } }>(
          step.as,
          'mutation ($input: OpenReportingRoundInput!) { openReportingRound(input: $input) { id } }',
          { input: { name: call.name, closes: call.closes } },
        );
        roundIds.set(call.name, data.openReportingRound.id);
        return;
      }
      case 'closeReportingRound': {
        const id = roundIds.get(call.name);
        if (!id) throw new DemoCallError(`the round "${call.name}" was never opened`);
        await graphql(step.as, 'mutation ($id: ID!) { closeReportingRound(id: $id) { id } }', { id });
        return;
      }
      case 'freezeSnapshot':
        await graphql(step.as, 'mutation ($input: FreezeSnapshotInput!) { freezeSnapshot(input: $input) { id } }', {
          input: { name: call.name, asOf: call.asOf },
        });
        return;
    }
  }

  for (const [index, step] of steps.entries()) {
    setClock(new Date(step.at));
    if (step.call.kind === 'submitMemberStateReport' || step.call.kind === 'reviewMemberStateReport') actionVersions.delete(step.call.actionId);
    try {
      await play(step, step.call);
    } catch (error) {
      throw new DemoCallError(`demo step ${index + 1} of ${steps.length} (${step.call.kind} at ${step.at}) failed: ${(error as Error).message}`);
    }
  }
  return { calls: steps.length, backdated: steps.filter((step) => step.effectiveOn).length, ms: performance.now() - started };
}
