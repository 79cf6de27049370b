import { describe, expect, it } from 'vitest';
import { EMAIL_WITHHELD, canSeeReportContent, personName, redactHistoryEvent, redactReport } from '../../functions/domain/report-visibility.js';
import type { ReportState } from '../../functions/domain/reporting.js';

const coordinator = { role: 'COORDINATOR' as const };
const germany = { role: 'MEMBER_STATE' as const, country: 'DE' };
const france = { role: 'MEMBER_STATE' as const, country: 'FR' };
const owner = { role: 'OWNER' as const };
const viewer = { role: 'VIEWER' as const };

const report = (state: 'SUBMITTED' | 'RETURNED' | 'ACCEPTED'): ReportState => ({
  actionId: '2.1-10',
  country: 'DE',
  roundId: 'r1',
  status: 'IN_PROGRESS',
  note: 'the note',
  evidenceUrls: ['https://example.org/evidence'],
  version: 2,
  reportedAt: '2013-10-02T09:00:00.000Z',
  reportedBy: 'anna@bsi.example',
  reportedById: 'u1',
  review: {
    state,
    ...(state === 'SUBMITTED' ? {} : { comment: 'the comment', reviewedAt: '2013-10-03T09:00:00.000Z', reviewedBy: 'Chris <chris@ec.example>' }),
  },
});

describe('canSeeReportContent', () => {
  it('before acceptance: coordinators and the country’s contacts; after: everyone', () => {
    for (const state of ['SUBMITTED', 'RETURNED'] as const) {
      expect([coordinator, germany, france, owner, viewer].map((who) => canSeeReportContent(who, report(state)))).toEqual([
        true,
        true,
        false,
        false,
        false,
      ]);
    }
    expect([coordinator, germany, france, owner, viewer].map((who) => canSeeReportContent(who, report('ACCEPTED')))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});

describe('redactReport', () => {
  it('nulls the note, the evidence and the comment, keeps status and review state, and says so', () => {
    expect(redactReport(report('RETURNED'), france)).toEqual({
      ...report('RETURNED'),
      note: undefined,
      evidenceUrls: null,
      reportedBy: EMAIL_WITHHELD,
      review: { state: 'RETURNED', reviewedAt: '2013-10-03T09:00:00.000Z', reviewedBy: `Chris <${EMAIL_WITHHELD}>` },
      contentWithheld: true,
    });
    expect(redactReport(report('RETURNED'), coordinator)).toEqual({ ...report('RETURNED'), contentWithheld: false });
    expect(redactReport(report('RETURNED'), germany)).toMatchObject({ note: 'the note', review: { comment: 'the comment' }, contentWithheld: false });
  });
});

describe('personName', () => {
  it('withholds every address from all but coordinators', () => {
    expect(personName('a@b.example and c.d@e.example', viewer)).toBe(`${EMAIL_WITHHELD} and ${EMAIL_WITHHELD}`);
    expect(personName('a@b.example', coordinator)).toBe('a@b.example');
    expect(personName('Anna Berg', viewer)).toBe('Anna Berg');
  });
});

describe('redactHistoryEvent', () => {
  const event = {
    type: 'REPORT_SUBMITTED',
    country: 'DE',
    actorName: 'anna@bsi.example',
    // A new round's submission over an accepted report: before is accepted content, after is not (yet).
    before: { note: 'accepted note', version: 4, review: { state: 'ACCEPTED', comment: 'well done', reviewedBy: 'chris@ec.example' } },
    after: { note: 'new draft', evidenceUrls: ['https://example.org/new'], version: 5, review: { state: 'SUBMITTED', comment: null } },
  };

  it('shows what was accepted, withholds what was not', () => {
    expect(redactHistoryEvent(event, viewer, { version: 5, review: { state: 'SUBMITTED' } })).toEqual({
      ...event,
      actorName: EMAIL_WITHHELD,
      before: { ...event.before, review: { ...event.before.review, reviewedBy: EMAIL_WITHHELD } },
      after: { note: null, evidenceUrls: null, version: 5, review: { state: 'SUBMITTED', comment: null } },
      contentWithheld: true,
    });
  });

  it('shows a submission once the report as it stands is that submission accepted, and not when it was superseded', () => {
    expect(redactHistoryEvent(event, viewer, { version: 6, review: { state: 'ACCEPTED' } })).toMatchObject({
      after: event.after,
      contentWithheld: false,
    });
    expect(redactHistoryEvent(event, viewer, { version: 6, review: { state: 'RETURNED' } })).toMatchObject({
      after: { note: null },
      contentWithheld: true,
    });
    expect(redactHistoryEvent(event, viewer, { version: 8, review: { state: 'ACCEPTED' } })).toMatchObject({
      after: { note: null },
      contentWithheld: true,
    });
  });

  it('shows a review’s comment when it accepted, withholds it when it returned', () => {
    const review = (state: string) => ({
      type: 'REPORT_REVIEWED',
      country: 'DE',
      actorName: 'Chris',
      before: { version: 1, review: { state: 'SUBMITTED' } },
      after: { version: 2, review: { state, comment: 'the comment' } },
      note: 'the comment',
    });
    expect(redactHistoryEvent(review('ACCEPTED'), owner)).toEqual({ ...review('ACCEPTED'), contentWithheld: false });
    expect(redactHistoryEvent(review('RETURNED'), owner)).toEqual({
      ...review('RETURNED'),
      after: { version: 2, review: { state: 'RETURNED', comment: null } },
      note: undefined,
      contentWithheld: true,
    });
    expect(redactHistoryEvent(review('RETURNED'), germany)).toEqual({ ...review('RETURNED'), contentWithheld: false });
  });

  it('leaves other events’ content alone, names aside', () => {
    const update = { type: 'ACTION_UPDATED', actorName: 'o@enisa.example', after: { note: 'n', deadlineRevisions: [{ revisedBy: 'x@ec.example' }] } };
    expect(redactHistoryEvent(update, viewer)).toEqual({
      ...update,
      actorName: EMAIL_WITHHELD,
      after: { note: 'n', deadlineRevisions: [{ revisedBy: EMAIL_WITHHELD }] },
      contentWithheld: false,
    });
  });
});
