import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { writeProblem } from './errors';

describe('writeProblem', () => {
  it('names each refusal of the contract with the server’s words', () => {
    expect(writeProblem(new ApiError('DE’s report changed', 'CONFLICT'))).toEqual({ key: 'write.conflict', message: 'DE’s report changed.' });
    expect(writeProblem(new ApiError('Only coordinators may review.', 'FORBIDDEN'))).toEqual({
      key: 'write.forbidden',
      message: 'Only coordinators may review.',
    });
    expect(writeProblem(new ApiError('No reporting round is open.', 'BAD_USER_INPUT')).key).toBe('write.badInput');
    expect(writeProblem(new ApiError('DE has not reported.', 'NOT_FOUND')).key).toBe('write.notFound');
  });

  it('falls back to a general failure for anything else', () => {
    expect(writeProblem(new ApiError('the server could not be reached.', 'NETWORK'))).toEqual({
      key: 'write.failed',
      message: 'the server could not be reached.',
    });
    expect(writeProblem('boom')).toEqual({ key: 'write.failed', message: '' });
  });
});
