// Refunds: only for a Paid link, the remainder by default, a confirmation (focus in and back), a
// cancelable request first, the amount checked before sending and by the server, a double click
// that refunds once, and each refund followed from pending to succeeded or failed.
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { expectAccessible } from '../../test-support/axe.ts';
import { deepActiveElement } from '../shared/modal-dialog.ts';
import {
  $,
  $$,
  announced,
  button,
  cleanup,
  linkIn,
  mockBackend,
  mountDetail,
  nextEvent,
  openDialog,
  openTab,
  recordRequests,
  shown,
  stopMockBackend,
  type,
  waitUntil,
} from './detail.harness.ts';
import type { PaylinkDetail } from './detail.ts';

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function refundsTab(
  detail: PaylinkDetail,
): Promise<{ amount: HTMLInputElement; message: HTMLInputElement }> {
  await shown(detail);
  await openTab(detail, 'Refunds');
  return {
    amount: $<HTMLInputElement>(detail, '#refund-amount')!,
    message: $<HTMLInputElement>(detail, '#refund-message')!,
  };
}

/** Fills the form and presses Refund; resolves with the confirmation dialog. */
async function askRefund(
  detail: PaylinkDetail,
  amount: string | undefined,
  message: string,
  submit = 'Refund',
) {
  const fields = {
    amount: $<HTMLInputElement>(detail, '#refund-amount')!,
    message: $<HTMLInputElement>(detail, '#refund-message')!,
  };
  if (amount !== undefined) await type(detail, fields.amount, amount);
  await type(detail, fields.message, message);
  button(detail, submit).click();
  return openDialog(detail, 'refund-dialog');
}

