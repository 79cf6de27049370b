import { describe, expect, it } from 'vitest';
import { fetchExport, shareDone } from './download';
import { ExportFailure, exportPath, failureOf, fileNameFromDisposition } from './exportRequest';

describe('the export’s address', () => {
  it('asks for actions and reports as of a day, or the server’s today', () => {
    expect(exportPath('actions', 'csv')).toBe('/export/actions.csv');
    expect(exportPath('reports', 'xlsx', { asOf: '2014-02-07', historyFrom: '2014-01-01' })).toBe('/export/reports.xlsx?asOf=2014-02-07');
  });

  it('bounds the history by its first and last days, or ends it at asOf', () => {
    expect(exportPath('history', 'csv', { historyFrom: '2014-01-01', historyTo: '2014-01-31', asOf: '2014-02-07' })).toBe(
      '/export/history.csv?from=2014-01-01&to=2014-01-31',
    );
    expect(exportPath('history', 'xlsx', { asOf: '2014-02-07' })).toBe('/export/history.xlsx?asOf=2014-02-07');
    expect(exportPath('history', 'csv')).toBe('/export/history.csv');
  });

  it("asks for the file in the reader's language", () => {
    expect(exportPath('actions', 'xlsx', { asOf: '2014-02-07', language: 'fr' })).toBe('/export/actions.xlsx?asOf=2014-02-07&lang=fr');
    expect(exportPath('history', 'csv', { language: 'de' })).toBe('/export/history.csv?lang=de');
  });
});

describe('the file name the server gives', () => {
  it('reads quoted, bare and UTF-8 names, preferring filename*', () => {
    expect(fileNameFromDisposition('attachment; filename="eu-cybersecurity-2013_actions_2014-02-07.csv"', 'x')).toBe(
      'eu-cybersecurity-2013_actions_2014-02-07.csv',
    );
    expect(fileNameFromDisposition('attachment; filename=actions.xlsx', 'x')).toBe('actions.xlsx');
    expect(fileNameFromDisposition(`attachment; filename="a.csv"; filename*=UTF-8''r%C3%A9sum%C3%A9.csv`, 'x')).toBe('résumé.csv');
  });

  it('drops folders and falls back when there is no name', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"', 'x')).toBe('passwd');
    expect(fileNameFromDisposition('attachment', 'actions.csv')).toBe('actions.csv');
    expect(fileNameFromDisposition(null, 'actions.csv')).toBe('actions.csv');
  });
});

describe('an export’s failure', () => {
  it('carries the server’s code and message', async () => {
    const failure = await failureOf(
      new Response(JSON.stringify({ error: { code: 'BAD_USER_INPUT', message: 'The range is empty.' } }), { status: 400 }),
    );
    expect(failure).toMatchObject({ code: 'BAD_USER_INPUT', message: 'The range is empty.', status: 400 });
  });

  it('names a refused token and a bare status', async () => {
    expect(await failureOf(new Response('', { status: 401 }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await failureOf(new Response('<html>', { status: 502 }))).toMatchObject({ code: 'HTTP', message: 'the server answered 502.' });
  });
});

describe('fetching an export', () => {
  it('sends the bearer token and reports its progress to the announced size', async () => {
    const seen: Request[] = [];
    const progress: (number | null)[] = [];
    const body = 'ref,text\n2.1-01,x\n';
    const fake: typeof fetch = async (input, init) => {
      seen.push(new Request(new URL(String(input), 'http://localhost'), init));
      return new Response(body, {
        headers: {
          'content-type': 'text/csv',
          'content-length': String(body.length),
          'content-disposition': 'attachment; filename="strategy_actions.csv"',
        },
      });
    };
    const result = await fetchExport('/export/actions.csv', {
      token: 'abc',
      fallbackName: 'actions.csv',
      fetch: fake,
      onProgress: (p) => progress.push(shareDone(p)),
    });
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer abc');
    expect(result.fileName).toBe('strategy_actions.csv');
    expect(await result.blob.text()).toBe(body);
    expect(progress.at(0)).toBe(0);
    expect(progress.at(-1)).toBe(1);
  });

  it('turns an error response and an unreachable server into failures', async () => {
    const refused: typeof fetch = async () =>
      new Response(JSON.stringify({ error: { code: 'UNAUTHENTICATED', message: 'Sign in first.' } }), { status: 401 });
    await expect(fetchExport('/export/actions.csv', { token: null, fallbackName: 'a.csv', fetch: refused })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      status: 401,
    });
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(fetchExport('/export/actions.csv', { token: 't', fallbackName: 'a.csv', fetch: offline })).rejects.toBeInstanceOf(ExportFailure);
  });
});
