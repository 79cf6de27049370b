import { describe, expect, it } from 'vitest';
import { describeViewer } from './viewer';

const names = {
  actors: [{ id: 'EUROPOL_EC3', name: 'Europol (European Cybercrime Centre, EC3)' }],
  memberStates: [{ code: 'DE', name: 'Germany' }],
};

describe('describeViewer', () => {
  it('names the body an owner acts for', () => {
    expect(describeViewer({ name: 'EC3 desk', role: 'OWNER', actor: 'EUROPOL_EC3', country: null }, names)).toEqual({
      name: 'EC3 desk',
      role: 'OWNER',
      affiliation: 'Europol (European Cybercrime Centre, EC3)',
    });
  });

  it('names the country a member-state contact reports for', () => {
    expect(describeViewer({ name: 'Berlin contact', role: 'MEMBER_STATE', actor: null, country: 'DE' }, names)).toEqual({
      name: 'Berlin contact',
      role: 'MEMBER_STATE',
      affiliation: 'Germany',
    });
  });

  it('has no affiliation for a coordinator', () => {
    expect(describeViewer({ name: 'Coordinator', role: 'COORDINATOR', actor: null, country: null }, names).affiliation).toBeNull();
  });

  it('falls back to the code when the name is unknown', () => {
    expect(describeViewer({ name: 'X', role: 'MEMBER_STATE', actor: null, country: 'HR' }, names).affiliation).toBe('HR');
  });
});