describe('<paylink-detail> refunds', () => {
  beforeEach(async () => {
    (await mockBackend()).engine.reset();
  });
  afterEach(cleanup);
  after(stopMockBackend);

  it('shows the remainder as the default amount; Refund asks to confirm (focus in, and back on Cancel)', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'paid', { amount: 10_000 });
    m.engine.refund(link.id, { amount: 2000, message: 'Earlier' });
    const detail = await mountDetail(link.id);
    const { amount } = await refundsTab(detail);
    expect(amount.value).to.equal('80.00');
    expect(text($(detail, '[part~="refund-totals"]'))).to.contain('Can still be refunded €80.00');
    expect(text($(detail, '[part~="refunds"]'))).to.contain('€20.00');
    expect(text($(detail, '[part~="refund-status"]'))).to.equal('Pending');
    await expectAccessible(detail);

    const submit = button(detail, 'Refund');
    submit.focus();
    await type(detail, $<HTMLInputElement>(detail, '#refund-message')!, 'Goodwill');
    submit.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await openDialog(detail, 'refund-dialog');
    expect(text(dialog)).to.contain(`Refund €80.00 to ${link.customer.name}?`);
    await waitUntil(
      () => deepActiveElement()?.textContent?.trim() === 'Confirm refund',
      'focus on Confirm refund',
    );
    await expectAccessible(detail);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'closed');
    await waitUntil(() => deepActiveElement() === submit, 'focus back on Refund');
    expect(m.engine.listRefunds(link.id).items).to.have.length(1);
  });

  it('refunds after confirming: announces it, fires paylink-refunded, shows it pending, then succeeded', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'paid', { amount: 10_000 });
    const detail = await mountDetail(link.id);
    await refundsTab(detail);
    const dialog = await askRefund(detail, '25.50', 'Broken handle');
    const refunded = nextEvent<CustomEvent>(detail, 'paylink-refunded');
    button(detail, 'Confirm refund', 'dialog').click();
    const { refund } = (await refunded).detail;
    expect(refund).to.include({ amount: 2550, message: 'Broken handle', status: 'pending', linkId: link.id });
    await announced(detail, 'Refund of €25.50 requested.');
    await waitUntil(() => !dialog.open, 'closed');
    await waitUntil(
      () => text($(detail, '[part~="refund-totals"]')).includes('Can still be refunded €74.50'),
      'remainder',
    );
    expect($<HTMLInputElement>(detail, '#refund-amount')?.value).to.equal('74.50');
    expect(text($(detail, '[part~="refund"]'))).to.contain('Pending');
    // The PSP settles it; the feed brings the news.
    m.engine.advanceClock(5000);
    await waitUntil(() => text($(detail, '[part~="refund-status"]')) === 'Succeeded', 'succeeded', 10_000);
    await announced(detail, 'Refund of €25.50 succeeded.');
    expect(text($(detail, '[part~="refund-totals"]'))).to.contain('Refunded €25.50');
  });

  it('an amount above the remainder is refused before anything is sent, next to the field', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'paid', { amount: 5000 });
    const detail = await mountDetail(link.id);
    const { amount } = await refundsTab(detail);
    const requests = recordRequests('/refunds');
    try {
      await type(detail, amount, '50.01');
      await type(detail, $<HTMLInputElement>(detail, '#refund-message')!, 'Too much');
      button(detail, 'Refund').click();
      await waitUntil(() => !!$(detail, '#refund-amount-error'), 'error shown');
      expect(text($(detail, '#refund-amount-error'))).to.equal('At most €50.00 can still be refunded.');
      expect(amount.getAttribute('aria-invalid')).to.equal('true');
      expect(amount.getAttribute('aria-describedby')).to.contain('refund-amount-error');
      await waitUntil(() => deepActiveElement() === amount, 'focus on the amount');
      expect($<HTMLDialogElement>(detail, 'dialog[part~="refund-dialog"]')?.open).to.be.false;
      expect(requests.calls.filter((r) => r.method === 'POST')).to.have.length(0);
      await expectAccessible(detail);
      // Other mistakes are named too, and none is sent.
      for (const [typed, says] of [
        ['', 'Enter the amount to refund.'],
        ['abc', 'Enter an amount like 12.50.'],
        ['0', 'Enter an amount greater than 0.'],
        ['1.234', 'Use at most 2 decimals.'],
      ] as const) {
        await type(detail, amount, typed);
        button(detail, 'Refund').click();
        await waitUntil(() => text($(detail, '#refund-amount-error')) === says, says);
      }
      await type(detail, $<HTMLInputElement>(detail, '#refund-message')!, '  ');
      await type(detail, amount, '1');
      button(detail, 'Refund').click();
      await waitUntil(
        () => text($(detail, '#refund-message-error')) === 'Enter a message for the customer.',
        'message',
      );
      expect(requests.calls.filter((r) => r.method === 'POST')).to.have.length(0);
    } finally {
      requests.stop();
    }
  });

  it('and by the server: refund_exceeds_remaining after someone else refunded meanwhile, shown next to the field', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'paid', { amount: 5000 });
    const detail = await mountDetail(link.id, { pollInterval: 60_000 });
    await refundsTab(detail);
    await askRefund(detail, '40', 'Mine');
    m.engine.refund(link.id, { amount: 3000, message: 'Someone else' }); // another tab, the feed not polled yet
    const errored = nextEvent<CustomEvent>(detail, 'paylink-error');
    button(detail, 'Confirm refund', 'dialog').click();
    expect((await errored).detail.error.code).to.equal('refund_exceeds_remaining');
    await waitUntil(
      () => text($(detail, '#refund-amount-error')) === 'At most €20.00 can still be refunded.',
      'server refusal shown',
    );
    expect($<HTMLDialogElement>(detail, 'dialog[part~="refund-dialog"]')?.open).to.be.false;
    await waitUntil(() => deepActiveElement() === $(detail, '#refund-amount'), 'focus on the amount');
    expect(m.engine.listRefunds(link.id).items.map((r) => r.amount)).to.deep.equal([3000]);
  });

  it('a double click on Confirm refund refunds once, with one Idempotency-Key', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'paid', { amount: 10_000 });
    const detail = await mountDetail(link.id);
    await refundsTab(detail);
    await askRefund(detail, '10', 'Once');
    const requests = recordRequests('/refunds');
    try {
      const confirm = button(detail, 'Confirm refund', 'dialog');
      confirm.click();
      confirm.click();
      confirm.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
      await announced(detail, 'Refund of €10.00 requested.');
      const posts = requests.calls.filter((r) => r.method === 'POST');
      expect(posts.length).to.be.at.least(1);
      expect(new Set(posts.map((r) => r.headers.get('idempotency-key'))).size).to.equal(1);
      expect(m.engine.listRefunds(link.id).items).to.have.length(1);
    } finally {
      requests.stop();
    }
  });

  it('a lost answer retried from the dialog sends the same key: still one refund', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'paid', { amount: 10_000 });
    const real = (await import('@paylink/client')).createPaylinkClient({ baseUrl: '/api', retry: false });
    const keys: (string | undefined)[] = [];
    let loseAnswer = true;
    const client = {
      ...real,
      links: {
        ...real.links,
        refund: async (...args: Parameters<typeof real.links.refund>) => {
          keys.push(args[2]?.idempotencyKey);
          const refund = await real.links.refund(...args);
          if (loseAnswer) {
            loseAnswer = false;
            throw new Error('connection reset');
          }
          return refund;
        },
      },
    };
    const detail = await mountDetail(link.id, { client });
    await refundsTab(detail);
    const dialog = await askRefund(detail, '10', 'Retry me');
    button(detail, 'Confirm refund', 'dialog').click();
    await waitUntil(
      () => text(dialog).includes('That did not work: connection reset'),
      'failure shown in the dialog',
    );
    button(detail, 'Confirm refund', 'dialog').click();
    await announced(detail, 'Refund of €10.00 requested.');
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string').and.equal(keys[1]);
    expect(m.engine.listRefunds(link.id).items).to.have.length(1);
  });

  it('paylink-refund-request is cancelable: cancelled, nothing is confirmed or sent', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'paid', { amount: 10_000 });
    const detail = await mountDetail(link.id);
    await refundsTab(detail);
    const cancel = (event: Event) => event.preventDefault();
    const asked = nextEvent<CustomEvent>(document, 'paylink-refund-request');
    document.addEventListener('paylink-refund-request', cancel);
    try {
      await type(detail, $<HTMLInputElement>(detail, '#refund-amount')!, '12.34');
      await type(detail, $<HTMLInputElement>(detail, '#refund-message')!, 'Stopped');
      button(detail, 'Refund').click();
      const event = await asked;
      expect(event.cancelable && event.bubbles && event.composed).to.be.true;
      expect(event.detail).to.deep.equal({
        linkId: link.id,
        amount: 1234,
        currency: 'EUR',
        message: 'Stopped',
      });
      await detail.updateComplete;
      expect($<HTMLDialogElement>(detail, 'dialog[part~="refund-dialog"]')?.open).to.be.false;
      expect(m.engine.listRefunds(link.id).items).to.have.length(0);
    } finally {
      document.removeEventListener('paylink-refund-request', cancel);
    }
  });

  it('a failed refund says why and can be tried again', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'paid', { amount: 10_000 });
    m.engine.refund(link.id, { amount: 1500, message: 'TEST-FAIL: rejected' });
    m.engine.advanceClock(5000);
    const detail = await mountDetail(link.id);
    await refundsTab(detail);
    const failed = $(detail, '[part~="refund"][data-status="failed"]')!;
    expect(text(failed)).to.contain('Failed: Rejected by the PSP');
    expect(text($(detail, '[part~="refund-totals"]'))).to.contain('Can still be refunded €100.00');
    button(detail, 'Try again').click();
    await waitUntil(() => deepActiveElement() === $(detail, '#refund-amount'), 'focus on the amount');
    expect($<HTMLInputElement>(detail, '#refund-amount')?.value).to.equal('15.00');
    expect($<HTMLInputElement>(detail, '#refund-message')?.value).to.equal('TEST-FAIL: rejected');
    await expectAccessible(detail);
  });

  it('reads amounts the way the viewer writes them (nl: 1.234,5 → €1,234.50)', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'paid', { amount: 500_000 });
    const detail = await mountDetail(link.id, { lang: 'nl' });
    await shown(detail);
    $(detail, '#tab-refunds')!.click();
    await detail.updateComplete;
    expect($<HTMLInputElement>(detail, '#refund-amount')?.value).to.equal('5000,00');
    const asked = nextEvent<CustomEvent>(document, 'paylink-refund-request');
    expect($(detail, 'label[for="refund-amount"]')?.textContent).to.equal('Terug te betalen bedrag');
    await askRefund(detail, '1.234,5', 'Deels', 'Terugbetalen');
    expect((await asked).detail.amount).to.equal(123_450);
  });

  it('once everything is refunded, says so instead of the form', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'paid', { amount: 3000 });
    m.engine.refund(link.id, { amount: 3000, message: 'All of it' });
    const detail = await mountDetail(link.id);
    await refundsTab(detail);
    expect($(detail, '[part~="refund-form"]')).to.equal(null);
    expect(text($(detail, '[role="tabpanel"]'))).to.contain(
      'The whole amount has been refunded or is being refunded.',
    );
    expect($$(detail, '[part~="refund"]')).to.have.length(1);
  });
});
