import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { errorMessage } from './errorMessage';

describe('errorMessage', () => {
  it('uses the message of the error, ending it as a sentence', () => {
    expect(errorMessage(new ApiError('Not allowed', 'FORBIDDEN'), 'fallback.')).toBe('Not allowed.');
    expect(errorMessage(new Error('the server could not be reached.'), 'fallback.')).toBe('the server could not be reached.');
  });

  it("says the reader's fallback, in their language, for an error without words", () => {
    expect(errorMessage(undefined, 'une erreur s’est produite.')).toBe('une erreur s’est produite.');
    expect(errorMessage(new Error(''), 'something went wrong.')).toBe('something went wrong.');
  });
});
