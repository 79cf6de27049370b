import { describe, expect, it } from 'vitest';
import { LANDING_PATH, returnPath } from './paths';

describe('returnPath', () => {
  it('returns to the page the visitor was sent away from', () => {
    expect(returnPath({ from: '/actions?status=COMPLETED' })).toBe('/actions?status=COMPLETED');
  });

  it('goes to the landing (tasks or overview) when there is nowhere to return to', () => {
    expect(returnPath(null)).toBe(LANDING_PATH);
    expect(returnPath({})).toBe(LANDING_PATH);
  });

  it('never leaves the app or loops back to the sign-in page', () => {
    expect(returnPath({ from: '//evil.example/' })).toBe(LANDING_PATH);
    expect(returnPath({ from: 'https://evil.example/' })).toBe(LANDING_PATH);
    expect(returnPath({ from: '/sign-in' })).toBe(LANDING_PATH);
  });
});
