import { describe, expect, it } from 'vitest';
import { initialLanguage } from './languages';

describe('initialLanguage', () => {
  it('keeps a remembered choice over the browser', () => {
    expect(initialLanguage('de', ['fr-FR', 'en'])).toBe('de');
  });
  it('takes the first browser language the interface speaks', () => {
    expect(initialLanguage(null, ['nl-BE', 'fr-BE', 'en'])).toBe('fr');
  });
  it('ignores a stored value that is not a language', () => {
    expect(initialLanguage('xx', ['DE-at'])).toBe('de');
  });
  it('falls back to English', () => {
    expect(initialLanguage(null, ['it', 'pl'])).toBe('en');
  });
});
