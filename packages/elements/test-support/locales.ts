import { expect } from 'chai';
import type { LocaleBundle, Messages } from '../src/i18n/i18n.ts';
import { directionOf } from '../src/i18n/resolve-locale.ts';

/** `a.b.c` → text, for every string in nested messages. */
export function flattenMessages(messages: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (value && typeof value === 'object') {
      for (const [k, v] of flattenMessages(value, `${prefix}${key}.`)) out.set(k, v);
    } else out.set(`${prefix}${key}`, String(value));
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();

/**
 * Defines one test per language of `bundle`: every English key is there, non-empty, with the same
 * placeholders; no key English does not have; and the language's own text direction.
 */
export function describeLocales(name: string, bundle: LocaleBundle, en: Messages): void {
  describe(`${name} locales`, () => {
    const english = flattenMessages(en);
    for (const [code, load] of Object.entries(bundle.loaders)) {
      it(`${code}: every English key, non-empty, with the same placeholders, and its own direction`, async () => {
        const messages = flattenMessages((await load()).default);
        for (const [key, text] of english) {
          const value = messages.get(key);
          expect(value?.trim(), `${code}.${key}`).to.be.a('string').and.not.equal('');
          expect(placeholders(value ?? ''), `${code}.${key} placeholders`).to.deep.equal(placeholders(text));
        }
        const extra = [...messages.keys()].filter((key) => !english.has(key));
        expect(extra, `${code} has keys English does not`).to.deep.equal([]);
        expect(messages.get('dir')).to.equal(directionOf(code));
      });
    }
  });
}
