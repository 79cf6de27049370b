import { describe, expect, it } from 'vitest';
import { AVAILABLE_EXPORTS, exportFileName, exportOfPath, exportParameters, type ExportName } from '../../functions/export/request.js';

const NOW = new Date('2014-02-07T15:30:00.000Z');
const parse = (name: ExportName, query: string) => exportParameters(name, new URLSearchParams(query), NOW);
const problem = (name: ExportName, query: string) => {
  const parsed = parse(name, query);
  return parsed.ok ? undefined : parsed.problem;
};

describe('export paths', () => {
  it.each([
    ['/export/actions.csv', { name: 'actions', format: 'csv' }],
    ['/export/reports.xlsx', { name: 'reports', format: 'xlsx' }],
    ['/export/history.csv', { name: 'history', format: 'csv' }],
    ['/export/everything.xlsx', { name: 'everything', format: 'xlsx' }],
  ])('%s is an export', (path, expected) => {
    expect(exportOfPath(path)).toEqual(expected);
  });

  it.each([
    '/export/actions.pdf',
    '/export/everything.csv',
    '/export/secrets.csv',
    '/export/actions',
    '/export/actions.csv/x',
    '/export/ACTIONS.csv',
    '/exports/actions.csv',
  ])('%s is not', (path) => {
    expect(exportOfPath(path)).toBeNull();
  });

  it('lists seven exports', () => {
    expect(AVAILABLE_EXPORTS).toHaveLength(7);
  });
});

describe('export parameters', () => {
  it('defaults to today, and history to everything until now', () => {
    expect(parse('history', '')).toEqual({ ok: true, value: { asOf: '2014-02-07', history: { from: '0', to: NOW.toISOString() }, language: 'en' } });
  });

  it("reads the reader's language from lang: English unless French or German is asked for", () => {
    expect(parse('actions', 'lang=fr')).toMatchObject({ ok: true, value: { language: 'fr' } });
    expect(parse('history', 'lang=de&from=2013-06-01')).toMatchObject({ ok: true, value: { language: 'de' } });
    expect(parse('everything', 'asOf=2013-12-31&lang=en')).toMatchObject({ ok: true, value: { language: 'en' } });
  });

  it('reads asOf as the day shown, and as the end of history', () => {
    expect(parse('actions', 'asOf=2013-12-31')).toMatchObject({ ok: true, value: { asOf: '2013-12-31' } });
    expect(parse('history', 'asOf=2013-12-31')).toMatchObject({ ok: true, value: { history: { from: '0', to: '2014-01-01T00:00:00.000Z' } } });
  });

  it('reads a history range of days inclusively, and date-times with a zone exactly', () => {
    expect(parse('history', 'from=2013-02-07&to=2013-12-31')).toEqual({
      ok: true,
      value: {
        asOf: '2014-02-07',
        history: { from: '2013-02-07T00:00:00.000Z', to: '2014-01-01T00:00:00.000Z' },
        range: { from: '2013-02-07', to: '2013-12-31' },
        language: 'en',
      },
    });
    expect(parse('history', 'from=2013-06-01T10:00:00%2B02:00')).toMatchObject({
      ok: true,
      value: { history: { from: '2013-06-01T08:00:00.000Z' } },
    });
  });

  it.each([
    ['actions', 'asOf=2013-02-30', 'asOf "2013-02-30" is not a date (YYYY-MM-DD).'],
    ['actions', 'from=2013-01-01', 'Unknown parameter "from": the actions export takes "asOf", "lang".'],
    ['reports', 'format=csv', 'Unknown parameter "format": the reports export takes "asOf", "lang".'],
    ['actions', 'lang=it', 'lang "it" is not a language of the exports: give "en", "fr", "de".'],
    ['reports', 'lang=FR', 'lang "FR" is not a language of the exports: give "en", "fr", "de".'],
    ['history', 'lang=', 'lang "" is not a language of the exports: give "en", "fr", "de".'],
    ['everything', 'lang=en&lang=fr', 'Give "lang" once.'],
    ['history', 'from=yesterday', 'from "yesterday" is not a date (YYYY-MM-DD) or a date-time with a zone (2014-02-07T09:00:00Z).'],
    ['history', 'to=2013-06-01T10:00', 'to "2013-06-01T10:00" is not a date (YYYY-MM-DD) or a date-time with a zone (2014-02-07T09:00:00Z).'],
    ['history', 'from=2014-01-01&to=2013-01-01', 'The range is empty: from (2014-01-01) must come before to (2013-01-01).'],
    ['history', 'asOf=2013-12-31&to=2013-12-31', 'Give either "asOf" or "to", not both: both end the history.'],
    ['history', 'from=2013-01-01&from=2013-02-01', 'Give "from" once.'],
  ] as const)('%s?%s is refused: %s', (name, query, message) => {
    expect(problem(name, query)).toBe(message);
  });
});

describe('export file names', () => {
  const value = (name: ExportName, query: string) => {
    const parsed = parse(name, query);
    if (!parsed.ok) throw new Error(parsed.problem);
    return parsed.value;
  };

  it('name the strategy, the export and the day', () => {
    expect(exportFileName('eu-cybersecurity-2013', 'actions', 'xlsx', value('actions', ''))).toBe('eu-cybersecurity-2013_actions_2014-02-07.xlsx');
    expect(exportFileName('eu-cybersecurity-2013', 'reports', 'csv', value('reports', 'asOf=2013-12-31'))).toBe(
      'eu-cybersecurity-2013_reports_2013-12-31.csv',
    );
    expect(exportFileName('eu-cybersecurity-2013', 'everything', 'xlsx', value('everything', ''))).toBe(
      'eu-cybersecurity-2013_everything_2014-02-07.xlsx',
    );
  });

  it('name a history range by its days', () => {
    expect(exportFileName('eu-cybersecurity-2013', 'history', 'csv', value('history', 'from=2013-02-07&to=2013-12-31'))).toBe(
      'eu-cybersecurity-2013_history_2013-02-07_to_2013-12-31.csv',
    );
    expect(exportFileName('eu-cybersecurity-2013', 'history', 'csv', value('history', 'from=2013-06-01'))).toBe(
      'eu-cybersecurity-2013_history_2013-06-01_to_2014-02-07.csv',
    );
    expect(exportFileName('eu-cybersecurity-2013', 'history', 'csv', value('history', 'to=2013-06-01'))).toBe(
      'eu-cybersecurity-2013_history_start_to_2013-06-01.csv',
    );
  });

  it('keep only safe characters of the strategy id', () => {
    expect(exportFileName('Strategy "X"/2', 'actions', 'csv', value('actions', ''))).toBe('strategy-x-2_actions_2014-02-07.csv');
  });
});
