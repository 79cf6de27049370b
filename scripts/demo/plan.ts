/**
 * The demo year (issue 13, `npm start -- --demo`): a synthetic but plausible year of use of the
 * strategy, from its adoption to the review conference, as a list of API calls in the order
 * they were recorded. Pure and deterministic: the same seed gives the same year. The recorder
 * (record.ts) plays it through the real API with the server's clock set to each call's time.
 *
 * What a year holds: owners start, progress and complete their actions (some on time, some
 * late, a few never started), often recording the change weeks after it happened (effectiveOn
 * before recordedAt); continuing actions run as ONGOING; the coordinator revises four deadlines
 * with reasons; two reporting rounds, in June and November, with reports from most countries,
 * a few returned with a comment and resubmitted, then accepted; the conference's snapshot.
 */
import type { ActionStatus } from '../../functions/domain/model.js';
import type { ScheduledAction } from '../../functions/domain/strategy-catalogue.js';
import type { Catalogue } from '../../functions/domain/catalogue.js';
import { addDays, DAY_MS, daysBetween, toDay, utcMidnight } from '../../functions/domain/dates.js';
import { seededRandom } from '../bench/stats.js';

export const DEMO_LABEL = 'Demonstration data, not the real record';
export const DEMO_SEED = 2013;

export interface DemoUpdate {
  kind: 'updateAction';
  actionId: string;
  status: ActionStatus;
  progress: number;
  note: string;
  evidenceUrls?: string[];
  forecastDate?: string;
  declaredHealth?: 'ON_TRACK' | 'AT_RISK';
}
export interface DemoRevision {
  kind: 'reviseDeadline';
  actionId: string;
  date: string;
  reason: string;
}
export interface DemoOpenRound {
  kind: 'openReportingRound';
  name: string;
  closes: string;
}
export interface DemoCloseRound {
  kind: 'closeReportingRound';
  name: string;
}
export interface DemoReport {
  kind: 'submitMemberStateReport';
  actionId: string;
  country: string;
  status: 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'NOT_STARTED';
  note: string;
}
export interface DemoReview {
  kind: 'reviewMemberStateReport';
  actionId: string;
  country: string;
  decision: 'ACCEPT' | 'RETURN';
  comment?: string;
}
export interface DemoSnapshot {
  kind: 'freezeSnapshot';
  name: string;
  asOf: string;
}

export type DemoCall = DemoUpdate | DemoRevision | DemoOpenRound | DemoCloseRound | DemoReport | DemoReview | DemoSnapshot;

export interface DemoStep {
  /** When the call is recorded: the server's clock during the call (ISO date-time, UTC). */
  at: string;
  /** The local user who makes the call (scripts/local/users.ts). */
  as: string;
  /** The day the change happened, when the call records one (absent: the day it is recorded). */
  effectiveOn?: string;
  call: DemoCall;
}

/** Monday to Friday: people record on working days. */
function workingDay(iso: string): string {
  let ms = utcMidnight(iso);
  while ([0, 6].includes(new Date(ms).getUTCDay())) ms += DAY_MS;
  return toDay(ms);
}

const slug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Who updates an action: its first owner that is an owning body with a login, else the coordinator. */
function updaterOf(action: ScheduledAction, owningBodies: ReadonlySet<string>): string {
  const owner = action.owners.find((id) => owningBodies.has(id));
  return owner ? `owner-${slug(owner)}` : 'coordinator';
}

const NOTES: Record<'start' | 'progress' | 'complete' | 'ongoing' | 'late', readonly string[]> = {
  start: ['Work started: team and plan in place.', 'Terms of reference agreed; first meeting held.', 'Scoping study launched.'],
  progress: [
    'Draft circulated to the member states for comment.',
    'Consultation closed; responses being analysed.',
    'First deliverable published; second in preparation.',
    'Pilot running in three member states.',
  ],
  complete: ['Delivered and published.', 'Adopted; the final text is online.', 'Completed as planned; report published.'],
  ongoing: ['Running as planned; the next cycle is scheduled.', 'Activities continue as in previous years.'],
  late: ['Delayed by the consultation; a revised plan is agreed.', 'Waiting for the legislative procedure.'],
};

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A time of day on a working day, 08:00 to 17:59 UTC. */
function timeOn(day: string, random: () => number): string {
  const minutes = 8 * 60 + Math.floor(random() * 600);
  return `${workingDay(day)}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.000Z`;
}

export interface DemoPlanInput {
  catalogue: Pick<Catalogue, 'strategy' | 'actors' | 'memberStates'>;
  actions: readonly ScheduledAction[];
  seed?: number;
}

