import { expect } from 'chai';
import { directionOf, formattingLocale, resolveLocale } from './resolve-locale.ts';

describe('resolveLocale', () => {
  const available = ['en', 'nl', 'fr', 'de', 'ar'];

  it('takes the exact tag, then the language of a regional tag', () => {
    expect(resolveLocale(['nl'], available)).to.equal('nl');
    expect(resolveLocale(['fr-BE'], available)).to.equal('fr');
    expect(resolveLocale(['de_AT'], available)).to.equal('de');
  });

  it('skips candidates without a translation and falls back to English', () => {
    expect(resolveLocale([undefined, 'ja', 'fr-CA'], available)).to.equal('fr');
    expect(resolveLocale(['ja', 'zh-TW'], available)).to.equal('en');
    expect(resolveLocale([], available)).to.equal('en');
  });

  it('keeps the region for formatting and knows right-to-left languages', () => {
    expect(formattingLocale(['not a tag!', 'fr-BE'], 'fr')).to.equal('fr-BE');
    expect(directionOf('ar-EG')).to.equal('rtl');
    expect(directionOf('nl')).to.equal('ltr');
  });
});
