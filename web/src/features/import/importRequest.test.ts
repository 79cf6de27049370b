import { describe, expect, it } from 'vitest';
import { applyPreview, countOutcomes, preselected, uploadWorkbook, workbookPath, type ImportRow } from './importRequest';

const rows: ImportRow[] = [
  { sheet: 'Actions', row: 2, ref: '2.1-01', outcome: 'UNCHANGED' },
  { sheet: 'Actions', row: 3, ref: '2.1-02', outcome: 'CHANGED' },
  { sheet: 'Actions', row: 4, ref: '2.1-03', outcome: 'CONFLICT' },
  { sheet: 'Actions', row: 5, ref: '2.1-04', outcome: 'INVALID' },
  { sheet: 'Actions', row: 6, ref: '2.1-05', outcome: 'CHANGED' },
];

describe('the import’s requests', () => {
  it('asks for the workbook in the reader’s language, English otherwise', () => {
    expect(workbookPath('fr')).toBe('/export/workbook.xlsx?lang=fr');
    expect(workbookPath('it')).toBe('/export/workbook.xlsx?lang=en');
  });

  it('preselects the changed rows only: never a conflict, never an invalid row', () => {
    expect([...preselected(rows)]).toEqual(['Actions!3', 'Actions!6']);
    expect(countOutcomes(rows)).toEqual({ UNCHANGED: 1, CHANGED: 2, CONFLICT: 1, INVALID: 1 });
  });

  it('uploads the file with the token and applies the selection; a refusal carries the server’s code and sentence', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fake = (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return url.endsWith('/apply')
        ? new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'There is no such preview of yours.' } }), { status: 404 })
        : new Response(JSON.stringify({ id: 'abc', rows }), { status: 200 });
    }) as typeof fetch;
    const preview = await uploadWorkbook(new Blob(['x']), { token: 't0k', fetch: fake });
    expect(preview.id).toBe('abc');
    expect(calls[0]).toMatchObject({ url: '/import/workbook.xlsx', init: { method: 'POST', headers: { authorization: 'Bearer t0k' } } });
    await expect(applyPreview('abc', ['Actions!3'], { token: 't0k', fetch: fake })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
      message: 'There is no such preview of yours.',
    });
    expect(calls[1]).toMatchObject({ url: '/import/abc/apply', init: { body: JSON.stringify({ select: ['Actions!3'] }) } });
  });
});
