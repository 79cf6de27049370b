import { matchPath } from 'react-router';
import { describe, expect, it } from 'vitest';
import { appPages, matchesPattern, pageOf, presentationPage, publicPages } from './pages';

const patterns = [...publicPages, presentationPage, ...appPages].map((page) => page.path);

/** Addresses (a browser's pathname always starts with a slash) around every pattern: each page's own, with a trailing slash, in capitals, one segment more or less, a parameter left empty. */
const addresses = [
  '/',
  ...patterns.flatMap((pattern) => {
    const address = pattern.replace(/:[^/]+/g, 'x%20y');
    return [address, `${address}/`, address.toUpperCase(), `${address}/more`, address.split('/').slice(0, -1).join('/') || '/'];
  }),
  '/actions/',
  '/actions//',
  '/scorecards/',
  '/unknown',
  '/overview/2026-01-01',
];

describe('the table of pages', () => {
  it('matches an address as React Router matches the same patterns, without carrying the router into the first script', () => {
    for (const pattern of patterns) {
      for (const address of addresses) {
        expect(matchesPattern(pattern, address), `${pattern} against ${JSON.stringify(address)}`).toBe(matchPath(pattern, address) !== null);
      }
    }
  });

  it('finds the page an address opens, with every text namespace it shows', () => {
    expect(pageOf('/overview')?.namespaces).toEqual(['overview', 'effective']);
    expect(pageOf('/actions/2.1-10')?.path).toBe('/actions/:actionId');
    expect(pageOf('/actions')?.path).toBe('/actions');
    expect(pageOf('/')?.path).toBe('/');
    expect(pageOf('/sign-in')?.namespaces).toEqual([]);
    expect(pageOf('/nowhere')).toBeUndefined();
  });

  it('starts the data only of pages that have a preload module', () => {
    expect(pageOf('/overview')?.data).toBeTypeOf('function');
    expect(pageOf('/sign-in')?.data).toBeUndefined();
  });
});
