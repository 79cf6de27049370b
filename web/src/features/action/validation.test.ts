import { describe, expect, it } from 'vitest';
import {
  changesNothing,
  deadlineProblems,
  evidenceLinkProblem,
  formValuesOf,
  httpsSuggestion,
  updateInput,
  updateProblems,
  type UpdateFormValues,
} from './validation';

const action = { id: '2.1-04', version: 3, recurring: false };
const base: UpdateFormValues = formValuesOf({
  status: 'NOT_STARTED',
  progress: 0,
  note: null,
  evidenceUrls: [],
  forecastDate: null,
  declaredHealth: null,
});
const codes = (values: Partial<UpdateFormValues>, recurring = false) =>
  updateProblems({ ...base, ...values }, { recurring }).map((problem) => `${problem.field}:${problem.code}`);

describe('updateProblems, the server rules beside the fields', () => {
  it('accepts the values an action starts with', () => {
    expect(codes({})).toEqual([]);
  });

  it.each([
    ['', 'progress:progressRequired'],
    ['101', 'progress:progressRange'],
    ['-1', 'progress:progressRange'],
    ['12.5', 'progress:progressRange'],
    ['forty', 'progress:progressRange'],
  ])('refuses progress %j', (progress, code) => {
    expect(codes({ progress })).toEqual([code]);
  });

  it.each(['0', '100', ' 42 '])('accepts progress %j', (progress) => {
    expect(codes({ progress })).toEqual([]);
  });

  it('asks a completed action for progress 100 and an evidence link', () => {
    expect(codes({ status: 'COMPLETED', progress: '90' })).toEqual(['progress:completedProgress', 'evidence:completedEvidence']);
    expect(codes({ status: 'COMPLETED', progress: '100', evidence: 'https://ec.europa.eu/x' })).toEqual([]);
  });

  it('asks a discontinued action for a note', () => {
    expect(codes({ status: 'DISCONTINUED', note: '   ' })).toEqual(['note:discontinuedNote']);
    expect(codes({ status: 'DISCONTINUED', note: 'Superseded by the NIS Directive.' })).toEqual([]);
  });

  it('keeps ONGOING for recurring actions', () => {
    expect(codes({ status: 'ONGOING' })).toEqual(['status:ongoingNotRecurring']);
    expect(codes({ status: 'ONGOING' }, true)).toEqual([]);
  });

  it('accepts only http(s) links, at most 20', () => {
    expect(codes({ evidence: 'https://a.eu\nftp://b.eu' })).toEqual(['evidence:evidenceLinkScheme']);
    expect(codes({ evidence: 'not a link' })).toEqual(['evidence:evidenceLink']);
    expect(codes({ evidence: Array.from({ length: 21 }, (_, i) => `https://a.eu/${i}`).join('\n') })).toEqual(['evidence:evidenceCount']);
    expect(codes({ evidence: 'http://a.eu\n\n  https://b.eu  ' })).toEqual([]);
  });

  it('refuses what the server refuses: hidden characters in the note, credentials in a link', () => {
    expect(codes({ note: 'Done \u202Etxt.exe' })).toEqual(['note:noteCharacters']);
    expect(codes({ note: 'First line\n\tsecond' })).toEqual([]);
    expect(codes({ evidence: 'https://user:secret@example.org/report' })).toEqual(['evidence:evidenceLinkCredentials']);
    expect(codes({ evidence: 'https://example.org/\u202Efdp.exe' })).toEqual(['evidence:evidenceLink']);
    expect(deadlineProblems({ date: '2014-06-30', reason: 'Late\u2066' }, '2014-01-01').map((problem) => problem.code)).toEqual(['reasonCharacters']);
  });

  it('bounds the note and checks the forecast is a real date', () => {
    expect(codes({ note: 'x'.repeat(2001) })).toEqual(['note:noteLength']);
    expect(codes({ forecastDate: '2014-02-30' })).toEqual(['forecastDate:date']);
    expect(codes({ forecastDate: '2014-02-28' })).toEqual([]);
  });
});

