import { describe, expect, it } from 'vitest';
import {
  buildSlides,
  changeWindow,
  changesSlide,
  coverageSlide,
  latestReportStates,
  notableChanges,
  prioritySlide,
  slideForKey,
  slideNumberOf,
  type ChangeInput,
  type ChangeSummaryInput,
  type DashboardInput,
} from './slides';

const priority = (id: string, total: number) => ({
  id,
  label: `Priority ${id}`,
  total,
  byStatus: [
    { status: 'NOT_STARTED' as const, count: total - 1 },
    { status: 'COMPLETED' as const, count: 1 },
  ],
  byHealth: [
    { health: 'ON_TRACK' as const, count: total - 1 },
    { health: 'DONE' as const, count: 1 },
  ],
});

const country = (code: string, name: string, expected: number, reported: number) => ({ country: code, name, expected, reported, accepted: 0 });

const dashboard: DashboardInput = {
  asOf: '2013-11-15',
  reviewDate: '2014-02-07',
  daysToReview: 84,
  totals: { actions: 49, completed: 3, percentCompleted: 6.1, overdue: 7, atRisk: 5 },
  byPriority: ['2.1', '2.2', '2.3', '2.4', '2.5'].map((id) => priority(id, 8)),
  coverage: {
    roundName: 'Autumn 2013',
    expected: 40,
    reported: 12,
    accepted: 4,
    percentReported: 30,
    byCountry: [country('AT', 'Austria', 10, 10), country('BE', 'Belgium', 10, 0), country('CY', 'Cyprus', 10, 2), country('DE', 'Germany', 10, 0)],
  },
};

const change = (overrides: Partial<ChangeInput> & Pick<ChangeInput, 'eventId' | 'kind' | 'at'>): ChangeInput => ({
  ref: '2.1-01',
  country: null,
  fromStatus: null,
  toStatus: null,
  fromProgress: null,
  toProgress: null,
  fromDeadline: null,
  toDeadline: null,
  reportStatus: null,
  reviewState: null,
  ...overrides,
});

const counts = {
  total: 3,
  statusChanges: 1,
  completions: 1,
  progressMoves: 2,
  otherUpdates: 0,
  deadlineRevisions: 0,
  reportsSubmitted: 0,
  reportsAccepted: 0,
  reportsReturned: 0,
  roundsOpened: 0,
  roundsClosed: 0,
  catalogueCorrections: 0,
};

describe('buildSlides', () => {
  it('makes a title, an overview, one slide per priority, coverage and what changed, in that order', () => {
    const slides = buildSlides({
      strategy: { reference: 'JOIN(2013) 1 final', title: 'Cybersecurity Strategy' },
      snapshotName: null,
      dashboard,
      changes: null,
    });
    expect(slides.map((slide) => slide.id)).toEqual([
      'title',
      'overview',
      'priority-2.1',
      'priority-2.2',
      'priority-2.3',
      'priority-2.4',
      'priority-2.5',
      'coverage',
      'changes',
    ]);
    expect(slides[0]).toMatchObject({ reference: 'JOIN(2013) 1 final', asOf: '2013-11-15', daysToReview: 84, snapshotName: null, review: 'before' });
    expect(slides[1]).toMatchObject({ asOf: '2013-11-15', actions: 49, completed: 3, percentCompleted: 6.1, overdue: 7, atRisk: 5 });
    expect(slides[8]).toMatchObject({ kind: 'changes', summary: null });
  });
});

describe('prioritySlide', () => {
  it('gives a bar per status present, in the product’s order, with its share of the priority', () => {
    const slide = prioritySlide({
      id: '2.3',
      label: 'Developing cyberdefence',
      total: 8,
      byStatus: [
        { status: 'NOT_STARTED', count: 3 },
        { status: 'IN_PROGRESS', count: 4 },
        { status: 'COMPLETED', count: 1 },
      ],
      byHealth: [
        { health: 'OVERDUE', count: 2 },
        { health: 'ON_TRACK', count: 5 },
        { health: 'DONE', count: 1 },
      ],
    });
    expect(slide.bars).toEqual([
      { status: 'COMPLETED', count: 1, percent: 12.5 },
      { status: 'IN_PROGRESS', count: 4, percent: 50 },
      { status: 'NOT_STARTED', count: 3, percent: 37.5 },
    ]);
    expect(slide.health.map(({ health, count }) => [health, count])).toEqual([
      ['DONE', 1],
      ['ON_TRACK', 5],
      ['OVERDUE', 2],
    ]);
    expect(slide).toMatchObject({ priority: '2.3', completed: 1, percentCompleted: 12.5, total: 8 });
  });

  it('has no bars and 0% for a priority without actions', () => {
    const slide = prioritySlide({ id: '2.5', label: 'Empty', total: 0, byStatus: [], byHealth: [] });
    expect(slide.bars).toEqual([]);
    expect(slide.percentCompleted).toBe(0);
  });
});

