import { expect } from 'chai';
import { expectAccessible } from '../../test-support/axe.ts';
import {
  $,
  cleanup,
  linkIn,
  mockBackend,
  mountDetail,
  shown,
  stopMockBackend,
  tabNames,
} from './detail.harness.ts';
import en, { type DetailMessages } from './locales/en.ts';
import { detailMessages } from './messages.ts';

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

describe('<paylink-detail> locales', () => {
  const english = flatten(en);

  it('has the seven languages and Arabic', () => {
    expect(Object.keys(detailMessages.loaders).sort()).to.deep.equal([
      'ar',
      'de',
      'es',
      'fr',
      'it',
      'nl',
      'pt',
    ]);
  });

  for (const [locale, load] of Object.entries(detailMessages.loaders)) {
    it(`${locale}: exactly the English keys, each a translated, non-empty string with its placeholders`, async () => {
      const messages = flatten((await load()).default);
      expect([...messages.keys()].sort()).to.deep.equal([...english.keys()].sort());
      let same = 0;
      for (const [key, value] of english) {
        const got = messages.get(key);
        expect(got, `${locale}.${key}`).to.be.a('string').and.not.match(/^\s*$/);
        for (const placeholder of String(value).match(/\{\{[^}]+\}\}/g) ?? []) {
          expect(got, `${locale}.${key}`).to.contain(placeholder);
        }
        if (got === value) same++;
      }
      // Names (WhatsApp, API, ID…) may stay as they are; the rest is translated.
      expect(same, `${locale}: untranslated strings`).to.be.below(12);
    });
  }

  it('declares the text direction in every locale', async () => {
    expect(en.dir).to.equal('ltr');
    for (const [locale, load] of Object.entries(detailMessages.loaders)) {
      expect((await load()).default.dir, locale).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
    }
  });
});

describe('<paylink-detail> in every language', () => {
  before(async () => {
    (await mockBackend()).engine.reset();
  });
  afterEach(cleanup);
  after(stopMockBackend);

  for (const locale of ['en', ...Object.keys(detailMessages.loaders)]) {
    it(`${locale}: its own words and direction, accessibly`, async () => {
      const m = await mockBackend();
      const detail = await mountDetail(linkIn(m, 'paid').id, { lang: locale });
      await shown(detail);
      const messages = (
        locale === 'en' ? en : (await detailMessages.loaders[locale]!()).default
      ) as DetailMessages;
      expect(tabNames(detail)).to.deep.equal([
        messages.tab.details,
        messages.tab.events,
        messages.tab.refunds,
      ]);
      expect($(detail, '.frame')?.getAttribute('dir')).to.equal(messages.dir);
      expect($(detail, '.frame')?.getAttribute('lang')).to.equal(locale);
      await expectAccessible(detail);
    });
  }
});
