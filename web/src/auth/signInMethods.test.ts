import { describe, expect, it, vi } from 'vitest';
import { discoverSignInMethod, SignInError, signInLocally } from './signInMethods';

const users = [
  { id: 'coordinator', name: 'Clara Coordinator', role: 'COORDINATOR' },
  { id: 'owner-enisa', name: 'ENISA staff', role: 'OWNER', actor: 'ENISA' },
  { id: 'ms-de', name: 'Germany contact', role: 'MEMBER_STATE', country: 'DE' },
];

function answering(status: number, body: unknown): typeof fetch {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

describe('discoverSignInMethod', () => {
  it('offers the local users when the server lists them', async () => {
    await expect(discoverSignInMethod(answering(200, users))).resolves.toEqual({ kind: 'local', users });
  });

  it('says there is no way in when the server has no local sign-in', async () => {
    await expect(discoverSignInMethod(answering(404, { message: 'Not Found' }))).resolves.toEqual({ kind: 'unavailable' });
  });

  it('says what went wrong when the server fails', async () => {
    await expect(discoverSignInMethod(answering(500, {}))).rejects.toThrow('the server answered 500.');
  });

  it('refuses a list it cannot read rather than showing broken buttons', async () => {
    await expect(discoverSignInMethod(answering(200, [{ id: 'x', name: 'X', role: 'ADMIN' }]))).rejects.toBeInstanceOf(SignInError);
  });

  it('says so when the server cannot be reached', async () => {
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(discoverSignInMethod(offline)).rejects.toThrow('the server could not be reached.');
  });
});

describe('signInLocally', () => {
  it('posts the chosen user and returns the token', async () => {
    const fetchImpl = answering(200, { token: 'jwt' });
    await expect(signInLocally('owner-enisa', fetchImpl)).resolves.toBe('jwt');
    const [url, init] = vi.mocked(fetchImpl).mock.calls[0]!;
    expect(url).toBe('/auth/local');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ user: 'owner-enisa' });
  });

  it("passes on the server's reason for refusing", async () => {
    await expect(signInLocally('nobody', answering(400, { message: 'Unknown user' }))).rejects.toThrow('Unknown user');
  });

  it('fails when no token comes back', async () => {
    await expect(signInLocally('coordinator', answering(200, {}))).rejects.toThrow('the server did not send a token.');
  });
});