describe('evidenceLinkProblem: an evidence error says how to write the link (issue 14)', () => {
  it('tells to start the link with https://, and shows the link it would be', () => {
    expect(evidenceLinkProblem('www.enisa.europa.eu/publications')).toEqual({
      field: 'evidence',
      code: 'evidenceLinkSchemeExample',
      values: { link: 'www.enisa.europa.eu/publications', suggestion: 'https://www.enisa.europa.eu/publications' },
    });
    expect(evidenceLinkProblem('ftp://b.eu')).toMatchObject({ code: 'evidenceLinkScheme' });
    expect(evidenceLinkProblem('mailto:cert@example.eu')).toMatchObject({ code: 'evidenceLinkScheme' });
    // Not a scheme fault: no https:// advice.
    expect(evidenceLinkProblem('https://user:secret@example.org/')).toMatchObject({ code: 'evidenceLinkCredentials' });
    expect(evidenceLinkProblem('not a link')).toMatchObject({ code: 'evidenceLink' });
  });

  it('suggests only what adding https:// makes a link with a dotted host', () => {
    expect(httpsSuggestion('ec.europa.eu')).toBe('https://ec.europa.eu');
    expect(httpsSuggestion('example.org:8080/x')).toBe('https://example.org:8080/x');
    expect(httpsSuggestion('report')).toBeNull();
    expect(httpsSuggestion('ftp://b.eu')).toBeNull();
  });
});

describe('updateInput', () => {
  it('sends only the fields that changed, with the version read and the mutation id', () => {
    const input = updateInput({ ...base, status: 'IN_PROGRESS', progress: '40' }, base, action, 'id-1');
    expect(input).toEqual({ actionId: '2.1-04', expectedVersion: 3, clientMutationId: 'id-1', status: 'IN_PROGRESS', progress: 40 });
  });

  it('clears emptied optional fields with null and sends the links as a list', () => {
    const started = { ...base, note: 'Old', forecastDate: '2014-01-01', declaredHealth: 'AT_RISK' as const };
    const input = updateInput(
      { ...started, note: ' ', forecastDate: '', declaredHealth: '', evidence: 'https://a.eu\n\nhttps://b.eu' },
      started,
      action,
      'id-2',
    );
    expect(input).toMatchObject({ note: null, forecastDate: null, declaredHealth: null, evidenceUrls: ['https://a.eu', 'https://b.eu'] });
  });

  it('confirms the action when nothing changed', () => {
    expect(updateInput(base, base, action, 'id-3')).toEqual({ actionId: '2.1-04', expectedVersion: 3, clientMutationId: 'id-3' });
  });

  it('tells a save that changes nothing (a confirmation) from one that changes a field (issue 14)', () => {
    expect(changesNothing(updateInput(base, base, action, 'id-4'))).toBe(true);
    expect(changesNothing(updateInput({ ...base, note: '  ' }, base, action, 'id-5'))).toBe(true);
    expect(changesNothing(updateInput({ ...base, progress: '10' }, base, action, 'id-6'))).toBe(false);
    expect(changesNothing(updateInput({ ...base, declaredHealth: 'AT_RISK' }, base, action, 'id-7'))).toBe(false);
  });
});

describe('deadlineProblems', () => {
  it('needs a real date other than the deadline in force, and a reason', () => {
    expect(deadlineProblems({ date: '', reason: '' }, '2013-12-31').map((p) => p.code)).toEqual(['dateRequired', 'reasonRequired']);
    expect(deadlineProblems({ date: '2013-12-31', reason: 'x' }, '2013-12-31').map((p) => p.code)).toEqual(['sameDeadline']);
    expect(deadlineProblems({ date: '2014-13-01', reason: 'x' }, null).map((p) => p.code)).toEqual(['date']);
    expect(deadlineProblems({ date: '2014-06-30', reason: 'x'.repeat(1001) }, null).map((p) => p.code)).toEqual(['reasonLength']);
    expect(deadlineProblems({ date: '2014-06-30', reason: 'Tender delayed.' }, '2013-12-31')).toEqual([]);
  });
});
