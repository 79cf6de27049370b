import { describe, expect, it } from 'vitest';
import { catalogue, catalogueActions } from '../../functions/domain/strategy-catalogue.js';
import { localUsers } from '../../scripts/local/users.js';
import { planDemoYear, type DemoStep } from '../../scripts/demo/plan.js';

const actions = catalogueActions();
const plan = (seed?: number) => planDemoYear({ catalogue, actions, ...(seed === undefined ? {} : { seed }) });
const dayOf = (step: DemoStep) => step.at.slice(0, 10);
const subjectOf = ({ call }: DemoStep) =>
  call.kind === 'submitMemberStateReport'
    ? `${call.actionId}/${call.country}`
    : 'actionId' in call && call.kind !== 'reviewMemberStateReport'
      ? call.actionId
      : undefined;

describe('the demo year plan (issue 13)', () => {
  const steps = plan();

  it('is the same year for the same seed, and another year for another seed', () => {
    expect(plan()).toEqual(steps);
    expect(plan(7)).not.toEqual(steps);
  });

  it('is recorded in order between the adoption and the review conference, each call by a user local sign-in knows', () => {
    const users = new Set(localUsers(catalogue).map((user) => user.id));
    expect(steps.map((step) => step.at)).toEqual([...steps.map((step) => step.at)].sort());
    for (const step of steps) {
      expect(users.has(step.as), step.as).toBe(true);
      expect(dayOf(step) >= catalogue.strategy.adopted && dayOf(step) < catalogue.strategy.reviewDate, step.at).toBe(true);
    }
  });

  it('backdates some records, never into the future, before the adoption, or behind an earlier record of the same thing', () => {
    const backdated = steps.filter((step) => step.effectiveOn);
    expect(backdated.length).toBeGreaterThan(10);
    const latest = new Map<string, string>();
    for (const step of steps) {
      if (step.effectiveOn) {
        expect(step.effectiveOn < dayOf(step)).toBe(true);
        expect(step.effectiveOn >= catalogue.strategy.adopted).toBe(true);
      }
      const subject = subjectOf(step);
      if (!subject) continue;
      const effective = step.effectiveOn ?? dayOf(step);
      expect(effective >= (latest.get(subject) ?? ''), `${subject} at ${step.at}`).toBe(true);
      latest.set(subject, effective);
    }
  });

  it('holds what the issue asks of a year: updates by owners, completions, revisions with reasons, two rounds with returns, one snapshot last', () => {
    const kinds = (kind: DemoStep['call']['kind']) => steps.filter((step) => step.call.kind === kind);
    expect(kinds('updateAction').filter((step) => step.as.startsWith('owner-')).length).toBeGreaterThan(50);
    expect(kinds('updateAction').filter((step) => step.call.kind === 'updateAction' && step.call.status === 'COMPLETED').length).toBeGreaterThan(10);
    expect(kinds('updateAction').some((step) => step.call.kind === 'updateAction' && step.call.status === 'ONGOING')).toBe(true);
    const revisions = kinds('reviseDeadline');
    expect(revisions).toHaveLength(4);
    for (const step of revisions) expect(step.call.kind === 'reviseDeadline' && step.call.reason.length > 20).toBe(true);
    expect(kinds('openReportingRound')).toHaveLength(2);
    expect(kinds('closeReportingRound')).toHaveLength(2);
    const reviews = kinds('reviewMemberStateReport');
    expect(reviews.some((step) => step.call.kind === 'reviewMemberStateReport' && step.call.decision === 'RETURN')).toBe(true);
    expect(steps.at(-1)?.call.kind).toBe('freezeSnapshot');
  });

  it('submits reports only while their round is open, and reviews only what was submitted', () => {
    let open: { closes: string } | undefined;
    const submitted = new Set<string>();
    for (const step of steps) {
      const { call } = step;
      if (call.kind === 'openReportingRound') open = { closes: call.closes };
      if (call.kind === 'closeReportingRound') open = undefined;
      if (call.kind === 'submitMemberStateReport') {
        expect(open, step.at).toBeDefined();
        expect(dayOf(step) <= open!.closes).toBe(true);
        expect(step.as).toBe(`contact-${call.country.toLowerCase()}`);
        submitted.add(`${call.actionId}/${call.country}`);
      }
      if (call.kind === 'reviewMemberStateReport') expect(submitted.has(`${call.actionId}/${call.country}`)).toBe(true);
    }
  });
});