describe('coverageSlide', () => {
  it('counts the countries that reported and names the lowest and the highest, without naming one twice', () => {
    const slide = coverageSlide(dashboard.coverage);
    expect(slide).toMatchObject({ percentReported: 30, countriesReported: 2, countriesExpected: 4, silent: 2, roundName: 'Autumn 2013' });
    // Belgium and Germany tie at 0%: by name. Only Austria is left for the highest.
    expect(slide.lowest.map((share) => share.country)).toEqual(['BE', 'DE', 'CY']);
    expect(slide.highest.map((share) => [share.country, share.percent])).toEqual([['AT', 100]]);
  });

  it('leaves out countries not expected to report', () => {
    const slide = coverageSlide({ ...dashboard.coverage, byCountry: [country('AT', 'Austria', 0, 0), country('BE', 'Belgium', 4, 1)] });
    expect(slide.countriesExpected).toBe(1);
    expect(slide.lowest.map((share) => share.country)).toEqual(['BE']);
    expect(slide.highest).toEqual([]);
  });

  it('names no lowest when more countries than it would name have sent nothing, and never calls a silent country one of the highest', () => {
    const many = ['AT', 'BE', 'CY', 'DE', 'EE'].map((code) => country(code, code, 10, 0));
    const slide = coverageSlide({ ...dashboard.coverage, byCountry: [...many, country('FI', 'Finland', 10, 3)] });
    expect(slide.silent).toBe(5);
    expect(slide.lowest).toEqual([]);
    expect(slide.highest.map((share) => share.country)).toEqual(['FI']);
  });

  it('takes the three highest from many countries, most reported first', () => {
    const many = ['AT', 'BE', 'CY', 'DE', 'EE', 'FI', 'GR'].map((code, index) => country(code, code, 10, index));
    const slide = coverageSlide({ ...dashboard.coverage, byCountry: many });
    expect(slide.lowest.map((share) => share.country)).toEqual(['AT', 'BE', 'CY']);
    expect(slide.highest.map((share) => share.country)).toEqual(['GR', 'FI', 'EE']);
  });
});

describe('what changed', () => {
  it('covers the 30 days up to the figures’ date, and asks the API for the day after as its end', () => {
    expect(changeWindow('2013-11-15')).toEqual({ from: '2013-10-17', lastDay: '2013-11-15', to: '2013-11-16' });
    expect(changeWindow('2014-03-01')).toEqual({ from: '2014-01-31', lastDay: '2014-03-01', to: '2014-03-02' });
  });

  it('lists only the kinds of change that happened, in a fixed order', () => {
    const summary: ChangeSummaryInput = { totalCount: 3, complete: true, counts, changes: [] };
    const slide = changesSlide('2013-11-15', summary);
    expect(slide.summary?.counts).toEqual([
      { kind: 'completions', count: 1 },
      { kind: 'progressMoves', count: 2 },
    ]);
    expect(slide.summary?.total).toBe(3);
    expect(slide).toMatchObject({ from: '2013-10-17', lastDay: '2013-11-15' });
  });

  it('counts a completion once, apart from the other status changes', () => {
    const summary: ChangeSummaryInput = {
      totalCount: 5,
      complete: false,
      counts: { ...counts, statusChanges: 4, completions: 1, progressMoves: 0 },
      changes: [],
    };
    expect(changesSlide('2013-11-15', summary).summary).toMatchObject({
      complete: false,
      counts: [
        { kind: 'completions', count: 1 },
        { kind: 'otherStatusChanges', count: 3 },
      ],
    });
  });

  it('tells completions first, then deadline moves, status changes, and the larger progress move before the smaller', () => {
    const changes = [
      change({ eventId: 'small-move', kind: 'PROGRESS_MOVED', at: '2013-11-10T09:00:00Z', fromProgress: 10, toProgress: 20 }),
      change({ eventId: 'report', kind: 'REPORT_SUBMITTED', at: '2013-11-14T09:00:00Z', country: 'DE', reportStatus: 'PLANNED' }),
      change({ eventId: 'big-move', kind: 'PROGRESS_MOVED', at: '2013-11-01T09:00:00Z', fromProgress: 0, toProgress: 60 }),
      change({ eventId: 'started', kind: 'STATUS_CHANGED', at: '2013-11-12T09:00:00Z', fromStatus: 'NOT_STARTED', toStatus: 'IN_PROGRESS' }),
      change({ eventId: 'deadline', kind: 'DEADLINE_REVISED', at: '2013-11-02T09:00:00Z', fromDeadline: '2013-12-31', toDeadline: '2014-06-30' }),
      change({ eventId: 'done-old', kind: 'STATUS_CHANGED', at: '2013-10-20T09:00:00Z', toStatus: 'COMPLETED' }),
      change({ eventId: 'done-new', kind: 'STATUS_CHANGED', at: '2013-11-13T09:00:00Z', toStatus: 'COMPLETED' }),
    ];
    expect(notableChanges(changes, 7).map((item) => [item.eventId, item.kind])).toEqual([
      ['done-new', 'completed'],
      ['done-old', 'completed'],
      ['deadline', 'deadline'],
      ['started', 'status'],
      ['big-move', 'progress'],
      ['small-move', 'progress'],
      ['report', 'reportSubmitted'],
    ]);
    expect(notableChanges(changes)).toHaveLength(4);
  });

  it('tells a returned report apart from an accepted one', () => {
    // Two countries' reports: one country's report is told once, in its latest state (below).
    const reviewed = (eventId: string, country: string, reviewState: 'ACCEPTED' | 'RETURNED') =>
      change({ eventId, kind: 'REPORT_REVIEWED', at: '2013-11-01T00:00:00Z', country, reviewState });
    expect(notableChanges([reviewed('a', 'FR', 'ACCEPTED'), reviewed('r', 'DE', 'RETURNED')]).map((item) => item.kind)).toEqual([
      'reportReturned',
      'reportAccepted',
    ]);
  });
});

