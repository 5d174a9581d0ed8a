// The tabs by keyboard alone (ARIA tabs pattern, real key presses) and what each tab shows:
// Details (every field, the "cannot be marked as paid" note), Events (newest first, actor, details).
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { expectAccessible } from '../../test-support/axe.ts';
import { deepActiveElement } from '../shared/modal-dialog.ts';
import {
  $,
  $$,
  cleanup,
  linkIn,
  mockBackend,
  mountDetail,
  openTab,
  shown,
  stopMockBackend,
  waitUntil,
} from './detail.harness.ts';

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focusedTab = () => deepActiveElement()?.closest('[role="tab"]')?.textContent?.trim();

/** The Details tab's fields as term → value. */
function fields(panel: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of panel.querySelectorAll('.field'))
    out[text(field.querySelector('dt'))] = text(field.querySelector('dd'));
  return out;
}

describe('<paylink-detail> tabs', () => {
  beforeEach(async () => {
    (await mockBackend()).engine.reset();
  });
  afterEach(cleanup);
  after(stopMockBackend);

  it('is one Tab stop; arrows, Home and End move between tabs and show them', async () => {
    const m = await mockBackend();
    const detail = await mountDetail(linkIn(m, 'paid').id);
    await shown(detail);
    const tabs = $$(detail, '[role="tab"]');
    expect(tabs.map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    expect($(detail, '[role="tablist"]')?.getAttribute('aria-label')).to.equal('Payment link sections');
    tabs[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedTab() === 'Events', 'Events focused');
    expect($(detail, '[role="tabpanel"]')?.getAttribute('aria-labelledby')).to.equal('tab-events');
    expect($$(detail, '[role="tab"]').map((t) => t.tabIndex)).to.deep.equal([-1, 0, -1]);
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedTab() === 'Refunds', 'Refunds focused');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedTab() === 'Details', 'wraps to Details');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => focusedTab() === 'Refunds', 'wraps back to Refunds');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedTab() === 'Details', 'Home');
    // Tab leaves the tab list for the panel, which can take focus to be scrolled or read.
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.getAttribute('role')).to.equal('tabpanel');
    for (const t of $$(detail, '[role="tab"]')) {
      expect(t.getAttribute('aria-controls')).to.equal(`panel-${t.dataset.tab}`);
    }
  });

  it('right to left (ar): ArrowLeft goes to the next tab', async () => {
    const m = await mockBackend();
    const detail = await mountDetail(linkIn(m, 'paid').id, { lang: 'ar' });
    await shown(detail);
    expect($(detail, '.frame')?.getAttribute('dir')).to.equal('rtl');
    $$(detail, '[role="tab"]')[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(
      () => $(detail, '[role="tab"][aria-selected="true"]')?.dataset.tab === 'events',
      'next tab',
    );
  });

  it('Details: every field, PSP reference, paid method and time, invoice, origin, expiry, and the note', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'paid', { invoice: 'INV-2026-042', origin: 'dunning' });
    const detail = await mountDetail(link.id);
    await shown(detail);
    const panel = await openTab(detail, 'Details');
    const f = fields(panel);
    expect(f['PSP reference']).to.equal(link.pspReference);
    expect(f['Paid with']).to.equal('Card');
    expect(f['Paid on']).to.match(/\d{4}/);
    expect(f.Invoice).to.equal('INV-2026-042');
    expect(f.Origin).to.equal('Dunning workflow');
    expect(f.Expires).to.equal('No expiry');
    expect(f.Reference).to.equal(link.reference);
    expect(f.Language).to.equal('English');
    expect(f['Payment methods']).to.equal('Card, Bancontact');
    expect(f['Customer number']).to.equal(link.customer.customerNumber);
    expect(f.Amount).to.equal('€100.00');
    const note = text($(detail, '[part~="note"]'));
    expect(note).to.contain('cannot be marked as paid');
    expect(note).to.contain('mark invoice INV-2026-042 as paid instead');
    await expectAccessible(detail);
  });

  it('Details without an invoice: the note names none; an expiry shows its date', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'expired');
    const detail = await mountDetail(link.id);
    await shown(detail);
    const f = fields($(detail, '[role="tabpanel"]')!);
    expect(f.Expires).to.match(/\d{4}/);
    expect(f['PSP reference']).to.equal('None');
    expect(f['Paid on']).to.equal('Not paid');
    expect(text($(detail, '[part~="note"]'))).not.to.contain('invoice');
  });

  it('Events: newest first, with actor and details (channel, decline reason, refund amount)', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'created', { mobile: '+32470123456' });
    m.engine.invite(link.id, { channel: 'sms' });
    const first = m.engine.startPayment(link.token, { method: 'card' });
    m.engine.completePayment(first.id, { outcome: 'decline' });
    const second = m.engine.startPayment(link.token, { method: 'bancontact' });
    m.engine.completePayment(second.id, { outcome: 'approve' });
    m.engine.refund(link.id, { amount: 2500, message: 'Damaged box' });
    const detail = await mountDetail(link.id);
    await shown(detail);
    const panel = await openTab(detail, 'Events');
    const items = [...panel.querySelectorAll('[part~="event"]')].map((li) => text(li));
    expect(items[0]).to.match(/^Refund requested by you/);
    expect(items[0]).to.contain('Amount: €25.00');
    expect(items[0]).to.contain('Message: Damaged box');
    expect(items[1]).to.match(/^Paid by the payment provider/);
    expect(items[1]).to.contain('Method: Bancontact');
    expect(items[1]).to.contain(`PSP reference: ${m.engine.getLink(link.id).pspReference}`);
    expect(items.find((i) => i.startsWith('Declined'))).to.contain('Reason: the customer declined to pay');
    expect(items.find((i) => i.startsWith('Sent'))).to.contain('Channel: SMS');
    expect(items.at(-1)).to.match(/^Created by you/);
    expect(panel.querySelector('ol')?.getAttribute('aria-label')).to.equal('Events, newest first');
    await expectAccessible(detail);
  });
});
