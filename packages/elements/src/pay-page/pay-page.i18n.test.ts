import { expect } from 'chai';
import { cleanupFixtures, waitUntil } from '../../test-support/fixture.ts';
import { formatMoney } from '../i18n/format.ts';
import ar from './locales/pay-page-ar.ts';
import de from './locales/pay-page-de.ts';
import en from './locales/pay-page-en.ts';
import fr from './locales/pay-page-fr.ts';
import nl from './locales/pay-page-nl.ts';
import { LANGUAGE_NAMES } from './messages.ts';
import {
  buttonNamed,
  eventCount,
  headingText,
  linkIn,
  mountPayPage,
  type PaylinkPayPage,
  q,
  simulateReload,
  squash,
  useBackend,
} from './pay-page.harness.ts';

const backend = useBackend();

const payText = (el: PaylinkPayPage) => squash(q(el, '[part~="pay-button"]').textContent);
const amount = (locale: string) => squash(formatMoney(1250, 'EUR', locale));

async function choose(el: PaylinkPayPage, language: string): Promise<void> {
  const select = q<HTMLSelectElement>(el, 'select');
  select.value = language;
  select.dispatchEvent(new Event('change'));
  await el.ready();
}

describe('<paylink-pay-page> languages', () => {
  it('has a Language select with every language named in itself', async () => {
    const el = await mountPayPage(
      `<paylink-pay-page token="${linkIn(backend, 'created').token}"></paylink-pay-page>`,
    );
    const select = q<HTMLSelectElement>(el, 'select');
    expect(q(el, `label[for="${select.id}"]`).textContent?.trim()).to.equal('Language');
    const options = [...select.options].map((o) => [o.value, o.textContent?.trim(), o.lang]);
    expect(options).to.deep.equal(Object.entries(LANGUAGE_NAMES).map(([code, name]) => [code, name, code]));
    expect(select.value).to.equal('en');
  });

  it('switches language without reloading, updating lang and dir', async () => {
    const link = linkIn(backend, 'created');
    const el = await mountPayPage(`<paylink-pay-page token="${link.token}"></paylink-pay-page>`);
    await choose(el, 'nl');
    expect(payText(el)).to.equal(nl.pay.replace('{{amount}}', amount('nl')));
    expect(q(el, 'label').textContent?.trim()).to.equal(nl.language);
    expect([el.lang, el.dir]).to.deep.equal(['nl', 'ltr']);

    await choose(el, 'ar');
    expect(payText(el)).to.equal(ar.pay.replace('{{amount}}', amount('ar')));
    expect([el.getAttribute('lang'), el.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    expect([q(el, '.page').lang, q(el, '.page').dir]).to.deep.equal(['ar', 'rtl']);
    expect(headingText(el)).to.equal('Invoice 2026-041');
    expect(eventCount(backend, link.id, 'opened')).to.equal(1);
  });

  it('falls back from a region to its language: fr-BE shows French with Belgian amounts', async () => {
    const el = await mountPayPage(
      `<paylink-pay-page token="${linkIn(backend, 'created').token}" lang="fr-BE"></paylink-pay-page>`,
    );
    expect(payText(el)).to.equal(fr.pay.replace('{{amount}}', amount('fr-BE')));
    expect(buttonNamed(el, fr.methodCard)).to.exist;
    expect(el.getAttribute('lang')).to.equal('fr-BE');
    expect(q(el, '.page').lang).to.equal('fr-BE');
  });

  it('uses the link’s language when the element has none', async () => {
    const el = await mountPayPage(
      `<paylink-pay-page token="${linkIn(backend, 'created', { language: 'nl' }).token}"></paylink-pay-page>`,
    );
    expect(payText(el)).to.equal(nl.pay.replace('{{amount}}', amount('nl')));
    expect(el.lang).to.equal('nl');
  });

  it('puts the lang attribute before the link’s language, and the customer’s choice before both', async () => {
    const el = await mountPayPage(
      `<paylink-pay-page token="${linkIn(backend, 'created', { language: 'nl' }).token}" lang="de"></paylink-pay-page>`,
    );
    expect(payText(el)).to.equal(de.pay.replace('{{amount}}', amount('de')));
    await choose(el, 'fr');
    expect(payText(el)).to.equal(fr.pay.replace('{{amount}}', amount('fr')));
  });

  it('follows a new lang attribute set by the embedding page', async () => {
    const el = await mountPayPage(
      `<paylink-pay-page token="${linkIn(backend, 'created').token}" lang="en"></paylink-pay-page>`,
    );
    el.setAttribute('lang', 'de');
    await el.ready();
    await waitUntil(() => payText(el) === de.pay.replace('{{amount}}', amount('de')), 'German');
    expect(el.lang).to.equal('de');
  });

  it('keeps the customer’s language across the round trip to the PSP', async () => {
    const link = linkIn(backend, 'created');
    const first = await mountPayPage(`<paylink-pay-page token="${link.token}"></paylink-pay-page>`);
    await choose(first, 'nl');
    cleanupFixtures();
    simulateReload();
    const el = await mountPayPage(`<paylink-pay-page token="${link.token}"></paylink-pay-page>`);
    expect(payText(el)).to.equal(nl.pay.replace('{{amount}}', amount('nl')));
  });

  it('shows English when the link’s language has no translation', async () => {
    const el = await mountPayPage(
      `<paylink-pay-page token="${linkIn(backend, 'created', { language: 'ja' }).token}"></paylink-pay-page>`,
    );
    expect(q(el, 'label').textContent?.trim()).to.equal(en.language);
  });
});
