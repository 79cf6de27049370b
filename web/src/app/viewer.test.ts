import { beforeAll, describe, expect, it } from 'vitest';
import actorNames from '../../../data/actor-names.json';
import { provideBodyNames } from '../i18n/names';
import { describeViewer } from './viewer';

// The bodies' names arrive as data when the app starts (main.tsx); here, as that file holds them,
// rather than from whichever test file of the worker provided them before (files share modules).
beforeAll(() => provideBodyNames(actorNames));

const names = {
  actors: [{ id: 'EUROPOL_EC3', name: 'Europol (European Cybercrime Centre, EC3)' }],
  memberStates: [{ code: 'DE', name: 'Germany' }],
};

describe('describeViewer', () => {
  it('names the body an owner acts for', () => {
    expect(describeViewer({ name: 'EC3 desk', role: 'OWNER', actor: 'EUROPOL_EC3', country: null }, names, 'en')).toEqual({
      name: 'EC3 desk',
      role: 'OWNER',
      affiliation: 'Europol (European Cybercrime Centre, EC3)',
    });
  });

  it('names the country a member-state contact reports for', () => {
    expect(describeViewer({ name: 'Berlin contact', role: 'MEMBER_STATE', actor: null, country: 'DE' }, names, 'en')).toEqual({
      name: 'Berlin contact',
      role: 'MEMBER_STATE',
      affiliation: 'Germany',
    });
  });

  it('has no affiliation for a coordinator', () => {
    expect(describeViewer({ name: 'Coordinator', role: 'COORDINATOR', actor: null, country: null }, names, 'en').affiliation).toBeNull();
  });

  it("names them in the reader's language", () => {
    expect(describeViewer({ name: 'EC3 desk', role: 'OWNER', actor: 'EUROPOL_EC3', country: null }, names, 'de').affiliation).toBe(
      'Europol und sein Europäisches Zentrum zur Bekämpfung der Cyberkriminalität (EC3)',
    );
    expect(describeViewer({ name: 'Berlin contact', role: 'MEMBER_STATE', actor: null, country: 'DE' }, names, 'fr').affiliation).toBe('Allemagne');
  });

  it('falls back to the code when the name is unknown', () => {
    expect(describeViewer({ name: 'X', role: 'MEMBER_STATE', actor: null, country: 'XX' }, names, 'en').affiliation).toBe('XX');
    expect(describeViewer({ name: 'X', role: 'OWNER', actor: 'NEW_BODY', country: null }, names, 'fr').affiliation).toBe('NEW_BODY');
  });
});
