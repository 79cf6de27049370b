import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { accountKeys } from '../features/account/keys';
import { actionKeys } from '../features/action/keys';
import { actionsKeys } from '../features/actions/keys';
import { changesKeys } from '../features/changes/keys';
import { conferenceKeys } from '../features/conference/keys';
import { lateRecordsKeys } from '../features/effective/keys';
import { forecastKeys } from '../features/forecast/keys';
import { memberStatesKeys } from '../features/member-states/keys';
import { overviewKeys } from '../features/overview/keys';
import { peopleKeys } from '../features/people/keys';
import { presentationKeys } from '../features/presentation/keys';
import { reportKeys } from '../features/report/keys';
import { scorecardsKeys } from '../features/scorecards/keys';
import { tasksKeys } from '../features/tasks/keys';
import { shellKeys } from './shellQuery';
import {
  invalidateActionWrite,
  invalidateImport,
  invalidatePersonWrite,
  invalidateReportWrite,
  invalidateRoundWrite,
  invalidateSnapshotFrozen,
} from './writes';

/** One cached query of every kind the web app keeps, by a name for the assertions. */
const CACHED = {
  shell: shellKeys.all,
  account: accountKeys.person('p1'),
  otherAccount: accountKeys.person('p2'),
  actionPage: actionKeys.page('1.1'),
  actionHistory: actionKeys.history('1.1'),
  otherActionPage: actionKeys.page('2.1'),
  catalogue: actionsKeys.catalogue(),
  changes: changesKeys.summary('2026-01-01', '2026-02-01'),
  conferenceDefault: conferenceKeys.default(),
  lateRecords: lateRecordsKeys.asOf(null),
  forecast: forecastKeys.forecast(null, null),
  memberStates: memberStatesKeys.data(),
  contacts: memberStatesKeys.contacts(),
  adopted: memberStatesKeys.adopted(),
  overview: overviewKeys.dashboard(null),
  people: peopleKeys.list({ filter: {} }),
  slidesLive: presentationKeys.live(null),
  slidesSnapshot: presentationKeys.snapshot('s1'),
  reportLive: reportKeys.live(null),
  reportSnapshot: reportKeys.snapshot('s1'),
  snapshots: reportKeys.snapshots(),
  scorecards: scorecardsKeys.all,
  tasks: tasksKeys.mine(),
} satisfies Record<string, QueryKey>;
type Name = keyof typeof CACHED;

/** Which cached queries a write marks stale. */
async function refreshedBy(write: (queryClient: QueryClient) => Promise<void>): Promise<Name[]> {
  const queryClient = new QueryClient();
  for (const key of Object.values(CACHED)) queryClient.setQueryData(key, { cached: true });
  await write(queryClient);
  return (Object.keys(CACHED) as Name[]).filter((name) => queryClient.getQueryState(CACHED[name])?.isInvalidated).sort();
}

/** Everything derived from the actions' state. */
const DERIVED: Name[] = [
  'catalogue',
  'changes',
  'lateRecords',
  'forecast',
  'memberStates',
  'overview',
  'slidesLive',
  'reportLive',
  'scorecards',
  'tasks',
];
const sorted = (names: Name[]) => [...names].sort();

describe('what a write refreshes', () => {
  it("an action's update: its history and every figure derived from actions; its page takes the API's answer instead", async () => {
    expect(await refreshedBy((client) => invalidateActionWrite(client, '1.1', { except: 'page' }))).toEqual(sorted(['actionHistory', ...DERIVED]));
    expect(await refreshedBy((client) => invalidateActionWrite(client, '1.1'))).toEqual(sorted(['actionPage', 'actionHistory', ...DERIVED]));
  });

  it("a report: its action and the figures that count reports, not another action's page", async () => {
    expect(await refreshedBy((client) => invalidateReportWrite(client, '1.1'))).toEqual(sorted(['actionPage', 'actionHistory', ...DERIVED]));
  });

  it("a round or an import: every action's page and the figures", async () => {
    const all = sorted(['actionPage', 'actionHistory', 'otherActionPage', ...DERIVED]);
    expect(await refreshedBy(invalidateRoundWrite)).toEqual(all);
    expect(await refreshedBy(invalidateImport)).toEqual(all);
  });

  it("a person: the people lists, the national contacts and that person's account only", async () => {
    expect(await refreshedBy((client) => invalidatePersonWrite(client, 'p1'))).toEqual(sorted(['people', 'contacts', 'account']));
  });

  it('a frozen snapshot: the list of snapshots and what the conference pages open on', async () => {
    expect(await refreshedBy(invalidateSnapshotFrozen)).toEqual(sorted(['snapshots', 'conferenceDefault']));
  });

  it('no write refreshes the shell, a frozen snapshot or the strategy’s adoption', async () => {
    const writes = [
      (client: QueryClient) => invalidateActionWrite(client, '1.1'),
      (client: QueryClient) => invalidateReportWrite(client, '1.1'),
      invalidateRoundWrite,
      invalidateImport,
      (client: QueryClient) => invalidatePersonWrite(client, 'p1'),
      invalidateSnapshotFrozen,
    ];
    for (const write of writes) {
      const refreshed = await refreshedBy(write);
      expect(refreshed).not.toContain('shell');
      expect(refreshed).not.toContain('reportSnapshot');
      expect(refreshed).not.toContain('slidesSnapshot');
      expect(refreshed).not.toContain('adopted');
    }
  });
});
