import { describe, expect, it } from 'vitest';
import { HOME_PATH, returnPath } from './paths';

describe('returnPath', () => {
  it('returns to the page the visitor was sent away from', () => {
    expect(returnPath({ from: '/actions?status=COMPLETED' })).toBe('/actions?status=COMPLETED');
  });

  it('goes to the overview when there is nowhere to return to', () => {
    expect(returnPath(null)).toBe(HOME_PATH);
    expect(returnPath({})).toBe(HOME_PATH);
  });

  it('never leaves the app or loops back to the sign-in page', () => {
    expect(returnPath({ from: '//evil.example/' })).toBe(HOME_PATH);
    expect(returnPath({ from: 'https://evil.example/' })).toBe(HOME_PATH);
    expect(returnPath({ from: '/sign-in' })).toBe(HOME_PATH);
  });
});
