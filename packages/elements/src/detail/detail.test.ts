// <paylink-detail> in each state a link can be in: the five statuses and archived, plus loading, not
// found and a failed load. Each is checked for what it shows, what it offers, and with axe.
import type { PaylinkClient } from '@paylink/client';
import { expect } from 'chai';
import { expectAccessible } from '../../test-support/axe.ts';
import {
  $,
  $$,
  button,
  cleanup,
  hasButton,
  linkIn,
  mockBackend,
  mountDetail,
  nextEvent,
  shown,
  stopMockBackend,
  tabNames,
  waitUntil,
} from './detail.harness.ts';

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<paylink-detail> per status', () => {
  beforeEach(async () => {
    (await mockBackend()).engine.reset();
  });
  afterEach(cleanup);
  after(stopMockBackend);

  it('Created: header with status, amount, title, customer, pay URL, Copy link and QR; Send, Change language, Archive', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'created', { title: 'Invoice 2026-001', amount: 12_345 });
    const detail = await mountDetail(link.id);
    await shown(detail);
    expect(text($(detail, '[part~="title"]'))).to.equal('Invoice 2026-001');
    expect(text($(detail, '[part~="badge"]'))).to.equal('Created');
    expect(text($(detail, '[part~="amount"]'))).to.equal('€123.45');
    expect(text($(detail, '[part~="customer"]'))).to.contain(link.customer.name);
    expect($<HTMLInputElement>(detail, '[part~="pay-url"]')?.value).to.equal(link.url);
    expect(button(detail, 'Open pay page').getAttribute('href')).to.equal(link.url);
    // The QR encoder is downloaded when a code is first shown.
    await waitUntil(() => $(detail, 'svg[part~="qr"]') !== null, 'QR code drawn');
    const qr = $(detail, 'svg[part~="qr"]');
    expect(qr?.getAttribute('role')).to.equal('img');
    expect(qr?.getAttribute('aria-label')).to.equal('QR code of the pay URL');
    expect(qr?.querySelector('path')?.getAttribute('d')).to.match(/^M\d/);
    for (const name of ['Copy link', 'Send', 'Change language', 'Archive'])
      expect(hasButton(detail, name), name).to.be.true;
    expect(tabNames(detail)).to.deep.equal(['Details', 'Events']);
    expect($(detail, '[part~="banner"]')).to.equal(null);
    await expectAccessible(detail);
  });

  it('Clicked: can still be sent; no Refunds tab', async () => {
    const m = await mockBackend();
    const detail = await mountDetail(linkIn(m, 'clicked').id);
    await shown(detail);
    expect(text($(detail, '[part~="badge"]'))).to.equal('Clicked');
    expect(hasButton(detail, 'Send')).to.be.true;
    expect(tabNames(detail)).to.deep.equal(['Details', 'Events']);
    await expectAccessible(detail);
  });

  it('Paid: the Refunds tab appears; Send is not offered', async () => {
    const m = await mockBackend();
    const detail = await mountDetail(linkIn(m, 'paid').id);
    await shown(detail);
    expect(text($(detail, '[part~="badge"]'))).to.equal('Paid');
    expect(tabNames(detail)).to.deep.equal(['Details', 'Events', 'Refunds']);
    expect(hasButton(detail, 'Send')).to.be.false;
    expect(hasButton(detail, 'Change language')).to.be.true;
    expect(hasButton(detail, 'Archive')).to.be.true;
    await expectAccessible(detail);
  });

  it('Declined: a banner with both causes, the PSP reference to quote and a way to the events', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'declined', { decline: 'fail' });
    expect(link.pspReference).to.be.a('string');
    const detail = await mountDetail(link.id);
    await shown(detail);
    const banner = $(detail, '[part~="banner-declined"]')!;
    expect(text(banner)).to.contain('customer declined to pay');
    expect(text(banner)).to.contain('problem occurred at the payment provider');
    expect(text(banner)).to.contain('Last attempt: a problem at the payment provider.');
    expect(text(banner.querySelector('[part~="psp-reference"]'))).to.equal(link.pspReference);
    expect(hasButton(detail, 'Send')).to.be.true;
    await expectAccessible(detail);

    button(detail, 'Show the events').click();
    await waitUntil(
      () => $(detail, '[role="tab"][aria-selected="true"]')?.textContent?.trim() === 'Events',
      'Events shown',
    );
    await waitUntil(
      () => detail.shadowRoot?.activeElement === $(detail, '#tab-events'),
      'focus on the Events tab',
    );
    expect(text($(detail, '[role="tabpanel"]'))).to.contain('Reason: a problem at the payment provider');
  });

  it('Declined by the customer: the reason says so; without a PSP reference none is shown', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'declined', { decline: 'decline' });
    const detail = await mountDetail(link.id);
    await shown(detail);
    const banner = $(detail, '[part~="banner-declined"]')!;
    expect(text(banner)).to.contain('Last attempt: the customer declined to pay.');
    expect(banner.querySelector('[part~="psp-reference"]')).to.equal(null);
  });

  it('Expired: cannot be reactivated; Create new link asks for a new one with the same payment', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'expired', {
      title: 'Old invoice',
      amount: 4200,
      invoice: 'INV-77',
      mobile: '+32470000001',
    });
    const detail = await mountDetail(link.id);
    await shown(detail);
    expect(text($(detail, '[part~="badge"]'))).to.equal('Expired');
    const banner = $(detail, '[part~="banner-expired"]')!;
    expect(text(banner)).to.contain('cannot be reactivated');
    expect(hasButton(detail, 'Send')).to.be.false;
    await expectAccessible(detail);

    const asked = nextEvent<CustomEvent>(document, 'paylink-create-request');
    button(detail, 'Create new link').click();
    const event = await asked;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail.prefill).to.deep.include({
      amount: 4200,
      currency: 'EUR',
      title: 'Old invoice',
      invoice: 'INV-77',
      language: 'en',
    });
    expect(event.detail.prefill.customer).to.deep.equal({
      name: link.customer.name,
      email: link.customer.email,
      mobile: '+32470000001',
      customerNumber: link.customer.customerNumber,
    });
    expect(event.detail.prefill.methods).to.deep.equal(['card', 'bancontact']);
  });

  it('Archived: no pay URL, QR or actions; says why', async () => {
    const m = await mockBackend();
    const detail = await mountDetail(linkIn(m, 'archived').id);
    await shown(detail);
    expect(text($(detail, '[part~="archived-tag"]'))).to.equal('Archived');
    expect($(detail, '[part~="pay-url"]')).to.equal(null);
    expect($(detail, '[part~="qr"]')).to.equal(null);
    expect($(detail, '[part~="actions"]')).to.equal(null);
    expect(text($(detail, '[part~="pay-page-closed"]'))).to.contain('pay page is closed');
    await expectAccessible(detail);
  });

  it('loading, then not found: says so, accessibly', async () => {
    const detail = await mountDetail('lnk_does_not_exist');
    expect(text($(detail, '[part~="state"]'))).to.equal('Loading the payment link…');
    await shown(detail);
    expect(text($(detail, '[part~="state"]'))).to.equal('This payment link does not exist (any more).');
    await expectAccessible(detail);
  });

  it('a failed load says why, fires paylink-error, and Retry loads again', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'created');
    let fail = true;
    const real = (await import('@paylink/client')).createPaylinkClient({ baseUrl: '/api' });
    const client = {
      ...real,
      links: {
        ...real.links,
        get: (id: string, options?: { signal?: AbortSignal }) =>
          fail ? Promise.reject(new Error('offline')) : real.links.get(id, options),
      },
    } as PaylinkClient;
    const errored = nextEvent<CustomEvent>(document, 'paylink-error');
    const detail = await mountDetail(link.id, { client });
    await shown(detail);
    expect((await errored).detail.error.code).to.equal('http_error');
    expect(text($(detail, '[part~="state"]'))).to.contain('could not be loaded: offline');
    await expectAccessible(detail);
    fail = false;
    button(detail, 'Retry').click();
    await waitUntil(() => !!$(detail, '.header'), 'shown after Retry');
    expect($$(detail, '[role="tab"]').length).to.equal(2);
  });

  it('another link-id shows that link, with nothing kept from the previous one', async () => {
    const m = await mockBackend();
    const first = linkIn(m, 'paid', { title: 'First' });
    const second = linkIn(m, 'created', { title: 'Second' });
    const detail = await mountDetail(first.id);
    await shown(detail);
    $(detail, '#tab-refunds')!.click();
    detail.linkId = second.id;
    await waitUntil(() => text($(detail, '[part~="title"]')) === 'Second', 'second link shown');
    expect(tabNames(detail)).to.deep.equal(['Details', 'Events']);
    expect($(detail, '[role="tab"][aria-selected="true"]')?.textContent?.trim()).to.equal('Details');
  });
});
