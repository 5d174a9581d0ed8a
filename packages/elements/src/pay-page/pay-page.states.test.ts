import { expect } from 'chai';
import { delay, HttpResponse, http } from 'msw';
import { expectAccessible } from '../../test-support/axe.ts';
import { cleanupFixtures, fixture, waitUntil } from '../../test-support/fixture.ts';
import { formatMoney } from '../i18n/format.ts';
import ar from './locales/pay-page-ar.ts';
import en, { type PayPageMessages } from './locales/pay-page-en.ts';
import nl from './locales/pay-page-nl.ts';
import {
  buttonNamed,
  buttons,
  headingText,
  type LinkState,
  linkIn,
  mountPayPage,
  type PaylinkPayPage,
  q,
  squash,
  useBackend,
} from './pay-page.harness.ts';
import { markPaymentStarted } from './visit.ts';

const LOCALES: Record<string, PayPageMessages> = { en, nl, ar };

const fill = (message: string, values: Record<string, string>) =>
  message.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

const backend = useBackend();

for (const [lang, m] of Object.entries(LOCALES)) {
  describe(`<paylink-pay-page> states in ${lang}`, () => {
    const mount = (token: string) =>
      mountPayPage(`<paylink-pay-page token="${token}" lang="${lang}"></paylink-pay-page>`);
    const money = (el: PaylinkPayPage) => squash(formatMoney(1250, 'EUR', el.lang));

    function expectLanguage(el: PaylinkPayPage): void {
      const dir = lang === 'ar' ? 'rtl' : 'ltr';
      expect(el.getAttribute('lang')).to.equal(lang);
      expect(el.getAttribute('dir')).to.equal(dir);
      expect(q(el, '.page').getAttribute('lang')).to.equal(lang);
      expect(q(el, '.page').getAttribute('dir')).to.equal(dir);
    }

    it('loading: a busy skeleton with a heading of its own', async () => {
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      backend.worker.use(
        http.post('*/api/pay/:token/open', async () => {
          await gate;
          return HttpResponse.error();
        }),
      );
      const link = linkIn(backend, 'created');
      const el = await fixture<PaylinkPayPage>(
        `<paylink-pay-page token="${link.token}" lang="${lang}"></paylink-pay-page>`,
      );
      await el.ready();
      expect(q(el, '.card').getAttribute('aria-busy')).to.equal('true');
      expect(headingText(el)).to.equal(m.loading);
      expect(buttons(el)).to.have.length(0);
      expectLanguage(el);
      await expectAccessible(el);
      release();
    });

    it('ready: title, amount, expiry, one button per method and Pay + amount', async () => {
      const link = linkIn(backend, 'created');
      const el = await mount(link.token);
      expect(headingText(el)).to.equal('Invoice 2026-041');
      expect(squash(q(el, '[part~="amount"]').textContent)).to.equal(money(el));
      expect(q(el, '[part~="expiry"]').textContent).to.contain(
        fill(m.payBy, { date: '' }).trim().split(' ')[0],
      );
      const names = buttons(el).map((b) => squash(b.textContent));
      expect(names).to.deep.equal([m.methodCard, 'Bancontact', 'iDEAL', fill(m.pay, { amount: money(el) })]);
      expect(q(el, '[part~="merchant"]').textContent).to.equal(backend.engine.merchantName);
      expectLanguage(el);
      await expectAccessible(el);
    });

    it('paid: a receipt and no way to pay again', async () => {
      const link = linkIn(backend, 'paid');
      const el = await mount(link.token);
      expect(headingText(el)).to.equal(m.paidHeading);
      const receipt = squash(q(el, '[part~="receipt"]').textContent);
      expect(receipt).to.contain(money(el));
      expect(receipt).to.contain('INV-2026-041');
      expect(receipt).to.contain('Bancontact');
      expect(receipt).to.contain(m.receiptDate);
      expect(buttons(el)).to.have.length(0);
      expectLanguage(el);
      await expectAccessible(el);
    });

    it('declined: what it means and Try again', async () => {
      const link = linkIn(backend, 'declined');
      markPaymentStarted(link.token); // as if the customer just came back from the PSP
      const el = await mount(link.token);
      expect(headingText(el)).to.equal(m.declinedHeading);
      expect(q(el, '[part~="card"]').textContent).to.contain(m.declinedText);
      expect(buttonNamed(el, m.tryAgain)).to.exist;
      expect(backend.engine.getLink(link.id).status).to.equal('declined');
      expectLanguage(el);
      await expectAccessible(el);
    });

    it('expired: cannot be paid, contact the merchant', async () => {
      const link = linkIn(backend, 'expired');
      expect(link.status).to.equal('expired');
      const el = await mount(link.token);
      expect(headingText(el)).to.equal(m.expiredHeading);
      expect(q(el, '[part~="card"]').textContent).to.contain(
        fill(m.expiredText, { merchant: backend.engine.merchantName }),
      );
      expect(buttons(el)).to.have.length(0);
      expectLanguage(el);
      await expectAccessible(el);
    });

    it('not found: the same page for unknown, deleted and archived tokens', async () => {
      const texts: string[] = [];
      const tokens = [
        'unknown-token-0000000000000000',
        linkIn(backend, 'deleted').token,
        linkIn(backend, 'archived').token,
      ];
      for (const token of tokens) {
        const el = await mount(token);
        expect(headingText(el)).to.equal(m.notFoundHeading);
        expect(buttons(el)).to.have.length(0);
        expect(el.shadowRoot?.querySelector('[part~="merchant"]')).to.equal(null);
        expectLanguage(el);
        await expectAccessible(el);
        texts.push(q(el, '[part~="card"]').textContent ?? '');
        cleanupFixtures();
      }
      expect(new Set(texts).size).to.equal(1);
    });

    it('network error: Retry loads the link again', async () => {
      backend.worker.use(
        http.get('*/api/pay/:token', () => HttpResponse.error()),
        http.post('*/api/pay/:token/open', () => HttpResponse.error()),
      );
      const link = linkIn(backend, 'created');
      const el = await mount(link.token);
      expect(headingText(el)).to.equal(m.errorHeading);
      expectLanguage(el);
      await expectAccessible(el);

      backend.worker.resetHandlers();
      buttonNamed(el, m.retry).click();
      await waitUntil(() => headingText(el) === 'Invoice 2026-041', 'ready after retry');
      expect(el.shadowRoot?.activeElement).to.equal(q(el, '[data-heading]'));
    });
  });
}

