import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../functions/domain/model.js';
import { authorize, mayAttempt, type Write } from '../../functions/domain/permissions.js';
import { catalogue } from '../../functions/domain/strategy-catalogue.js';

/**
 * Who may write what, cell by cell: every role × every write, own and other body, own and other
 * country, against the table of the tracking issue. `authorize()` is the one place the rule
 * lives and it is pure, so the whole matrix is a table here; the integration test
 * (test/integration/authorization.test.ts) checks over HTTP that each mutation asks it, with the
 * right body or country, and that a refused write leaves no trace.
 */
type Role = Viewer['role'];

/** The local users the integration test signs in as: ENISA owns 2.1-03, not 2.1-01. */
const VIEWERS: Record<Role, Viewer> = {
  COORDINATOR: { id: 'coordinator', name: 'Commission coordinator', role: 'COORDINATOR' },
  OWNER: { id: 'owner-enisa', name: 'ENISA: owner', role: 'OWNER', actor: 'ENISA' },
  MEMBER_STATE: { id: 'contact-fr', name: 'France: national contact', role: 'MEMBER_STATE', country: 'FR' },
  VIEWER: { id: 'viewer', name: 'Review conference viewer', role: 'VIEWER' },
};
const ROLES = Object.keys(VIEWERS) as Role[];

const ownersOf = (ref: string) => {
  const action = catalogue.actions.find((candidate) => candidate.ref === ref);
  if (!action) throw new Error(`${ref} is not in the catalogue`);
  return action.owners;
};

/** The cells of the integration test's matrix, by the write each one makes, and who may make it. */
const AUTHORIZATION_CELLS: { name: string; write: Write; allowed: Role[] }[] = [
  {
    name: 'updateAction on an action of the owner’s body',
    write: { kind: 'updateAction', owners: ownersOf('2.1-03') },
    allowed: ['COORDINATOR', 'OWNER'],
  },
  { name: 'updateAction on another body’s action', write: { kind: 'updateAction', owners: ownersOf('2.1-01') }, allowed: ['COORDINATOR'] },
  { name: 'reviseDeadline', write: { kind: 'reviseDeadline' }, allowed: ['COORDINATOR'] },
  {
    name: 'submitMemberStateReport for the contact’s own country',
    write: { kind: 'submitMemberStateReport', country: 'FR' },
    allowed: ['MEMBER_STATE'],
  },
  { name: 'submitMemberStateReport for another country', write: { kind: 'submitMemberStateReport', country: 'DE' }, allowed: [] },
  { name: 'reviewMemberStateReport', write: { kind: 'reviewMemberStateReport' }, allowed: ['COORDINATOR'] },
  { name: 'openReportingRound', write: { kind: 'openReportingRound' }, allowed: ['COORDINATOR'] },
  { name: 'closeReportingRound', write: { kind: 'closeReportingRound' }, allowed: ['COORDINATOR'] },
  { name: 'freezeSnapshot', write: { kind: 'freezeSnapshot' }, allowed: ['COORDINATOR'] },
];

describe('who may write what', () => {
  it('has a cell for every kind of write', () => {
    const kinds = new Set(AUTHORIZATION_CELLS.map((cell) => cell.write.kind));
    expect([...kinds].sort()).toEqual(
      [
        'closeReportingRound',
        'freezeSnapshot',
        'openReportingRound',
        'reviewMemberStateReport',
        'reviseDeadline',
        'submitMemberStateReport',
        'updateAction',
      ].sort(),
    );
  });

  const matrix = AUTHORIZATION_CELLS.flatMap((cell) => ROLES.map((role) => [cell.name, role, cell.allowed.includes(role), cell.write] as const));

  it.each(matrix)('%s as %s → allowed: %s', (_name, role, allowed, write) => {
    const decision = authorize(VIEWERS[role], write);
    expect(decision.allowed).toBe(allowed);
    // A refusal says why, in a sentence the API passes on.
    if (!decision.allowed) expect(decision.reason).toMatch(/\w.*\./);
  });

  it('asks the role first: a role may attempt a kind of write exactly when some target of it is allowed to it', () => {
    for (const kind of new Set(AUTHORIZATION_CELLS.map((cell) => cell.write.kind))) {
      const allowedSomewhere = new Set(AUTHORIZATION_CELLS.filter((cell) => cell.write.kind === kind).flatMap((cell) => cell.allowed));
      for (const role of ROLES) {
        const decision = mayAttempt(VIEWERS[role], kind);
        expect({ kind, role, allowed: decision.allowed }).toEqual({ kind, role, allowed: allowedSomewhere.has(role) });
        // A role that may never make the write is told so, whatever the target, in authorize's own words.
        if (!decision.allowed)
          for (const cell of AUTHORIZATION_CELLS.filter((each) => each.write.kind === kind)) {
            expect(authorize(VIEWERS[role], cell.write)).toEqual(decision);
          }
      }
    }
  });

  it('binds an owner to their body and a contact to their country, not to their role alone', () => {
    const otherOwner: Viewer = { ...VIEWERS.OWNER, actor: 'EUROPOL' };
    expect(authorize(otherOwner, { kind: 'updateAction', owners: ['ENISA'] }).allowed).toBe(false);
    expect(authorize(otherOwner, { kind: 'updateAction', owners: ['ENISA', 'EUROPOL'] }).allowed).toBe(true);
    const unbound: Viewer = { id: 'owner-x', name: 'Owner without a body', role: 'OWNER' };
    expect(authorize(unbound, { kind: 'updateAction', owners: ['ENISA'] }).allowed).toBe(false);
    const germany: Viewer = { ...VIEWERS.MEMBER_STATE, country: 'DE' };
    expect(authorize(germany, { kind: 'submitMemberStateReport', country: 'DE' }).allowed).toBe(true);
    expect(authorize(germany, { kind: 'submitMemberStateReport', country: 'FR' }).allowed).toBe(false);
    const noCountry: Viewer = { id: 'contact-x', name: 'Contact without a country', role: 'MEMBER_STATE' };
    expect(authorize(noCountry, { kind: 'submitMemberStateReport', country: 'FR' }).allowed).toBe(false);
  });
});
