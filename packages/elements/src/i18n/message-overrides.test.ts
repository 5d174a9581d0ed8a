// setMessages on elements already on the page: English and Dutch wording changed, Polish and Hebrew
// added. The regions marked `#region` are the samples docs/i18n.md shows.
import { setMessages } from '@paylink/elements';
import { expect } from 'chai';
import { expectAccessible } from '../../test-support/axe.ts';
import { waitUntil } from '../../test-support/fixture.ts';
import '../list/define.ts';
import { $, $$, cleanup, loaded, mountList, syntheticClient } from '../list/list.harness.ts';
import type { PaylinkList } from '../list/list.ts';
import listEn from '../list/locales/en.ts';
import payEn from '../pay-page/locales/pay-page-en.ts';
import nl from '../pay-page/locales/pay-page-nl.ts';
import {
  buttonNamed,
  linkIn,
  mountPayPage,
  type PaylinkPayPage,
  q,
  squash,
  useBackend,
} from '../pay-page/pay-page.harness.ts';
import { formatMoney } from './format.ts';
import type * as Overrides from './message-overrides.ts';

const backend = useBackend();
afterEach(cleanup);

const amount = (locale: string) => squash(formatMoney(1250, 'EUR', locale));
const payText = (el: PaylinkPayPage) => squash(q(el, '[part~="pay-button"]').textContent);
const summary = (list: PaylinkList) => squash($(list, '[part="summary"] .counts')?.textContent);
const columns = (list: PaylinkList) => $$(list, '[role="columnheader"]').map((c) => squash(c.textContent));

async function payPage(attributes = ''): Promise<PaylinkPayPage> {
  const { token } = linkIn(backend, 'created');
  return mountPayPage(`<paylink-pay-page token="${token}" ${attributes}></paylink-pay-page>`);
}

async function list(total: number, lang: string): Promise<PaylinkList> {
  const element = await mountList({ client: syntheticClient(total), attrs: { lang } });
  await loaded(element);
  return element;
}

