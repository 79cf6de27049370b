import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { MISS_REASONS } from '../../functions/domain/dashboard.js';
import type * as Domain from '../../functions/domain/figures.js';
import { ACTION_STATUSES, CHANGE_KINDS, HEALTHS, HISTORY_EVENT_TYPES, ROLES } from '../../functions/domain/model.js';
import { REPORT_STATUSES, type ReviewState } from '../../functions/domain/reporting.js';
import type * as Api from '../../graphql/generated/resolvers.js';

/**
 * The domain owns its types (functions/domain/model.ts, figures.ts) and the API serves them as
 * they are: these checks keep the two the same, so a field or a value added to the schema and
 * not to the domain (or the other way round) fails here rather than as a null at run time.
 * The type checks run in `npm run typecheck`; the enum values are compared with the schema.
 */
const schema = buildSchema(readFileSync('graphql/schema.graphql', 'utf8'));
const enumValues = (name: string) => {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((value) => value.name);
};

/** The API's object type as the domain writes it: no __typename, nothing optional. */
type PlainOf<T> = T extends (infer Item)[]
  ? PlainOf<Item>[]
  : T extends object
    ? { [K in keyof T as K extends '__typename' ? never : K]-?: PlainOf<T[K]> }
    : T;

describe('the domain and the contract', () => {
  it.each([
    ['Role', ROLES],
    ['ActionStatus', ACTION_STATUSES],
    ['Health', HEALTHS],
    ['HistoryEventType', HISTORY_EVENT_TYPES],
    ['ChangeKind', CHANGE_KINDS],
    ['MissReason', MISS_REASONS],
    ['MemberStateReportStatus', REPORT_STATUSES],
  ] as const)('the domain names every value of the enum %s, in the schema’s order', (name, values) => {
    expect([...values]).toEqual(enumValues(name));
  });

  it('the review states are the schema’s', () => {
    expectTypeOf<ReviewState>().toEqualTypeOf<Api.ReviewState>();
    expect(enumValues('ReviewState').sort()).toEqual(['ACCEPTED', 'RETURNED', 'SUBMITTED']);
  });

  it('each figure the domain computes is the API type of the same name, field for field', () => {
    expectTypeOf<Domain.DashboardFigures>().toEqualTypeOf<PlainOf<Omit<Api.Dashboard, 'lateRecords' | 'knownAt'>>>();
    expectTypeOf<Domain.ChangeSummary>().toEqualTypeOf<PlainOf<Api.ChangeSummary>>();
    expectTypeOf<Domain.MyTasks>().toEqualTypeOf<PlainOf<Api.MyTasks>>();
    expectTypeOf<Domain.LikelyMiss>().toEqualTypeOf<PlainOf<Api.LikelyMiss>>();
    expectTypeOf<Domain.Coverage>().toEqualTypeOf<PlainOf<Api.Coverage>>();
    expectTypeOf<Domain.ChangeItem>().toEqualTypeOf<PlainOf<Api.ChangeItem>>();
    expectTypeOf<Domain.DashboardTotals>().toEqualTypeOf<PlainOf<Api.DashboardTotals>>();
  });
});
