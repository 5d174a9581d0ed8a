import { expect } from 'chai';
import { localeProblems } from '../../test-support/locale-check.ts';
import en from './locales/pay-page-en.ts';
import { LANGUAGE_NAMES, payPageMessages } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('pay-page locales', () => {
  const keys = Object.keys(en);

  it('offer every language of the Language select, named in itself', () => {
    expect(['en', ...Object.keys(payPageMessages.loaders)].sort()).to.deep.equal(
      Object.keys(LANGUAGE_NAMES).sort(),
    );
  });

  for (const [code, load] of Object.entries(payPageMessages.loaders)) {
    it(`${code}: has every English key, non-empty, with the same placeholders`, async () => {
      const messages: Record<string, unknown> = (await load()).default;
      for (const key of keys) {
        const value = messages[key];
        expect(value, `${code}.${key}`).to.be.a('string');
        expect((value as string).trim(), `${code}.${key}`).not.to.equal('');
        expect(placeholders(value as string), `${code}.${key} placeholders`).to.deep.equal(
          placeholders(en[key as keyof typeof en]),
        );
      }
      expect(Object.keys(messages).sort(), `${code} has no extra keys`).to.deep.equal([...keys].sort());
      expect(localeProblems(en, messages, code)).to.deep.equal([]);
    });
  }
});
