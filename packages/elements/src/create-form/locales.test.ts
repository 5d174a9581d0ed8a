import { expect } from 'chai';
import en from './locales/en.ts';
import { createFormMessages } from './messages.ts';

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

describe('<paylink-create-form> locales', () => {
  const english = flatten(en);

  it('covers the seven link languages and Arabic', () => {
    expect(Object.keys(createFormMessages.loaders).sort()).to.deep.equal([
      'ar',
      'de',
      'es',
      'fr',
      'it',
      'nl',
      'pt',
    ]);
  });

  for (const [locale, load] of Object.entries(createFormMessages.loaders)) {
    it(`${locale} has exactly the English keys, as non-empty strings, with their placeholders`, async () => {
      const messages = flatten((await load()).default);
      const missing = [...english.keys()].filter((key) => {
        const value = messages.get(key);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(missing, `${locale} misses ${missing.join(', ')}`).to.deep.equal([]);
      const extra = [...messages.keys()].filter((key) => !english.has(key) && !PLURAL_FORMS.test(key));
      expect(extra, `${locale} has keys English does not`).to.deep.equal([]);
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
});