describe('setMessages', () => {
  it('changes an English label of a list already on the page at once', async () => {
    const element = await list(3, 'en');
    expect(squash($(element, '[part~="create-button"]')?.textContent)).to.equal(listEn.newLink);

    // #region override-english
    setMessages('list', 'en', {
      newLink: 'Create a payment link',
      column: { customer: 'Client' },
    });
    // #endregion

    await element.updateComplete;
    expect(squash($(element, '[part~="create-button"]')?.textContent)).to.equal('Create a payment link');
    expect(columns(element)).to.include('Client');
    // Keys left out keep their text.
    expect(columns(element)).to.include(listEn.column.reference);
    expect(summary(element)).to.equal('3 links');
  });

  it('keeps a Dutch string when Dutch is downloaded after it was set', async () => {
    const el = await payPage('lang="en"');

    // #region override-dutch
    setMessages('pay-page', 'nl', { pay: 'Nu {{amount}} betalen' });
    // #endregion

    // Dutch is not shown yet (nothing asked for it), so nothing changes.
    await el.updateComplete;
    expect(payText(el)).to.equal(payEn.pay.replace('{{amount}}', amount('en')));
    el.setAttribute('lang', 'nl');
    await el.ready();
    await waitUntil(() => q(el, 'label').textContent?.trim() === nl.language, 'the Dutch module');
    expect(payText(el)).to.equal(`Nu ${amount('nl')} betalen`);
    expect(squash(q(el, '[part~="footer"]').textContent)).to.equal(nl.secure);
  });

  it('adds Polish to the pay page: its strings, English for the rest, named in its Language select', async () => {
    const shown = await payPage();
    expect([...q<HTMLSelectElement>(shown, 'select').options].map((o) => o.value)).not.to.include('pl');

    // #region add-polish
    setMessages('pay-page', 'pl', {
      language: 'Język',
      amountDue: 'Do zapłaty',
      methods: 'Metoda płatności',
      methodCard: 'Karta',
      pay: 'Zapłać {{amount}}',
    });
    // #endregion

    // A page already shown offers the new language at once, and switches to it when chosen.
    await shown.updateComplete;
    const select = q<HTMLSelectElement>(shown, 'select');
    const polish = [...select.options].find((o) => o.value === 'pl');
    expect([polish?.textContent?.trim(), polish?.lang]).to.deep.equal(['polski', 'pl']);
    select.value = 'pl';
    select.dispatchEvent(new Event('change'));
    await shown.ready();
    expect(payText(shown)).to.equal(`Zapłać ${amount('pl')}`);

    const el = await payPage('lang="pl"');
    expect([el.lang, el.dir]).to.deep.equal(['pl', 'ltr']);
    expect(q(el, 'label').textContent?.trim()).to.equal('Język');
    expect(payText(el)).to.equal(`Zapłać ${amount('pl')}`);
    expect(buttonNamed(el, 'Karta')).to.exist;
    // Keys it left out are English.
    expect(squash(q(el, '[part~="footer"]').textContent)).to.equal(payEn.secure);
    await expectAccessible(el);
  });

  it('counts in the plural forms of an added language (Polish: one, few, many)', async () => {
    // #region add-polish-plurals
    setMessages('list', 'pl', {
      newLink: 'Nowy link płatności',
      total_one: '{{count, number}} link',
      total_few: '{{count, number}} linki',
      total_many: '{{count, number}} linków',
    });
    // #endregion

    const counts: string[] = [];
    for (const total of [1, 3, 5, 22]) {
      const element = await list(total, 'pl');
      counts.push(summary(element));
      cleanup();
    }
    expect(counts).to.deep.equal(['1 link', '3 linki', '5 linków', '22 linki']);

    const element = await list(2, 'pl');
    expect(squash($(element, '[part~="create-button"]')?.textContent)).to.equal('Nowy link płatności');
    expect(columns(element)).to.include(listEn.column.amount);
    expect($(element, '.frame')?.getAttribute('lang')).to.equal('pl');
    await expectAccessible(element);
  });

  it('renders an added right-to-left language right to left (Hebrew)', async () => {
    // #region add-hebrew
    setMessages('pay-page', 'he', {
      language: 'שפה',
      amountDue: 'לתשלום',
      pay: 'לתשלום {{amount}}',
      secure: 'תשלום מאובטח באמצעות Paylink',
    });
    // #endregion

    const el = await payPage('lang="he"');
    expect([el.getAttribute('lang'), el.getAttribute('dir')]).to.deep.equal(['he', 'rtl']);
    expect([q(el, '.page').lang, q(el, '.page').dir]).to.deep.equal(['he', 'rtl']);
    expect(q(el, 'label').textContent?.trim()).to.equal('שפה');
    expect(payText(el)).to.equal(`לתשלום ${amount('he')}`);
    await expectAccessible(el);
  });

  it('shares the strings with a second copy of the module (two bundles on one page)', async () => {
    const element = await list(3, 'en');
    // The same file under another URL is another module instance, as a second bundle would be.
    const url = new URL('./message-overrides.ts?copy=2', import.meta.url).href;
    const copy = (await import(url)) as typeof Overrides;
    expect(copy.setMessages).not.to.equal(setMessages);
    copy.setMessages('list', 'en', { search: 'Find links' });
    await element.updateComplete;
    expect(squash($(element, '[part~="search"]')?.textContent)).to.equal('Find links');
    expect(Object.getOwnPropertySymbols(globalThis)).to.include(Symbol.for('paylink-elements.messages'));
  });

  it('refuses an unknown component, an invalid language tag and a value that is not a string', () => {
    expect(() => setMessages('lists' as 'list', 'en', {})).to.throw(TypeError, /unknown component "lists"/);
    expect(() => setMessages('list', 'not a tag', {})).to.throw(RangeError);
    expect(() => setMessages('list', 'en', { newLink: 42 as unknown as string })).to.throw(
      TypeError,
      /"newLink" must be a string/,
    );
  });
});
