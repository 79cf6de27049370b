import { describe, expect, it } from 'vitest';
import { planActionUpdate, planDeadlineRevision } from '../../functions/domain/action-update.js';
import { MAX_BURN_UP_MONTHS, monthsFrom, poissonQuantile } from '../../functions/domain/dashboard.js';
import { planReportReview, planRoundOpening } from '../../functions/domain/reporting.js';
import {
  DATE_RANGES,
  LIMITS,
  dateProblem,
  evidenceProblems,
  keyProblem,
  linkProblem,
  normalizeLineBreaks,
  textProblem,
} from '../../functions/domain/validation.js';
import { isCalendarDate } from '../../functions/domain/dates.js';
import { exportParameters, exportRangeProblem } from '../../functions/export/request.js';

const basis = { adopted: '2013-02-07', today: '2014-02-07' };

describe('date ranges', () => {
  it('keeps asOf between the adoption and today, and names both in the message', () => {
    const range = DATE_RANGES.asOf(basis);
    expect(dateProblem('asOf', '2013-02-07', range)).toBeNull();
    expect(dateProblem('asOf', '2014-02-07', range)).toBeNull();
    expect(dateProblem('asOf', '9999-12-31', range)).toBe(
      'asOf 9999-12-31 is in the future: the earliest allowed is 2013-02-07 (the adoption), the latest 2014-02-07 (today, UTC).',
    );
    expect(dateProblem('asOf', '2013-02-06', range)).toBe(
      'asOf 2013-02-06 is before the strategy was adopted: the earliest allowed is 2013-02-07 (the adoption), the latest 2014-02-07 (today, UTC).',
    );
  });

  it('lets a period reach a year before the adoption and two days after today', () => {
    const range = DATE_RANGES.period(basis);
    expect(range).toMatchObject({ earliest: '2012-02-07', latest: '2014-02-09' });
    expect(dateProblem('from', '2012-02-07', range)).toBeNull();
    expect(dateProblem('to', '2014-02-09', range)).toBeNull();
    expect(dateProblem('from', '2012-02-06', range)).toMatch(
      /is more than a year before the strategy was adopted: the earliest allowed is 2012-02-07/,
    );
    expect(dateProblem('to', '2014-02-10', range)).toMatch(/is too far in the future: .* the latest 2014-02-09/);
    expect(DATE_RANGES.period({ adopted: '2012-02-29', today: '2014-12-31' })).toMatchObject({ earliest: '2011-02-28', latest: '2015-01-02' });
  });

  it('keeps planning dates from the adoption to the end of the following century', () => {
    const range = DATE_RANGES.planning(basis);
    expect(range).toMatchObject({ earliest: '2013-02-07', latest: '2113-12-31' });
    expect(dateProblem('The deadline', '2099-12-31', range)).toBeNull();
    expect(dateProblem('The deadline', '9999-12-31', range)).toMatch(/the earliest allowed is 2013-02-07 \(the adoption\), the latest 2113-12-31/);
  });

  it('reads only strings as dates: an array or a number is not one', () => {
    expect(isCalendarDate(['2014-02-07'])).toBe(false);
    expect(isCalendarDate(20140207)).toBe(false);
    expect(dateProblem('asOf', ['2014-02-07'], DATE_RANGES.asOf(basis))).toBe('asOf "2014-02-07" is not a date (YYYY-MM-DD).');
    expect(dateProblem('asOf', '10000-01-01', undefined)).toMatch(/is not a date/);
  });
});

