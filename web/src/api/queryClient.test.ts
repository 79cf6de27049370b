import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { shouldRetry } from './queryClient';

describe('shouldRetry', () => {
  it('tries a failed request twice more when the server may recover', () => {
    const error = new ApiError('the server could not be reached.', 'NETWORK');
    expect([0, 1, 2].map((count) => shouldRetry(count, error))).toEqual([true, true, false]);
  });

  it.each(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND'])('does not retry %s', (code) => {
    expect(shouldRetry(0, new ApiError('no', code))).toBe(false);
  });
});
