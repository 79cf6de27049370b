import { describe, expect, it } from 'vitest';
import { groupsFromClaim, viewerFromClaims as viewerFromAnyClaims, type Claims } from '../../functions/domain/identity.js';

/** The claims of an ID token (token_use "id"), which is all the API accepts. */
const viewerFromClaims = (claims: Claims) => viewerFromAnyClaims({ token_use: 'id', ...claims });

describe('viewerFromClaims', () => {
  it('reads the role from cognito:groups as an array (a verified token) or as API Gateway passes it', () => {
    expect(groupsFromClaim(['COORDINATOR', 'VIEWER'])).toEqual(['COORDINATOR', 'VIEWER']);
    expect(groupsFromClaim('[COORDINATOR VIEWER]')).toEqual(['COORDINATOR', 'VIEWER']);
    expect(groupsFromClaim('[OWNER]')).toEqual(['OWNER']);
    expect(groupsFromClaim(undefined)).toEqual([]);
  });

  it('binds an owner to their body and a contact to their country', () => {
    expect(viewerFromClaims({ sub: 'u1', name: 'Ana', 'cognito:groups': ['OWNER'], 'custom:actor': 'ENISA' })).toEqual({
      id: 'u1',
      name: 'Ana',
      role: 'OWNER',
      actor: 'ENISA',
    });
    expect(viewerFromClaims({ sub: 'u2', 'cognito:groups': '[MEMBER_STATE]', 'custom:country': 'hr', email: 'x@gov.hr' })).toEqual({
      id: 'u2',
      name: 'x@gov.hr',
      role: 'MEMBER_STATE',
      country: 'HR',
    });
  });

  it('ignores bindings that the role does not use', () => {
    expect(viewerFromClaims({ sub: 'u3', 'cognito:groups': ['VIEWER'], 'custom:actor': 'ENISA', 'custom:country': 'FR' })).toEqual({
      id: 'u3',
      name: 'u3',
      role: 'VIEWER',
    });
  });

  it('takes the most senior role when a user sits in several groups', () => {
    expect(viewerFromClaims({ sub: 'u4', 'cognito:groups': ['VIEWER', 'COORDINATOR'] })?.role).toBe('COORDINATOR');
  });

  it('refuses claims that describe no usable viewer', () => {
    expect(viewerFromClaims({ 'cognito:groups': ['VIEWER'] })).toBeNull();
    expect(viewerFromClaims({ sub: 'u5' })).toBeNull();
    expect(viewerFromClaims({ sub: 'u5', 'cognito:groups': ['ADMIN'] })).toBeNull();
    expect(viewerFromClaims({ sub: 'u6', 'cognito:groups': ['OWNER'] })).toBeNull();
    expect(viewerFromClaims({ sub: 'u7', 'cognito:groups': ['MEMBER_STATE'] })).toBeNull();
    expect(viewerFromClaims({ sub: 'u7', 'cognito:groups': ['MEMBER_STATE'], 'custom:country': 'France' })).toBeNull();
  });

  it('refuses any token but an ID token: an access token carries the groups but is not a person', () => {
    const claims = { sub: 'u8', name: 'Ana', 'cognito:groups': ['COORDINATOR'] };
    expect(viewerFromAnyClaims({ ...claims, token_use: 'id' })).toMatchObject({ id: 'u8', role: 'COORDINATOR' });
    // Cognito's access token: client_id instead of aud, token_use "access", scopes.
    expect(viewerFromAnyClaims({ ...claims, token_use: 'access', client_id: '1example23456789', scope: 'openid profile email' })).toBeNull();
    expect(viewerFromAnyClaims(claims)).toBeNull();
    expect(viewerFromAnyClaims({ ...claims, token_use: ['id'] })).toBeNull();
    expect(viewerFromAnyClaims({ ...claims, token_use: 'ID' })).toBeNull();
  });

  it('carries when the person signed in (auth_time, a number or API Gateway’s string), and nothing for a value that is no time', () => {
    const claims = { sub: 'u1', name: 'Ana', 'cognito:groups': ['VIEWER'] };
    expect(viewerFromClaims({ ...claims, auth_time: 1391731200 })?.signedInAt).toBe('2014-02-07T00:00:00.000Z');
    expect(viewerFromClaims({ ...claims, auth_time: '1391731200' })?.signedInAt).toBe('2014-02-07T00:00:00.000Z');
    for (const auth_time of [undefined, 'soon', -1, 1.5, 1e20]) expect(viewerFromClaims({ ...claims, auth_time })).not.toHaveProperty('signedInAt');
  });
});