describe('<paylink-pay-page> state details', () => {
  it('shows the link straight from the page URL token when no attribute is given', async () => {
    const link = linkIn(backend, 'created');
    const url = new URL(location.href);
    url.searchParams.set('token', link.token);
    history.replaceState(null, '', url);
    try {
      const el = await mountPayPage('<paylink-pay-page lang="en"></paylink-pay-page>');
      expect(headingText(el)).to.equal('Invoice 2026-041');
    } finally {
      url.searchParams.delete('token');
      history.replaceState(null, '', url);
    }
  });

  it('shows Not found when there is no token at all', async () => {
    const el = await mountPayPage('<paylink-pay-page lang="en"></paylink-pay-page>');
    expect(headingText(el)).to.equal(en.notFoundHeading);
  });

  it('waits for a slow server without flashing another state', async () => {
    backend.worker.use(
      http.post('*/api/pay/:token/open', async () => {
        await delay(300);
        return undefined;
      }),
    );
    const link = linkIn(backend, 'created' satisfies LinkState);
    const el = await fixture<PaylinkPayPage>(
      `<paylink-pay-page token="${link.token}" lang="en"></paylink-pay-page>`,
    );
    expect(headingText(el)).to.equal(en.loading);
    await waitUntil(() => headingText(el) === 'Invoice 2026-041', 'ready');
  });
});
