import { expect } from 'chai';
import { localeProblems } from '../../test-support/locale-check.ts';
import { directionOf } from '../i18n/resolve-locale.ts';
import en from './locales/en.ts';
import { listMessages } from './messages.ts';

/** `a.b.c` → value, for every string in a nested messages object. */
function flatten(messages: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    if (value && typeof value === 'object')
      for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
    else out.set(`${prefix}${key}`, value);
  }
  return out;
}

const PLURAL_FORMS = /_(zero|one|two|few|many|other)$/;

describe('<paylink-list> locales', () => {
  const english = flatten(en);

  for (const [locale, load] of Object.entries(listMessages.loaders)) {
    it(`${locale} has every English key, as a non-empty string`, async () => {
      const messages = flatten((await load()).default);
      const missing = [...english.keys()].filter((key) => {
        const value = messages.get(key);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(missing, `${locale} misses ${missing.join(', ')}`).to.deep.equal([]);
      const extra = [...messages.keys()].filter((key) => !english.has(key) && !PLURAL_FORMS.test(key));
      expect(extra, `${locale} has keys English does not`).to.deep.equal([]);
      expect(localeProblems(en, (await load()).default, locale)).to.deep.equal([]);
    });

    it(`${locale} keeps every placeholder of the English text`, async () => {
      const messages = flatten((await load()).default);
      for (const [key, value] of english) {
        const wanted = String(value).match(/\{\{[^}]+\}\}/g) ?? [];
        const got = String(messages.get(key) ?? '');
        for (const placeholder of wanted) {
          // Singular forms may spell "one" out instead of using the count.
          if (placeholder.startsWith('{{count') && /_(one|zero|two)$/.test(key)) continue;
          expect(got, `${locale}.${key}`).to.contain(placeholder);
        }
      }
    });
  }

  it('takes the text direction from the language, not from its messages', () => {
    const directions = Object.fromEntries(
      ['en', ...Object.keys(listMessages.loaders)].map((l) => [l, directionOf(l)]),
    );
    expect(directions).to.deep.equal({
      en: 'ltr',
      ar: 'rtl',
      de: 'ltr',
      es: 'ltr',
      fr: 'ltr',
      it: 'ltr',
      nl: 'ltr',
      pt: 'ltr',
    });
    expect(en).not.to.have.property('dir');
  });
});
