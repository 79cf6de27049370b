import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRefs } from '../../functions/domain/action-query.js';
import {
  buildDashboard,
  coverageOf,
  coverageRound,
  type ActionState,
  type DashboardInput,
  type ReportState,
  type RoundState,
} from '../../functions/domain/dashboard.js';
import { ACTION_STATUSES, HEALTHS } from '../../functions/domain/model.js';
import { REPORT_STATUSES } from '../../functions/domain/reporting.js';
import * as reference from './dashboard-reference.js';

/*
 * The dashboard's figures are computed in a few linear passes (functions/domain/dashboard.ts);
 * the rule they implement is written plainly, as filters and sorts, in the frozen reference
 * (./dashboard-reference.ts). On random states the two must agree exactly, lists in the same
 * order included: ties in deadlines, references that the numeric collation finds equal
 * ("2.1-2" and "2.1-02"), actions out of strategy order, duplicate owners, unknown owners and
 * sections, actor names shared by two actors, completions in another time zone's month.
 */

const dayMs = 86_400_000;
const START = Date.UTC(2012, 10, 1);
/** Days near each other, so that deadlines tie, fall in the upcoming window and on its edges. */
const day = fc.integer({ min: 0, max: 5 * 365 }).map((offset) => new Date(START + offset * dayMs).toISOString().slice(0, 10));
/** Few distinct days, so that many actions share a deadline (the lists' ties). */
const sharedDay = fc.integer({ min: 0, max: 20 }).map((quarter) => new Date(START + quarter * 91 * dayMs).toISOString().slice(0, 10));
const deadline = fc.oneof(sharedDay, day);
const time = fc
  .tuple(day, fc.integer({ min: 0, max: 23 }), fc.constantFrom('Z', '+02:00', '-05:00'))
  .map(([date, hour, zone]) => `${date}T${String(hour).padStart(2, '0')}:30:00${zone}`);
// Section ids that are priorities, one that is not (the follow-up) and one no priority lists.
const section = fc.constantFrom('2.1', '2.2', '2.3', '4', '9.9');
const ref = fc
  .tuple(section, fc.integer({ min: 1, max: 40 }), fc.boolean())
  .map(([id, number, padded]) => `${id}-${padded ? String(number).padStart(2, '0') : number}`);
const owner = fc.constantFrom('COMMISSION', 'ENISA', 'EEAS', 'MEMBER_STATES', 'UNKNOWN_BODY', 'ZZ');
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const action = fc
  .record({
    ref,
    owners: fc.array(owner, { minLength: 1, maxLength: 3 }),
    memberStateReporting: fc.boolean(),
    recurring: fc.boolean(),
    baselineDeadline: deadline,
    deadline,
    status: fc.constantFrom(...ACTION_STATUSES),
    progress: fc.oneof(fc.constant(0), fc.constant(100), fc.integer({ min: 0, max: 100 })),
    forecastDate: optional(day),
    declaredHealth: optional(fc.constantFrom(...HEALTHS)),
    lastConfirmedAt: optional(time),
    completedAt: optional(time),
  })
  .map(({ forecastDate, declaredHealth, lastConfirmedAt, completedAt, ...fields }) => ({
    ...fields,
    ...(forecastDate ? { forecastDate } : {}),
    ...(declaredHealth ? { declaredHealth } : {}),
    ...(lastConfirmedAt ? { lastConfirmedAt } : {}),
    ...(completedAt ? { completedAt } : {}),
  }));

const countries = ['DE', 'FR', 'IT', 'PL'];
const round = fc
  .record({
    id: fc.constantFrom('r1', 'r2', 'r3'),
    name: fc.constantFrom('First', 'Second'),
    opens: time,
    closes: day,
    open: fc.boolean(),
    closedAt: optional(time),
  })
  .map(({ closedAt, ...fields }): RoundState => ({ ...fields, ...(closedAt ? { closedAt } : {}) }));

const state = fc
  .record({
    actions: fc.array(action, { maxLength: 60 }),
    /** Whether the actions come in strategy order, as the store sorts them. */
    sorted: fc.boolean(),
    rounds: fc.array(round, { maxLength: 3 }),
    reportSeeds: fc.array(
      fc.record({
        action: fc.nat(),
        country: fc.constantFrom(...countries, 'XX'),
        roundId: fc.constantFrom('r1', 'r2', 'r3'),
        status: fc.constantFrom(...REPORT_STATUSES),
        review: fc.constantFrom('SUBMITTED', 'ACCEPTED', 'RETURNED'),
        reportedAt: time,
      }),
      { maxLength: 80 },
    ),
    adopted: day,
    reviewDate: day,
    asOf: fc.oneof(sharedDay, day),
    upcomingDays: optional(fc.integer({ min: 0, max: 200 })),
    progressLagPoints: fc.integer({ min: 0, max: 60 }),
    staleAfterDays: fc.integer({ min: 0, max: 200 }),
  })
  .map(({ actions, sorted, rounds, reportSeeds, adopted, reviewDate, asOf, upcomingDays, progressLagPoints, staleAfterDays }): DashboardInput => {
    const withIds: ActionState[] = actions.map((fields, index) => ({
      id: `a${index}`,
      section: fields.ref.split('-')[0] ?? '',
      text: `Action ${index}`,
      ...fields,
    }));
    if (sorted) withIds.sort((a, b) => compareRefs(a.ref, b.ref));
    const reports: ReportState[] = reportSeeds.map(({ action: index, ...report }) => ({
      ...report,
      // Mostly this catalogue's actions; now and then one it does not have.
      actionId: withIds.length === 0 || index % 7 === 6 ? 'gone' : `a${index % withIds.length}`,
    }));
    return {
      strategy: {
        adopted,
        reviewDate,
        priorities: [
          { id: '2.1', title: 'Cyber resilience' },
          { id: '2.2', title: 'Cybercrime' },
          { id: '2.3', title: 'Defence' },
        ],
        // Two actors with one name; UNKNOWN_BODY and ZZ are not actors.
        actors: [
          { id: 'COMMISSION', name: 'European Commission' },
          { id: 'ENISA', name: 'ENISA' },
          { id: 'EEAS', name: 'ENISA' },
          { id: 'MEMBER_STATES', name: 'Member States' },
        ],
        memberStates: countries.map((code) => ({ code, name: `Country ${code}` })),
      },
      actions: withIds,
      reports,
      rounds,
      asOf,
      config: { progressLagPoints, staleAfterDays },
      ...(upcomingDays === undefined ? {} : { upcomingDays }),
    };
  });

describe('the single-pass dashboard', () => {
  it('gives exactly the figures of the plain filters and sorts, lists in the same order', () => {
    fc.assert(
      fc.property(state, (input) => {
        const figures = buildDashboard(input);
        expect(figures).toStrictEqual(reference.buildDashboard(input));
        // Same key order too: the figures are stored as JSON in snapshots.
        expect(JSON.stringify(figures)).toBe(JSON.stringify(reference.buildDashboard(input)));
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same coverage when called on its own, for any round', () => {
    fc.assert(
      fc.property(state, fc.nat(), (input, pick) => {
        const round = [...input.rounds, coverageRound(input.rounds)][pick % (input.rounds.length + 1)];
        const { actions, reports, strategy } = input;
        expect(coverageOf(round, actions, reports, strategy.memberStates)).toStrictEqual(
          reference.coverageOf(round, actions, reports, strategy.memberStates),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('does not change its input', () => {
    fc.assert(
      fc.property(state, (input) => {
        const before = structuredClone(input);
        buildDashboard(input);
        expect(input).toStrictEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});
