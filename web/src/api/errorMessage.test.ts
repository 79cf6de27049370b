import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { errorMessage } from './errorMessage';

describe('errorMessage', () => {
  it('uses the message of the error, ending it as a sentence', () => {
    expect(errorMessage(new ApiError('Not allowed', 'FORBIDDEN'))).toBe('Not allowed.');
    expect(errorMessage(new Error('the server could not be reached.'))).toBe('the server could not be reached.');
  });

  it('still says something for an error without words', () => {
    expect(errorMessage(undefined)).toBe('something went wrong.');
    expect(errorMessage(new Error(''))).toBe('something went wrong.');
  });
});
