import { createBoundedCache } from '../domain/bounded-cache.js';
import type { Viewer } from '../domain/model.js';
import { viewerOfPerson, type PersonRecord } from '../domain/people.js';
import type { PeopleStore } from '../store/people-store.js';

/**
 * The check of every request (issue 12): a token says who someone was when it was issued; the
 * person's record says what they may do now. A disabled person is refused, and a role or body
 * change applies, on their next request, whatever their token says and however long it still
 * runs. The records are kept per instance for at most `ttlMs` (so another instance's change
 * reaches this one within that time; this instance's own changes at once, through `forget`),
 * and for at most `maxEntries` people.
 *
 * A token whose subject has no record (an account made in the directory's console, or before
 * the product kept records) is served as the token says: the directory vouches for it, and the
 * people page lists it for a coordinator to reconcile.
 */
export interface PersonGate {
  /** The viewer this request acts as, or null when the person may not use the product now. */
  check(tokenViewer: Viewer): Promise<Viewer | null>;
  /** Drops what this instance knows of a person, after a change. */
  forget(id: string): void;
}

/** Out within a minute, as issue 12 asks: half of it, so one refresh always fits. */
export const PERSON_CHECK_TTL_MS = 30_000;
const MAX_PEOPLE_KEPT = 10_000;

export function createPersonGate({
  people,
  clock = () => new Date(),
  ttlMs = PERSON_CHECK_TTL_MS,
  maxEntries = MAX_PEOPLE_KEPT,
  recordSignIns = true,
}: {
  people: Pick<PeopleStore, 'get' | 'recordSignIn'>;
  clock?: () => Date;
  ttlMs?: number;
  maxEntries?: number;
  /** False for a reader that writes nothing (the export function): an invitation is then accepted by the API only. */
  recordSignIns?: boolean;
}): PersonGate {
  const kept = createBoundedCache<{ person: PersonRecord | null; readAt: number }>({
    maxEntries,
    maxBytes: maxEntries * 1024,
    sizeOf: () => 512,
  });
  return {
    async check(tokenViewer) {
      const now = clock().getTime();
      let entry = kept.get(tokenViewer.id);
      if (!entry || now - entry.readAt >= ttlMs || now < entry.readAt) {
        const person = (await people.get(tokenViewer.id, { consistent: true })) ?? null;
        entry = { person, readAt: now };
        kept.set(tokenViewer.id, entry);
      }
      const { person } = entry;
      if (!person) return tokenViewer;
      // The cloud's sign-in happens at Cognito, not here: the first request with a token from a
      // newer sign-in (its auth_time) records it, and an invited person's first request accepts
      // the invitation. Once per sign-in: the kept record is updated with it.
      const signedInAt = tokenViewer.signedInAt ?? (person.status === 'INVITED' ? clock().toISOString() : undefined);
      if (recordSignIns && person.status !== 'DISABLED' && signedInAt && (person.status === 'INVITED' || signedInAt > (person.lastSignInAt ?? ''))) {
        await people.recordSignIn(person.id, signedInAt);
        entry.person = { ...person, lastSignInAt: signedInAt, status: 'ACTIVE' };
      }
      return viewerOfPerson(person);
    },
    forget: (id) => kept.delete(id),
  };
}
