import { describe, expect, it } from 'vitest';
import { parseAllowedOrigins } from '../../graphql/front-door.js';
import { hostHeaderCheck, isLoopback } from '../../scripts/local/listen-address.js';

describe('the CORS allow-list setting', () => {
  it('reads a comma-separated list of origins, and nothing when unset', () => {
    expect(parseAllowedOrigins(undefined)).toEqual([]);
    expect(parseAllowedOrigins(' ')).toEqual([]);
    expect(parseAllowedOrigins('https://partner.example, http://localhost:5173')).toEqual(['https://partner.example', 'http://localhost:5173']);
  });

  it('refuses a wildcard, a path, another scheme or a bare name, naming the value', () => {
    for (const value of ['*', 'https://partner.example/', 'https://partner.example/app', 'ftp://partner.example', 'partner.example', 'null']) {
      expect(() => parseAllowedOrigins(value), value).toThrow(/CORS_ALLOWED_ORIGINS: ".*" is not an origin/);
    }
  });
});

describe('the Host header check of local mode', () => {
  it('on loopback, answers only loopback names, with or without a port', () => {
    const allowed = hostHeaderCheck('127.0.0.1');
    for (const host of ['localhost', 'localhost:4000', 'LocalHost:4000', '127.0.0.1', '127.0.0.1:4000', '[::1]', '[::1]:4000'])
      expect(allowed(host), host).toBe(true);
    for (const host of [
      undefined,
      '',
      'evil.example',
      'evil.example:4000',
      'localhost.',
      'localhost.evil.example',
      '192.0.2.7:4000',
      'localhost:4000/x',
      'user@localhost',
      'localhost:abc',
    ]) {
      expect(allowed(host), String(host)).toBe(false);
    }
  });

  it('with HOST opted in, also answers IP addresses and the HOST name, still no other name', () => {
    const wildcard = hostHeaderCheck('0.0.0.0');
    expect(wildcard('192.0.2.7:4000')).toBe(true);
    expect(wildcard('[2001:db8::7]:4000')).toBe(true);
    expect(wildcard('evil.example:4000')).toBe(false);
    const named = hostHeaderCheck('tracker.lan');
    expect(named('tracker.lan:4000')).toBe(true);
    expect(named('TRACKER.LAN')).toBe(true);
    expect(named('evil.example')).toBe(false);
  });

  it('knows the loopback addresses', () => {
    expect(['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '::', '192.0.2.7', 'tracker.lan'].some(isLoopback)).toBe(false);
  });
});
