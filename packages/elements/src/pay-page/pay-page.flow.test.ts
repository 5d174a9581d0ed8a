import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { HttpResponse, http } from 'msw';
import { cleanupFixtures, nextEvent, waitUntil } from '../../test-support/fixture.ts';
import en from './locales/pay-page-en.ts';
import {
  buttonNamed,
  DAY,
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
import type { PayPageDeclinedDetail, PayPagePaidDetail } from './pay-page.ts';

const backend = useBackend();

/** Mounts the page for `token` with navigation captured instead of performed. */
async function mountCapturing(token: string): Promise<{ el: PaylinkPayPage; navigated: string[] }> {
  const el = await mountPayPage(`<paylink-pay-page token="${token}" lang="en"></paylink-pay-page>`);
  const navigated: string[] = [];
  el.navigate = (url) => navigated.push(url);
  return { el, navigated };
}

const paymentIdOf = (redirectUrl: string) => decodeURIComponent(redirectUrl.split('/psp/')[1] ?? '');
const payButton = (el: PaylinkPayPage) => buttonNamed(el, /^Pay /);
const methodNames = (el: PaylinkPayPage) =>
  [...(el.shadowRoot?.querySelectorAll('[part~="method"]') ?? [])].map((b) => squash(b.textContent));
const focused = (el: PaylinkPayPage) => el.shadowRoot?.activeElement ?? null;

describe('<paylink-pay-page> flow', () => {
  it('opens a Created link once per visit, however often it renders', async () => {
    const link = linkIn(backend, 'created');
    const { el } = await mountCapturing(link.token);
    expect(backend.engine.getLink(link.id).status).to.equal('clicked');
    el.requestUpdate();
    await el.updateComplete;
    const select = q<HTMLSelectElement>(el, 'select');
    select.value = 'nl';
    select.dispatchEvent(new Event('change'));
    await el.ready();
    cleanupFixtures();
    await mountCapturing(link.token); // a second element on the same page load
    expect(eventCount(backend, link.id, 'opened')).to.equal(1);
  });

  it('opens a Declined link again on a fresh visit, so the customer can pay', async () => {
    const link = linkIn(backend, 'declined');
    const { el } = await mountCapturing(link.token);
    expect(headingText(el)).to.equal('Invoice 2026-041');
    expect(backend.engine.getLink(link.id).status).to.equal('clicked');
  });

  it('offers only the link’s own methods, the first one chosen', async () => {
    const link = linkIn(backend, 'created', { methods: ['ideal', 'card'] });
    const { el } = await mountCapturing(link.token);
    expect(methodNames(el)).to.deep.equal(['iDEAL', 'Card']);
    // A radio group: one radio per method, named by it, exactly one checked.
    const group = q(el, '[role="radiogroup"]');
    expect(group.getAttribute('aria-labelledby')).to.equal('methods-label');
    const radios = [...group.querySelectorAll('[role="radio"]')];
    expect(radios.map((b) => squash(b.textContent))).to.deep.equal(['iDEAL', 'Card']);
    const checked = radios.filter((b) => b.getAttribute('aria-checked') === 'true');
    expect(checked.map((b) => squash(b.textContent))).to.deep.equal(['iDEAL']);
  });

  it('Pay starts the payment with the chosen method and goes to the PSP, once', async () => {
    const link = linkIn(backend, 'created');
    const { el, navigated } = await mountCapturing(link.token);
    buttonNamed(el, 'iDEAL').click();
    await el.updateComplete;
    expect(buttonNamed(el, 'iDEAL').getAttribute('aria-checked')).to.equal('true');
    expect(buttonNamed(el, 'Card').getAttribute('aria-checked')).to.equal('false');
    payButton(el).click();
    payButton(el).click(); // a double click must not start two payments
    await waitUntil(() => navigated.length > 0, 'navigated to the PSP');
    expect(navigated).to.have.length(1);
    const payment = backend.engine.getPayment(paymentIdOf(navigated[0]!));
    expect(payment.method).to.equal('ideal');
    expect(payment.returnUrl).to.equal(location.href);
    expect(eventCount(backend, link.id, 'payment_started')).to.equal(1);
    expect(q(el, '[part~="status"]').textContent).to.equal(en.redirecting);
    expect(payButton(el).getAttribute('aria-disabled')).to.equal('true');
  });

  it('shows the receipt and fires paylink-paid on the return from an approved payment', async () => {
    const link = linkIn(backend, 'created');
    const first = await mountCapturing(link.token);
    payButton(first.el).click();
    await waitUntil(() => first.navigated.length > 0, 'navigated to the PSP');
    backend.engine.completePayment(paymentIdOf(first.navigated[0]!), { outcome: 'approve' });

    cleanupFixtures();
    simulateReload();
    const paid = nextEvent<CustomEvent<PayPagePaidDetail>>(document, 'paylink-paid');
    const { el } = await mountCapturing(link.token);
    const event = await paid;
    expect(event.detail).to.include({ token: link.token, amount: 1250, currency: 'EUR', method: 'card' });
    expect(event.detail.paidAt).to.be.a('string');
    expect(headingText(el)).to.equal(en.paidHeading);
    expect(focused(el)).to.equal(q(el, '[data-heading]'));
    expect(el.shadowRoot?.querySelector('[part~="pay-button"]')).to.equal(null);
    expect(backend.engine.getLink(link.id).status).to.equal('paid');
  });

  it('shows a paid link’s receipt without an event on a later visit', async () => {
    const link = linkIn(backend, 'paid');
    let fired = 0;
    const count = () => fired++;
    document.addEventListener('paylink-paid', count);
    try {
      const { el } = await mountCapturing(link.token);
      expect(headingText(el)).to.equal(en.paidHeading);
      expect(fired).to.equal(0);
    } finally {
      document.removeEventListener('paylink-paid', count);
    }
  });

  it('after a decline: fires paylink-declined, Try again reopens and pays again', async () => {
    const link = linkIn(backend, 'created');
    const first = await mountCapturing(link.token);
    payButton(first.el).click();
    await waitUntil(() => first.navigated.length > 0, 'navigated to the PSP');
    backend.engine.completePayment(paymentIdOf(first.navigated[0]!), { outcome: 'decline' });

    cleanupFixtures();
    simulateReload();
    const declined = nextEvent<CustomEvent<PayPageDeclinedDetail>>(document, 'paylink-declined');
    const { el, navigated } = await mountCapturing(link.token);
    expect((await declined).detail).to.deep.equal({ token: link.token });
    expect(headingText(el)).to.equal(en.declinedHeading);
    expect(backend.engine.getLink(link.id).status).to.equal('declined');

    buttonNamed(el, en.tryAgain).click();
    await waitUntil(() => headingText(el) === 'Invoice 2026-041', 'ready again');
    expect(backend.engine.getLink(link.id).status).to.equal('clicked');
    expect(focused(el)).to.equal(q(el, '[data-heading]'));

    payButton(el).click();
    await waitUntil(() => navigated.length > 0, 'second payment started');
    expect(eventCount(backend, link.id, 'payment_started')).to.equal(2);
  });

  it('pays with the keyboard only', async () => {
    const link = linkIn(backend, 'created');
    const { el, navigated } = await mountCapturing(link.token);
    expect(focused(el)).to.equal(q(el, '[data-heading]'));

    await sendKeys({ press: 'Tab' });
    expect(squash(focused(el)?.textContent)).to.equal('Card');
    expect(focused(el)?.getAttribute('role')).to.equal('radio');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(squash(focused(el)?.textContent)).to.equal('Bancontact');
    expect(focused(el)?.getAttribute('aria-checked')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(squash(focused(el)?.textContent)).to.equal('iDEAL');
    expect(focused(el)?.getAttribute('aria-checked')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(payButton(el));
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => navigated.length > 0, 'payment started by keyboard');
    expect(backend.engine.getPayment(paymentIdOf(navigated[0]!)).method).to.equal('ideal');
  });

  it('shows the expired page when the link expired while the customer was choosing', async () => {
    const link = linkIn(backend, 'created', {
      expiresAt: new Date(backend.engine.clock.now() + DAY).toISOString(),
    });
    const { el, navigated } = await mountCapturing(link.token);
    backend.engine.advanceClock(2 * DAY);
    payButton(el).click();
    await waitUntil(() => headingText(el) === en.expiredHeading, 'expired page');
    expect(navigated).to.deep.equal([]);
    expect(focused(el)).to.equal(q(el, '[data-heading]'));
  });

  it('says so in the live region when a method is refused or the server is unreachable', async () => {
    const link = linkIn(backend, 'created');
    const { el, navigated } = await mountCapturing(link.token);
    backend.worker.use(
      http.post('*/api/pay/:token/payments', () =>
        HttpResponse.json({ code: 'method_not_active', message: 'Not active' }, { status: 422 }),
      ),
    );
    payButton(el).click();
    await waitUntil(() => q(el, '[part~="status"]').textContent === en.methodUnavailable, 'method refused');

    backend.worker.use(http.post('*/api/pay/:token/payments', () => HttpResponse.error()));
    payButton(el).click();
    await waitUntil(() => q(el, '[part~="status"]').textContent === en.payFailed, 'network failure');
    expect(navigated).to.deep.equal([]);
    expect(payButton(el).hasAttribute('aria-disabled')).to.equal(false);
  });
});