export function planDemoYear({ catalogue, actions, seed = DEMO_SEED }: DemoPlanInput): DemoStep[] {
  const random = seededRandom(seed);
  const adopted = catalogue.strategy.adopted;
  const review = catalogue.strategy.reviewDate;
  // Recorded before the conference opens on the review date.
  const lastDay = addDays(review, -1);
  const owningBodies = new Set(catalogue.actors.filter((actor) => actor.owningBody).map((actor) => actor.id));
  const steps: DemoStep[] = [];
  // Each action's (or report's) calls are recorded in the order they happen: a late record is
  // never overtaken by the record of a later change to the same thing.
  const lastRecorded = new Map<string, string>();
  const inOrder = (chain: string, at: string): string => {
    const previous = lastRecorded.get(chain);
    const next = previous && at <= previous ? new Date(Date.parse(previous) + 3_600_000).toISOString() : at;
    lastRecorded.set(chain, next);
    return next;
  };
  const record = (effectiveOn: string, as: string, call: DemoCall, lateBy = 0) => {
    const recordedDay = addDays(effectiveOn, lateBy) > lastDay ? lastDay : addDays(effectiveOn, lateBy);
    const at = inOrder('actionId' in call ? call.actionId : call.kind, timeOn(recordedDay, random));
    // A late record keeps the day it happened; an on-time one is recorded that day.
    steps.push({ at, as, ...(at.slice(0, 10) !== effectiveOn ? { effectiveOn } : {}), call });
  };
  const lateness = () => (random() < 0.3 ? 5 + Math.floor(random() * 35) : 0);

  // Owners' work: each action a trajectory from adoption to the review.
  for (const action of actions.filter((a) => !a.memberStateReporting)) {
    const as = updaterOf(action, owningBodies);
    const fate = random();
    if (fate < 0.12) continue; // never started: the review should see some of these
    let day = addDays(adopted, 14 + Math.floor(random() * 110));
    if (day > lastDay) continue;
    const deadline = action.deadline;
    record(day, as, { kind: 'updateAction', actionId: action.ref, status: 'IN_PROGRESS', progress: 10, note: pick(random, NOTES.start) }, lateness());
    if (action.recurring) {
      day = addDays(day, 40 + Math.floor(random() * 60));
      if (day <= lastDay) {
        record(
          day,
          as,
          { kind: 'updateAction', actionId: action.ref, status: 'ONGOING', progress: 50, note: pick(random, NOTES.ongoing) },
          lateness(),
        );
      }
      continue;
    }
    // Completes: on time (most), late, or not by the review.
    const finishes = fate < 0.55 ? 'onTime' : fate < 0.75 ? 'late' : 'open';
    let progress = 10;
    for (let step = 0; step < 3; step += 1) {
      day = addDays(day, 30 + Math.floor(random() * 45));
      if (day > lastDay) break;
      progress = Math.min(90, progress + 15 + Math.floor(random() * 20));
      const atRisk = finishes !== 'onTime' && step === 1;
      record(
        day,
        as,
        {
          kind: 'updateAction',
          actionId: action.ref,
          status: 'IN_PROGRESS',
          progress,
          note: atRisk ? pick(random, NOTES.late) : pick(random, NOTES.progress),
          ...(atRisk ? { declaredHealth: 'AT_RISK' as const, forecastDate: addDays(deadline, 60) } : {}),
        },
        lateness(),
      );
    }
    if (finishes === 'open') continue;
    const completedOn =
      finishes === 'onTime'
        ? deadline > day
          ? addDays(day, Math.floor(daysBetween(day, deadline) / 2))
          : day
        : addDays(deadline, 10 + Math.floor(random() * 40));
    const done = completedOn < addDays(day, 1) ? addDays(day, 7) : completedOn;
    if (done > lastDay) continue;
    record(
      done,
      as,
      {
        kind: 'updateAction',
        actionId: action.ref,
        status: 'COMPLETED',
        progress: 100,
        note: pick(random, NOTES.complete),
        evidenceUrls: [`https://example.org/demo/${slug(action.ref)}`],
      },
      // Completions are the records most often made late: the case effective dates are for.
      random() < 0.5 ? 10 + Math.floor(random() * 25) : 0,
    );
  }

  // Four deadline revisions, with reasons, agreed by the coordinator in the spring and autumn.
  const revisable = actions.filter((a) => !a.memberStateReporting && !a.recurring && a.deadline > addDays(adopted, 200));
  const reasons = [
    'The legislative procedure runs longer than planned; the Council working party meets again in the autumn.',
    'The study was re-tendered after the first call received no valid offer.',
    'Aligned with the adoption of the related directive.',
    'Member states asked for a longer consultation.',
  ];
  for (const [index, action] of revisable
    .filter((_, i) => i % 5 === 2)
    .slice(0, 4)
    .entries()) {
    const day = addDays(adopted, 120 + index * 50);
    record(day, 'coordinator', {
      kind: 'reviseDeadline',
      actionId: action.ref,
      date: addDays(action.deadline, 90 + index * 30),
      reason: reasons[index] ?? reasons[0]!,
    });
  }

  // Two reporting rounds, each: open, reports from most countries on the member-state actions,
  // review (a few returned and resubmitted), close.
  const reporting = actions.filter((a) => a.memberStateReporting);
  const countries = catalogue.memberStates.map((m) => m.code);
  const rounds = [
    { name: 'First reporting round, June 2013', opens: '2013-06-03', closes: '2013-06-28', share: 0.7 },
    { name: 'Second reporting round, November 2013', opens: '2013-11-04', closes: '2013-11-29', share: 0.9 },
  ];
  for (const [roundIndex, round] of rounds.entries()) {
    const roundSteps: DemoStep[] = [];

    roundSteps.push({
      at: `${round.opens}T08:00:00.000Z`,
      as: 'coordinator',
      call: { kind: 'openReportingRound', name: round.name, closes: round.closes },
    });
    for (const country of countries) {
      if (random() > round.share) continue;
      const contact = `contact-${country.toLowerCase()}`;
      for (const action of reporting) {
        const at = (day: string) => inOrder(`${action.ref}/${country}`, timeOn(day, random));
        if (random() < 0.2) continue;
        const submitted = addDays(round.opens, 2 + Math.floor(random() * 14));
        const status = roundIndex === 0 ? (random() < 0.5 ? 'PLANNED' : 'IN_PROGRESS') : random() < 0.4 ? 'COMPLETED' : 'IN_PROGRESS';
        const note =
          status === 'COMPLETED'
            ? 'National measure adopted and in force.'
            : status === 'PLANNED'
              ? 'Planned in the national strategy.'
              : 'Implementation under way.';
        roundSteps.push({ at: at(submitted), as: contact, call: { kind: 'submitMemberStateReport', actionId: action.ref, country, status, note } });
        const returned = random() < 0.12;
        const reviewed = addDays(submitted, 3 + Math.floor(random() * 4));
        if (returned) {
          roundSteps.push({
            at: at(reviewed),
            as: 'coordinator',
            call: {
              kind: 'reviewMemberStateReport',
              actionId: action.ref,
              country,
              decision: 'RETURN',
              comment: 'Please add the reference of the national measure.',
            },
          });
          const resubmitted = addDays(reviewed, 2);
          roundSteps.push({
            at: at(resubmitted),
            as: contact,
            call: {
              kind: 'submitMemberStateReport',
              actionId: action.ref,
              country,
              status,
              note: `${note} Reference of the national measure added.`,
            },
          });
          roundSteps.push({
            at: at(addDays(resubmitted, 2)),
            as: 'coordinator',
            call: { kind: 'reviewMemberStateReport', actionId: action.ref, country, decision: 'ACCEPT' },
          });
        } else {
          roundSteps.push({
            at: at(reviewed),
            as: 'coordinator',
            call: { kind: 'reviewMemberStateReport', actionId: action.ref, country, decision: 'ACCEPT' },
          });
        }
      }
    }
    roundSteps.push({ at: `${addDays(round.closes, 7)}T16:00:00.000Z`, as: 'coordinator', call: { kind: 'closeReportingRound', name: round.name } });
    steps.push(...roundSteps);
  }

  // The conference's snapshot, frozen the day before the review conference.
  steps.push({
    at: `${lastDay}T17:30:00.000Z`,
    as: 'coordinator',
    call: { kind: 'freezeSnapshot', name: 'As presented to the review conference', asOf: lastDay },
  });

  // One order of recording; for one action (or one country's report), effective dates never go
  // back in time (issue 13's rule), which the sort by recording time alone could break.
  steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return keepEffectiveOrder(steps);
}

/**
 * A backdated record may not go behind one already recorded for the same action (or the same
 * country's report): it is moved forward to that day. That day is never after its own recording,
 * since the earlier record happened no later than it was recorded.
 */
function keepEffectiveOrder(steps: DemoStep[]): DemoStep[] {
  const latest = new Map<string, string>();
  return steps.map((step) => {
    const { call } = step;
    const subject = call.kind === 'submitMemberStateReport' ? `${call.actionId}/${call.country}` : 'actionId' in call ? call.actionId : undefined;
    if (!subject) return step;
    const recordedOn = step.at.slice(0, 10);
    const floor = latest.get(subject) ?? '';
    const effective = [step.effectiveOn ?? recordedOn, floor].sort().at(-1)!;
    latest.set(subject, effective);
    const { effectiveOn: _was, ...rest } = step;
    return effective === recordedOn ? rest : { ...rest, effectiveOn: effective };
  });
}
