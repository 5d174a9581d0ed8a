// The header's actions: Copy link, Send (channel, recipient prefilled and editable, result per
// channel), Change language, and Archive (deleted when never opened, after a cancelable request),
// each dialog with focus moved in and given back.
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
  hasButton,
  linkIn,
  mockBackend,
  mountDetail,
  nextEvent,
  openDialog,
  shown,
  stopMockBackend,
  type,
  waitUntil,
} from './detail.harness.ts';

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<paylink-detail> actions', () => {
  beforeEach(async () => {
    (await mockBackend()).engine.reset();
  });
  afterEach(cleanup);
  after(stopMockBackend);

  it('Copy link puts the pay URL on the clipboard and says so', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'created');
    const detail = await mountDetail(link.id);
    await shown(detail);
    let copied = '';
    const clipboard = navigator.clipboard;
    const writeText = clipboard.writeText;
    clipboard.writeText = async (value: string) => {
      copied = value;
    };
    try {
      button(detail, 'Copy link').click();
      await announced(detail, 'Link copied to the clipboard.');
      expect(copied).to.equal(link.url);
    } finally {
      clipboard.writeText = writeText;
    }
  });

  it('where the clipboard refuses, the URL is selected and the message says how to copy it', async () => {
    const m = await mockBackend();
    const detail = await mountDetail(linkIn(m, 'created').id);
    await shown(detail);
    const clipboard = navigator.clipboard;
    const writeText = clipboard.writeText;
    const execCommand = document.execCommand;
    clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    document.execCommand = () => false;
    try {
      button(detail, 'Copy link').click();
      await announced(detail, 'press Ctrl+C');
      const input = $<HTMLInputElement>(detail, '#pay-url')!;
      expect(deepActiveElement()).to.equal(input);
      expect(input.selectionEnd! - input.selectionStart!).to.equal(input.value.length);
    } finally {
      clipboard.writeText = writeText;
      document.execCommand = execCommand;
    }
  });

  it('Send: the customer e-mail prefilled, editable; the result per channel; paylink-sent; focus in and back', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'clicked', { mobile: '+32470111222' });
    const detail = await mountDetail(link.id);
    await shown(detail);
    const send = button(detail, 'Send');
    send.focus();
    send.click();
    const dialog = await openDialog(detail, 'send-dialog');
    await waitUntil(
      () => (deepActiveElement() as HTMLInputElement | undefined)?.value === 'email',
      'focus on the Email radio',
    );
    const recipient = $<HTMLInputElement>(detail, '#send-recipient')!;
    expect(recipient.value).to.equal(link.customer.email);
    await expectAccessible(detail);

    await type(detail, recipient, 'someone.else@example.com');
    const sent = nextEvent<CustomEvent>(detail, 'paylink-sent');
    button(detail, 'Send by Email', 'dialog').click();
    expect((await sent).detail.invitation).to.include({
      channel: 'email',
      to: 'someone.else@example.com',
      status: 'sent',
    });
    await waitUntil(() => text(dialog).includes('Email to someone.else@example.com: sent.'), 'email result');

    // WhatsApp: the mobile number prefilled. A bounce comes back as not delivered, with the reason.
    $<HTMLInputElement>(detail, 'input[value="whatsapp"]')!.click();
    await detail.updateComplete;
    expect($<HTMLInputElement>(detail, '#send-recipient')!.value).to.equal('+32470111222');
    button(detail, 'Send by WhatsApp', 'dialog').click();
    await waitUntil(() => text(dialog).includes('WhatsApp to +32470111222: sent.'), 'whatsapp result');
    $<HTMLInputElement>(detail, 'input[value="email"]')!.click();
    await detail.updateComplete;
    await type(detail, $<HTMLInputElement>(detail, '#send-recipient')!, 'nobody@bounce.test');
    button(detail, 'Send by Email', 'dialog').click();
    await waitUntil(
      () => text(dialog).includes('Email to nobody@bounce.test: not delivered (The message bounced'),
      'bounce',
    );
    // One line per channel: the latest e-mail replaced the first.
    expect($$(detail, '[part~="send-results"] li')).to.have.length(2);
    await expectAccessible(detail);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'closed');
    await waitUntil(() => deepActiveElement() === send, 'focus back on Send');
    const sentEvents = m.engine.listEvents(link.id).filter((e) => e.type === 'sent');
    expect(sentEvents.map((e) => e.data.channel)).to.deep.equal(['email', 'whatsapp']);
  });

  it('Send without an address for the channel says so next to the field, sends nothing', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'created', { email: null });
    const detail = await mountDetail(link.id);
    await shown(detail);
    button(detail, 'Send').click();
    await openDialog(detail, 'send-dialog');
    $<HTMLInputElement>(detail, 'input[value="sms"]')!.click();
    await detail.updateComplete;
    expect($<HTMLInputElement>(detail, '#send-recipient')!.value).to.equal('');
    button(detail, 'Send by SMS', 'dialog').click();
    await waitUntil(
      () => text($(detail, '#send-recipient-error')) === 'Enter an address to send to.',
      'error',
    );
    expect($(detail, '#send-recipient')?.getAttribute('aria-invalid')).to.equal('true');
    expect(m.engine.listEvents(link.id).some((e) => e.type === 'sent')).to.be.false;
  });

  it('Change language: PATCHes the link, says so, and the Details tab shows it', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'paid');
    const detail = await mountDetail(link.id);
    await shown(detail);
    const open = button(detail, 'Change language');
    open.focus();
    open.click();
    const dialog = await openDialog(detail, 'language-dialog');
    const select = $<HTMLSelectElement>(detail, '#link-language')!;
    await waitUntil(() => deepActiveElement() === select, 'focus on the select');
    expect([...select.options].map((o) => o.value)).to.deep.equal(['en', 'nl', 'fr', 'de', 'it', 'es', 'pt']);
    expect(select.value).to.equal('en');
    await expectAccessible(detail);
    select.value = 'nl';
    select.dispatchEvent(new Event('change'));
    const changed = nextEvent<CustomEvent>(detail, 'paylink-language-changed');
    button(detail, 'Save language', 'dialog').click();
    expect((await changed).detail.link.language).to.equal('nl');
    await announced(detail, 'Language changed to Nederlands.');
    await waitUntil(() => !dialog.open && deepActiveElement() === open, 'closed, focus back');
    expect(m.engine.getLink(link.id).language).to.equal('nl');
    await waitUntil(() => text($(detail, '[role="tabpanel"]')).includes('Nederlands'), 'shown in Details');
  });

  it('Archive on a Created manual link warns it is deleted; confirming deletes it and says so', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'created', { title: 'Never opened' });
    const detail = await mountDetail(link.id);
    await shown(detail);
    const asked = nextEvent<CustomEvent>(detail, 'paylink-archive-request');
    button(detail, 'Archive').click();
    expect((await asked).detail).to.deep.equal({ ids: [link.id] });
    const dialog = await openDialog(detail, 'archive-dialog');
    expect(text(dialog)).to.contain('archiving deletes it permanently');
    expect(button(detail, 'Archive', 'dialog').classList.contains('danger')).to.be.true;
    await expectAccessible(detail);
    const archived = nextEvent<CustomEvent>(detail, 'paylink-archived');
    button(detail, 'Archive', 'dialog').click();
    expect((await archived).detail.results).to.deep.equal([{ id: link.id, outcome: 'deleted' }]);
    await waitUntil(
      () => text($(detail, '[part~="state"]')) === '“Never opened” was permanently deleted.',
      'deleted',
    );
    await waitUntil(
      () => detail.shadowRoot?.activeElement === $(detail, '[data-state-heading]'),
      'focus kept inside',
    );
    await expectAccessible(detail);
  });

  it('Archive on a Clicked link archives it: the detail then shows it archived, without actions', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'clicked');
    const detail = await mountDetail(link.id);
    await shown(detail);
    button(detail, 'Archive').click();
    const dialog = await openDialog(detail, 'archive-dialog');
    expect(text(dialog)).to.contain('will be archived');
    button(detail, 'Archive', 'dialog').click();
    await waitUntil(() => !!$(detail, '[part~="archived-tag"]'), 'archived');
    expect(hasButton(detail, 'Send')).to.be.false;
    await waitUntil(
      () => detail.shadowRoot?.activeElement === $(detail, '[part~="title"]'),
      'focus on the title',
    );
  });

  it('a cancelled paylink-archive-request opens nothing', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'clicked');
    const detail = await mountDetail(link.id);
    await shown(detail);
    detail.addEventListener('paylink-archive-request', (e) => e.preventDefault(), { once: true });
    button(detail, 'Archive').click();
    await detail.updateComplete;
    expect($<HTMLDialogElement>(detail, 'dialog[part~="archive-dialog"]')?.open).to.be.false;
    expect(m.engine.getLink(link.id).archived).to.be.false;
  });
});
