import { expect } from 'chai';
import type { PaylinkCreatedDetail } from '../events/index.ts';
import {
  $,
  $$,
  announced,
  button,
  cleanup,
  field,
  fill,
  fillValid,
  focused,
  linkCount,
  mockBackend,
  mountForm,
  nextEvent,
  ready,
  stopMockBackend,
  waitUntil,
} from './create-form.harness.ts';
import { LINK_LANGUAGES, localDate } from './draft.ts';

async function create(form: HTMLElement): Promise<PaylinkCreatedDetail> {
  const created = nextEvent<CustomEvent<PaylinkCreatedDetail>>(form, 'paylink-created');
  button(form as never, 'Create payment link').click();
  return (await created).detail;
}

describe('<paylink-create-form>', () => {
  afterEach(cleanup);
  after(stopMockBackend);

  it('has every field of the contract, by its accessible name', async () => {
    await mockBackend();
    const form = await mountForm();
    await ready(form);
    for (const name of [
      'Amount',
      'Currency',
      'Title',
      'Message',
      'Reference',
      'Invoice',
      'Customer name',
      'Email',
      'Mobile',
      'Language',
      'Expiry date',
    ]) {
      expect(field(form, name), name).to.exist;
    }
    expect($(form, 'fieldset[part~="methods"] legend')?.textContent?.trim()).to.equal('Payment methods');
    expect($(form, 'fieldset[part~="send"] legend')?.textContent?.trim()).to.equal('Send now');
    expect(button(form, 'Create payment link').type).to.equal('submit');
  });

  it('starts with EUR, an expiry in 14 days, every active method and no sending', async () => {
    await mockBackend();
    const form = await mountForm();
    await ready(form);
    expect(field<HTMLSelectElement>(form, 'Currency').value).to.equal('EUR');
    expect(field(form, 'Expiry date').value).to.equal(localDate(14));
    expect(field(form, 'Expiry date').min).to.equal(localDate(0));
    const methods = $$<HTMLInputElement>(form, 'input[name="methods"]');
    expect(methods.filter((m) => m.checked).map((m) => m.value)).to.deep.equal([
      'card',
      'bancontact',
      'ideal',
      'apple_pay',
    ]);
    expect($<HTMLInputElement>(form, 'input[name="send"]:checked')?.value).to.equal('');
    expect([...field<HTMLSelectElement>(form, 'Language').options].map((o) => o.value)).to.deep.equal([
      ...LINK_LANGUAGES,
    ]);
  });

  it('shows an inactive method disabled, with the reason, and never sends it', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const form = await mountForm();
    await ready(form);
    const paypal = $<HTMLInputElement>(form, 'input[name="methods"][value="paypal"]')!;
    expect(paypal.disabled).to.equal(true);
    expect(paypal.checked).to.equal(false);
    const reason = $(form, `#${paypal.getAttribute('aria-describedby')}`);
    expect(reason?.textContent).to.equal('Not activated: activate it first');
    paypal.click(); // a disabled box ignores the click
    await fillValid(form);
    const { link } = await create(form);
    expect(link.methods).to.deep.equal(['card', 'bancontact', 'ideal', 'apple_pay']);
  });

  it('creates a link with every field, origin manual, and fires paylink-created', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const form = await mountForm();
    await ready(form);
    await fill(form, 'Amount', '1,249.90');
    await fill(form, 'Currency', 'GBP');
    await fill(form, 'Title', '  Garden maintenance  ');
    await fill(form, 'Customer name', 'Ada Lovelace');
    await fill(form, 'Email', 'ada@example.com');
    await fill(form, 'Mobile', '+44 20 7946 0958');
    await fill(form, 'Message', 'Thank you!');
    await fill(form, 'Reference', 'REF-1');
    await fill(form, 'Invoice', 'INV-1');
    await fill(form, 'Language', 'fr');
    await fill(form, 'Expiry date', localDate(20));
    $<HTMLInputElement>(form, 'input[name="methods"][value="ideal"]')!.click();
    $<HTMLInputElement>(form, 'input[name="send"][value="email"]')!.click();
    await form.updateComplete;
    const { link } = await create(form);
    expect(link).to.include({
      amount: 124990,
      currency: 'GBP',
      title: 'Garden maintenance',
      message: 'Thank you!',
      reference: 'REF-1',
      invoice: 'INV-1',
      language: 'fr',
      origin: 'manual',
      status: 'created',
    });
    expect(link.customer).to.include({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      mobile: '+44 20 7946 0958',
    });
    expect(link.methods).to.deep.equal(['card', 'bancontact', 'apple_pay']);
    expect(new Date(link.expiresAt!).getDate()).to.equal(new Date(`${localDate(20)}T12:00`).getDate());
    expect(m.engine.listEvents(link.id).map((e) => e.type)).to.deep.equal(['created', 'sent']);
    expect(linkCount(m)).to.equal(1);
    expect($(form, '[part~="success"]')?.textContent).to.contain('Sent by email to ada@example.com.');
  });

  it('with customer-id: the customer is fixed, their language is taken, and the origin is customer', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const lotte = m.engine.listCustomers('Lotte')[0]!;
    const form = await mountForm({ customerId: lotte.id });
    await ready(form);
    await waitUntil(() => field(form, 'Customer name').value === 'Lotte Peeters', 'customer shown');
    const name = field(form, 'Customer name');
    expect(name.readOnly).to.equal(true);
    expect(name.getAttribute('role')).to.equal(null); // no search: it cannot change
    expect(field(form, 'Email').readOnly).to.equal(true);
    expect(field(form, 'Email').value).to.equal('lotte.peeters@telenet.be');
    expect(field<HTMLSelectElement>(form, 'Language').value).to.equal('nl');
    expect(() => button(form, 'Change customer')).to.throw();
    await fill(form, 'Amount', '80');
    await fill(form, 'Title', 'Window cleaning');
    const { link } = await create(form);
    expect(link.origin).to.equal('customer');
    expect(link.customer.id).to.equal(lotte.id);
    expect(link.language).to.equal('nl');
  });

  it('warns when the expiry leaves fewer than 3 days, without blocking', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const form = await mountForm();
    await ready(form);
    const expiry = field(form, 'Expiry date');
    expect(expiry.getAttribute('aria-describedby')).not.to.contain('f-expiry-note');
    await fill(form, 'Expiry date', localDate(2));
    expect($(form, '#f-expiry-note')?.textContent?.trim()).to.equal(
      'Only 2 days left to pay: the customer may not have enough time.',
    );
    expect(expiry.getAttribute('aria-describedby')).to.contain('f-expiry-note');
    await fill(form, 'Expiry date', localDate(0));
    expect($(form, '#f-expiry-note')?.textContent).to.contain('expires tonight');
    await fill(form, 'Expiry date', localDate(3));
    expect($(form, '#f-expiry-note')).to.equal(null);
    await fill(form, 'Expiry date', localDate(1));
    await fillValid(form);
    const { link } = await create(form);
    expect(link.expiresAt).to.be.a('string');
  });

  it('makes a link without expiry when the date is emptied', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const form = await mountForm();
    await ready(form);
    await fill(form, 'Expiry date', '');
    await fillValid(form);
    const { link } = await create(form);
    expect(link.expiresAt).to.equal(undefined);
  });

  it('Create another empties the form (a fixed customer stays) and puts focus on Amount', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const jan = m.engine.listCustomers('Jan Janssens')[0]!;
    const form = await mountForm({ customerId: jan.id });
    await ready(form);
    await waitUntil(() => field(form, 'Customer name').value === 'Jan Janssens', 'customer shown');
    await fill(form, 'Amount', '10');
    await fill(form, 'Title', 'First');
    await create(form);
    button(form, 'Create another').click();
    await form.updateComplete;
    expect(field(form, 'Amount').value).to.equal('');
    expect(field(form, 'Title').value).to.equal('');
    expect(field(form, 'Customer name').value).to.equal('Jan Janssens');
    expect(focused(form)).to.equal(field(form, 'Amount'));
    expect(form.link).to.equal(undefined);
    await fill(form, 'Amount', '10');
    await fill(form, 'Title', 'First');
    await create(form);
    expect(linkCount(m)).to.equal(2); // the same data again, on purpose: a second link
  });

  it('announces the search results and the chosen customer in its live region', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const form = await mountForm();
    await ready(form);
    await fill(form, 'Customer name', 'Lotte');
    await announced(form, '1 customer found');
    $<HTMLElement>(form, '[role="option"]')!.click();
    await announced(form, 'Existing customer Lotte Peeters chosen.');
  });
});