describe('loops over months', () => {
  it('counts months as numbers across a year with five digits, and never past its bound', () => {
    expect(monthsFrom('2013-11', '2014-02')).toEqual(['2013-11', '2013-12', '2014-01', '2014-02']);
    // As strings, "10000-01" sorts before "9999-12": the old loop ran on to year 99,989.
    expect(monthsFrom('9999-11', '9999-12')).toEqual(['9999-11', '9999-12']);
    const century = monthsFrom('2013-02', '9999-12');
    expect(century).toHaveLength(MAX_BURN_UP_MONTHS);
    expect(century.at(-1)).toBe('2113-01');
  });

  it('stops the Poisson quantile within a dozen standard deviations, whatever the mean', () => {
    expect(poissonQuantile(0.9, 4)).toBe(7);
    expect(poissonQuantile(1, 10)).toBeLessThanOrEqual(Math.ceil(10 + 12 * Math.sqrt(10) + 50));
  });
});

describe('free text', () => {
  it.each([
    ['a right-to-left override', 'Done \u202Etxt.exe'],
    ['a left-to-right embedding', 'Done \u202Aok'],
    ['a first-strong isolate', 'Done \u2068ok\u2069'],
    ['a bell', 'Done\u0007'],
    ['a NUL', 'Done\u0000'],
    ['a C1 control', 'Done\u0085'],
    ['a line separator', 'Done\u2028next'],
    ['a lone surrogate', 'Done \uD800'],
    ['a carriage return left unnormalised', 'Done\rnext'],
  ])('refuses %s', (_case, value) => {
    expect(textProblem('The note', value, LIMITS.noteLength)).toMatch(
      /^The note contains U\+[0-9A-F]{4}, a control, line-break or direction-changing character/,
    );
  });

  it('keeps line feeds and tabs in multi-line text, direction marks anywhere, and emoji', () => {
    expect(textProblem('The note', 'First line\n\tsecond line \u200F\u200E 🇪🇺', LIMITS.noteLength)).toBeNull();
  });

  it('refuses line breaks and tabs in a one-line name', () => {
    expect(textProblem('The round name', 'Spring\nround', 200, true, { multiline: false })).toMatch(/contains U\+000A/);
    expect(textProblem('The round name', 'Spring\tround', 200, true, { multiline: false })).toMatch(/contains U\+0009/);
    expect(textProblem('The round name', 'Spring round', 200, true, { multiline: false })).toBeNull();
  });

  it('normalises CRLF and CR to LF', () => {
    expect(normalizeLineBreaks('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(normalizeLineBreaks(null)).toBeNull();
  });
});

describe('evidence links', () => {
  it.each([
    ['https://user:secret@example.org/report', /carries a user name or password/],
    ['https://user@example.org/report', /carries a user name or password/],
    ['http://:secret@example.org/', /carries a user name or password/],
    ['https://example.org/\u202Efdp.exe', /contains spaces or invisible characters/],
    ['https://example.org/a b', /contains spaces or invisible characters/],
    ['javascript:alert(1)', /is not an http\(s\) link/],
    [`https://example.org/${'a'.repeat(LIMITS.urlLength)}`, /is longer than 2048 characters/],
  ])('refuses %s', (url, message) => {
    expect(linkProblem(url)).toMatch(message);
  });

  it('accepts a plain https link, with an @ in its path or query', () => {
    expect(linkProblem('https://www.enisa.europa.eu/publications/report?by=@enisa#p2')).toBeNull();
    expect(evidenceProblems(['https://example.org/a', 'http://example.org/b'])).toEqual([]);
  });
});

describe('keys', () => {
  it('bounds ids and cursors without repeating the value', () => {
    expect(keyProblem('id', 'x'.repeat(LIMITS.keyLength))).toBeNull();
    const problem = keyProblem('id', 'x'.repeat(2048));
    expect(problem).toBe('id is 2048 characters long; at most 100 are allowed.');
    expect(keyProblem('after', 'c'.repeat(300), LIMITS.cursorLength)).toBe('after is 300 characters long; at most 256 are allowed.');
    expect(keyProblem('id', 42)).toBe('id must be a string.');
  });
});

describe('the domain plans refuse hidden characters and far dates, and store what they accept normalised', () => {
  const tracking = { status: 'IN_PROGRESS' as const, progress: 10, evidenceUrls: [] };
  const planning = DATE_RANGES.planning(basis);

  it('an update', () => {
    const refused = planActionUpdate(
      tracking,
      { note: 'ok \u202Egnp.exe', forecastDate: '9999-12-31', evidenceUrls: ['https://a:b@example.org/'] },
      {
        recurring: false,
        now: '2014-02-07T10:00:00Z',
        planning,
      },
    );
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : refused.problems).toEqual([
      expect.stringMatching(/carries a user name or password/),
      expect.stringMatching(/^The note contains U\+202E/),
      expect.stringMatching(/^Forecast date 9999-12-31 is too far in the future: the earliest allowed is 2013-02-07/),
    ]);
    const accepted = planActionUpdate(tracking, { note: 'one\r\ntwo' }, { recurring: false, now: '2014-02-07T10:00:00Z', planning });
    expect(accepted.ok && accepted.next.note).toBe('one\ntwo');
  });

  it('a deadline revision, a round, a review', () => {
    const revision = planDeadlineRevision(
      { baselineDeadline: '2013-12-31' },
      { date: '2013-01-01', reason: 'Why\u2066' },
      { now: 'n', author: 'a', planning },
    );
    expect(revision.ok ? [] : revision.problems).toEqual([
      expect.stringMatching(/^The deadline 2013-01-01 is before the strategy was adopted/),
      expect.stringMatching(/^The reason contains U\+2066/),
    ]);
    const round = planRoundOpening({ name: 'Spring\u202E', closes: '3000-01-01' }, { openRound: undefined, today: '2014-02-07', id: 'r', planning });
    expect(round.ok ? [] : round.problems).toEqual([
      expect.stringMatching(/^The round name contains U\+202E/),
      expect.stringMatching(/^The closing date 3000-01-01 is too far/),
    ]);
    const report = {
      actionId: '2.1-10',
      country: 'FR',
      roundId: 'r',
      status: 'PLANNED' as const,
      evidenceUrls: [],
      version: 1,
      reportedAt: 'x',
      reportedBy: 'x',
      reportedById: 'x',
      review: { state: 'SUBMITTED' as const },
    };
    const review = planReportReview(report, { decision: 'RETURN', comment: 'Fix\u0000' }, { now: 'n', author: { id: 'c', name: 'C' } });
    expect(review.ok ? [] : review.problems).toEqual([expect.stringMatching(/^The comment contains U\+0000/)]);
  });
});

describe('export parameters', () => {
  const now = new Date('2014-02-07T15:30:00Z');

  it('bounds parameter names and values without repeating them', () => {
    const longName = exportParameters('actions', new URLSearchParams({ ['x'.repeat(2048)]: '1' }), now);
    expect(longName).toEqual({ ok: false, problem: 'A parameter name is 2048 characters long; at most 40 are allowed.' });
    const longValue = exportParameters('history', new URLSearchParams({ from: '2'.repeat(2048) }), now);
    expect(longValue).toEqual({ ok: false, problem: '"from" is 2048 characters long; at most 40 are allowed.' });
  });

  it('keeps asOf, from and to in their ranges once the adoption is known', () => {
    const parsed = (query: string) => {
      const result = exportParameters('history', new URLSearchParams(query), now);
      if (!result.ok) throw new Error(result.problem);
      return exportRangeProblem(result.value, basis);
    };
    expect(parsed('from=2013-02-07&to=2014-02-07')).toBeNull();
    expect(parsed('asOf=9999-12-31')).toMatch(
      /^asOf 9999-12-31 is in the future: the earliest allowed is 2013-02-07 \(the adoption\), the latest 2014-02-07/,
    );
    expect(parsed('from=1900-01-01')).toMatch(/^from 1900-01-01 is more than a year before the strategy was adopted/);
    expect(parsed('to=9999-12-31')).toMatch(/^to 9999-12-31 is too far in the future: the earliest allowed is 2012-02-07/);
  });
});