describe('moving between slides', () => {
  it('reads ?slide= as a slide number, falling back to the first and keeping within the deck', () => {
    expect(slideNumberOf('3', 9)).toBe(3);
    expect(slideNumberOf(null, 9)).toBe(1);
    expect(slideNumberOf('abc', 9)).toBe(1);
    expect(slideNumberOf('-2', 9)).toBe(1);
    expect(slideNumberOf('0', 9)).toBe(1);
    expect(slideNumberOf('42', 9)).toBe(9);
  });

  it('follows the presenter’s keys and stops at either end', () => {
    expect(slideForKey('ArrowRight', 3, 9)).toBe(4);
    expect(slideForKey('PageDown', 3, 9)).toBe(4);
    expect(slideForKey(' ', 9, 9)).toBe(9);
    expect(slideForKey('ArrowLeft', 3, 9)).toBe(2);
    expect(slideForKey('PageUp', 1, 9)).toBe(1);
    expect(slideForKey('Home', 5, 9)).toBe(1);
    expect(slideForKey('End', 5, 9)).toBe(9);
    expect(slideForKey('a', 5, 9)).toBeNull();
    expect(slideForKey('Escape', 5, 9)).toBeNull();
  });
});

describe('the title slide and the review date', () => {
  const title = (asOf: string, daysToReview: number) =>
    buildSlides({
      strategy: { reference: 'JOIN(2013) 1', title: 'Strategy' },
      snapshotName: null,
      dashboard: { ...dashboard, asOf, daysToReview },
      changes: null,
    })[0]!;

  it('counts days only before the review; on it and after it, says where the figures stand', () => {
    expect(title('2013-11-15', 84)).toMatchObject({ review: 'before' });
    expect(title('2014-02-07', 0)).toMatchObject({ review: 'on' });
    // Not "4,685 days since the review conference": the slide says the conference took place.
    expect(title('2026-12-06', -4685)).toMatchObject({ review: 'after' });
  });
});

describe('a member-state report in what changed', () => {
  const returned = change({
    eventId: 'r1',
    kind: 'REPORT_REVIEWED',
    at: '2014-01-20T09:00:00Z',
    ref: '2.1-11',
    country: 'DE',
    reviewState: 'RETURNED',
  });
  const resubmitted = change({
    eventId: 'r2',
    kind: 'REPORT_SUBMITTED',
    at: '2014-01-25T09:00:00Z',
    ref: '2.1-11',
    country: 'DE',
    reportStatus: 'IN_PROGRESS',
  });
  const accepted = change({
    eventId: 'r3',
    kind: 'REPORT_REVIEWED',
    at: '2014-01-28T09:00:00Z',
    ref: '2.1-11',
    country: 'DE',
    reviewState: 'ACCEPTED',
  });
  const otherCountry = change({
    eventId: 'r4',
    kind: 'REPORT_REVIEWED',
    at: '2014-01-21T09:00:00Z',
    ref: '2.1-11',
    country: 'FR',
    reviewState: 'RETURNED',
  });

  it('is told in its latest state in the period: a report returned and accepted later is not shown as returned', () => {
    const told = notableChanges([returned, resubmitted, accepted]);
    expect(told.map((item) => [item.eventId, item.kind])).toEqual([['r3', 'reportAccepted']]);
  });

  it('keeps each report apart, and every change that is not a report', () => {
    const status = change({ eventId: 's1', kind: 'STATUS_CHANGED', at: '2014-01-22T09:00:00Z', fromStatus: 'NOT_STARTED', toStatus: 'IN_PROGRESS' });
    expect(latestReportStates([returned, otherCountry, status, resubmitted, accepted]).map((item) => item.eventId)).toEqual(['r4', 's1', 'r3']);
  });

  it('still says returned when the return is the latest word', () => {
    expect(notableChanges([resubmitted, { ...returned, at: '2014-01-30T09:00:00Z' }]).map((item) => item.kind)).toEqual(['reportReturned']);
  });
});
