import { describe, expect, it, vi } from 'vitest';
import { cognitoAuthority, cognitoLogoutUrl, ConfigError, loadRuntimeConfig, parseRuntimeConfig } from './runtimeConfig';

const cloud = {
  mode: 'cloud',
  apiUrl: 'https://tracker.example.eu/graphql',
  auth: {
    kind: 'cognito',
    region: 'eu-west-1',
    userPoolId: 'eu-west-1_AbCdEf',
    clientId: 'client123',
    domain: 'https://tracker.auth.eu-west-1.amazoncognito.com/',
    redirectUri: 'https://tracker.example.eu/auth/callback',
    logoutUri: 'https://tracker.example.eu/',
    scopes: ['openid', 'email', 'profile'],
    token: 'id',
  },
};

describe('the runtime configuration', () => {
  it('reads the cloud deployment settings that infra publishes', () => {
    const config = parseRuntimeConfig(cloud);
    expect(config).toMatchObject({ mode: 'cloud', auth: { clientId: 'client123', domain: 'https://tracker.auth.eu-west-1.amazoncognito.com' } });
  });

  it('reads local mode', () => {
    expect(parseRuntimeConfig({ mode: 'local' })).toEqual({ mode: 'local' });
  });

  it('reads the demo year flag of local mode, and nothing but true turns it on', () => {
    expect(parseRuntimeConfig({ mode: 'local', demo: true })).toEqual({ mode: 'local', demo: true });
    expect(parseRuntimeConfig({ mode: 'local', demo: 'yes' })).toEqual({ mode: 'local' });
  });

  it('refuses a cloud configuration that lacks a setting, naming it', () => {
    expect(() => parseRuntimeConfig({ ...cloud, auth: { ...cloud.auth, clientId: '' } })).toThrow('auth.clientId');
    expect(() => parseRuntimeConfig({ mode: 'cloud' })).toThrow(ConfigError);
    expect(() => parseRuntimeConfig('nonsense')).toThrow(ConfigError);
  });

  it('treats a missing /config.json as local mode, and a failing one as an error', async () => {
    const answering = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;
    await expect(loadRuntimeConfig(answering(404, {}))).resolves.toEqual({ mode: 'local' });
    await expect(loadRuntimeConfig(answering(200, cloud))).resolves.toMatchObject({ mode: 'cloud' });
    await expect(loadRuntimeConfig(answering(500, {}))).rejects.toThrow('500');
  });

  it('builds the Cognito issuer and logout addresses', () => {
    const config = parseRuntimeConfig(cloud);
    if (config.mode !== 'cloud') throw new Error('expected cloud');
    expect(cognitoAuthority(config.auth)).toBe('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf');
    expect(cognitoLogoutUrl(config.auth)).toBe(
      'https://tracker.auth.eu-west-1.amazoncognito.com/logout?client_id=client123&logout_uri=https%3A%2F%2Ftracker.example.eu%2F',
    );
  });
});
