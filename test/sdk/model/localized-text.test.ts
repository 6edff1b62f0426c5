import { expect } from '@open-wc/testing';
import { resolveText, resolvedLanguage } from '../../../src/sdk/index.js';

describe('resolveText', () => {
  const text = { sv: 'Boende', en: 'Housing', ar: 'السكن' };
  it('uses the requested language when present', () => {
    expect(resolveText(text, 'en')).to.equal('Housing');
    expect(resolveText(text, 'ar')).to.equal('السكن');
  });
  it('falls back from a regional tag to its base language', () => {
    expect(resolveText(text, 'en-GB')).to.equal('Housing');
    expect(resolvedLanguage(text, 'en-GB')).to.equal('en');
  });
  it('falls back sv → en → first present', () => {
    expect(resolveText(text, 'fi')).to.equal('Boende');
    expect(resolveText({ sv: '', en: 'Only English' } as never, 'fi')).to.equal('Only English');
    expect(resolveText({ sv: '', de: 'Wohnen' } as never, 'fi')).to.equal('Wohnen');
  });
  it('returns plain strings as they are and an empty string for nothing', () => {
    expect(resolveText('Egen text', 'en')).to.equal('Egen text');
    expect(resolveText(undefined, 'en')).to.equal('');
  });
});
