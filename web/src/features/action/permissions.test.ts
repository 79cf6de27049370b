import { describe, expect, it } from 'vitest';
import { permissions } from './permissions';

const enisaAction = { owners: ['ENISA'] };
const sharedAction = { owners: ['EUROJUST', 'EUROPOL_EC3'] };

describe('permissions', () => {
  it('lets a coordinator update any action and revise its deadline', () => {
    expect(permissions({ role: 'COORDINATOR', actor: null }, enisaAction)).toEqual({ update: true, reviseDeadline: true });
  });

  it('lets an owner update only the actions their body owns, never revise a deadline', () => {
    expect(permissions({ role: 'OWNER', actor: 'ENISA' }, enisaAction)).toEqual({ update: true, reviseDeadline: false });
    expect(permissions({ role: 'OWNER', actor: 'EUROPOL_EC3' }, sharedAction)).toEqual({ update: true, reviseDeadline: false });
    expect(permissions({ role: 'OWNER', actor: 'ENISA' }, sharedAction)).toEqual({ update: false, reviseDeadline: false });
    expect(permissions({ role: 'OWNER', actor: null }, enisaAction)).toEqual({ update: false, reviseDeadline: false });
  });

  it('offers nothing to member-state contacts, viewers or an unknown user', () => {
    expect(permissions({ role: 'MEMBER_STATE', actor: null }, enisaAction)).toEqual({ update: false, reviseDeadline: false });
    expect(permissions({ role: 'VIEWER', actor: null }, enisaAction)).toEqual({ update: false, reviseDeadline: false });
    expect(permissions(null, enisaAction)).toEqual({ update: false, reviseDeadline: false });
  });
});
