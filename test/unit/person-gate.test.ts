import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../functions/domain/model.js';
import type { PersonRecord } from '../../functions/domain/people.js';
import { createPersonGate } from '../../functions/people/gate.js';

/** The two calls the gate makes of the people store, over a map, counting the sign-ins recorded. */
function peopleOf(...records: PersonRecord[]) {
  const byId = new Map(records.map((record) => [record.id, record]));
  const signIns: { id: string; at: string }[] = [];
  return {
    signIns,
    byId,
    people: {
      get: async (id: string) => byId.get(id),
      recordSignIn: async (id: string, at: string) => {
        signIns.push({ id, at });
        const record = byId.get(id)!;
        byId.set(id, { ...record, lastSignInAt: at, status: 'ACTIVE' });
      },
    },
  };
}

const ana: PersonRecord = {
  id: 'ana',
  name: 'Ana',
  email: 'ana@example.eu',
  role: 'VIEWER',
  status: 'ACTIVE',
  lastSignInAt: '2014-01-10T09:00:00.000Z',
  version: 1,
};
const token = (signedInAt?: string): Viewer => ({ id: 'ana', name: 'Ana', role: 'VIEWER', ...(signedInAt ? { signedInAt } : {}) });

describe('the person gate', () => {
  it('records a sign-in once, from the first request whose token comes from a newer sign-in', async () => {
    const store = peopleOf(ana);
    const gate = createPersonGate({ people: store.people, clock: () => new Date('2014-02-07T10:00:00Z') });
    await gate.check(token('2014-02-07T09:30:00.000Z'));
    await gate.check(token('2014-02-07T09:30:00.000Z'));
    await gate.check(token('2014-01-10T09:00:00.000Z'));
    expect(store.signIns).toEqual([{ id: 'ana', at: '2014-02-07T09:30:00.000Z' }]);
  });

  it('accepts an invitation on the first request, at the sign-in the token names or else now', async () => {
    const invited = { ...ana, status: 'INVITED' as const, lastSignInAt: undefined };
    const store = peopleOf(invited);
    const gate = createPersonGate({ people: store.people, clock: () => new Date('2014-02-07T10:00:00Z') });
    expect(await gate.check(token())).toMatchObject({ id: 'ana', role: 'VIEWER' });
    await gate.check(token());
    expect(store.signIns).toEqual([{ id: 'ana', at: '2014-02-07T10:00:00.000Z' }]);
  });

  it('records nothing for a reader that writes nothing, or for a disabled person, who is refused', async () => {
    const reader = peopleOf(ana);
    await createPersonGate({ people: reader.people, recordSignIns: false }).check(token('2014-02-07T09:30:00.000Z'));
    expect(reader.signIns).toEqual([]);
    const disabled = peopleOf({ ...ana, status: 'DISABLED' });
    expect(await createPersonGate({ people: disabled.people }).check(token('2014-02-07T09:30:00.000Z'))).toBeNull();
    expect(disabled.signIns).toEqual([]);
  });
});
