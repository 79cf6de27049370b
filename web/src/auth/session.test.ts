import { describe, expect, it, vi } from 'vitest';
import { createSession, type TokenStorage } from './session';

function memoryStorage(initial: Record<string, string> = {}): TokenStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('session', () => {
  it('resumes with the token kept in storage', () => {
    const session = createSession(memoryStorage({ k: 'jwt-1' }), 'k');
    expect(session.getState()).toEqual({ token: 'jwt-1', expired: false });
  });

  it('keeps a started token in storage and tells its subscribers', () => {
    const storage = memoryStorage();
    const session = createSession(storage, 'k');
    const listener = vi.fn();
    session.subscribe(listener);
    session.start('jwt-2');
    expect(storage.items.get('k')).toBe('jwt-2');
    expect(session.getState().token).toBe('jwt-2');
    expect(listener).toHaveBeenCalledOnce();
  });

  it('drops the token and remembers that it expired when the API refused it', () => {
    const storage = memoryStorage({ k: 'jwt-3' });
    const session = createSession(storage, 'k');
    session.end('expired');
    expect(storage.items.has('k')).toBe(false);
    expect(session.getState()).toEqual({ token: null, expired: true });
  });

  it('does not call a signed-out session expired, and a new sign-in clears the notice', () => {
    const session = createSession(memoryStorage({ k: 'jwt-4' }), 'k');
    session.end('signed-out');
    expect(session.getState().expired).toBe(false);
    session.end('expired');
    session.start('jwt-5');
    expect(session.getState()).toEqual({ token: 'jwt-5', expired: false });
  });

  it('keeps the state object stable while nothing changes (React re-renders on identity)', () => {
    const session = createSession(memoryStorage(), 'k');
    const listener = vi.fn();
    session.subscribe(listener);
    const before = session.getState();
    session.end('signed-out');
    expect(session.getState()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  it('works without storage, for the life of the page', () => {
    const session = createSession(null);
    session.start('jwt-6');
    expect(session.getState().token).toBe('jwt-6');
  });
});
