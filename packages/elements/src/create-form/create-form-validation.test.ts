import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import {
  $,
  announced,
  button,
  cleanup,
  errorOf,
  field,
  fill,
  fillValid,
  focused,
  linkCount,
  mockBackend,
  mountForm,
  ready,
  stopMockBackend,
} from './create-form.harness.ts';
import { localDate } from './draft.ts';

describe('<paylink-create-form> validation', () => {
  afterEach(cleanup);
  after(stopMockBackend);

  it('on submit marks every invalid field, says how many, and focuses the first; nothing is sent', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const form = await mountForm();
    await ready(form);
    button(form, 'Create payment link').click();
    await announced(form, '3 fields need your attention.');
    for (const [name, message] of [
      ['Amount', 'Enter an amount.'],
      ['Title', 'Enter a title.'],
      ['Customer name', 'Enter the customer’s name, or choose an existing customer.'],
    ] as const) {
      const control = field(form, name);
      expect(control.getAttribute('aria-invalid'), name).to.equal('true');
      expect(errorOf(form, control), name).to.equal(message);
    }
    expect(field(form, 'Email').getAttribute('aria-invalid')).to.equal('false');
    expect(focused(form)).to.equal(field(form, 'Amount'));
    expect(linkCount(m)).to.equal(0);
  });

  it('reads amounts as the viewer writes them and explains what is wrong', async () => {
    await mockBackend();
    const form = await mountForm();
    await ready(form);
    const amount = field(form, 'Amount');
    const check = async (typed: string) => {
      await fill(form, 'Amount', typed);
      amount.dispatchEvent(new Event('blur'));
      await form.updateComplete;
      return errorOf(form, amount);
    };
    expect(await check('12.505')).to.equal('Use at most 2 decimals for EUR.');
    expect(await check('0')).to.equal('Enter an amount greater than 0.');
    expect(await check('-3')).to.equal('Enter an amount greater than 0.');
    expect(await check('twelve')).to.equal('Enter an amount like 12.50.');
    expect(await check('12.5')).to.equal('');
    expect(amount.value).to.equal('12.50'); // written back the way it is read
    expect(await check('1,250')).to.equal('');
    expect(amount.value).to.equal('1250.00');
    expect(amount.getAttribute('aria-invalid')).to.equal('false');
  });

  it('checks the decimals against the chosen currency', async () => {
    await mockBackend();
    const form = await mountForm();
    await ready(form);
    const currency = field<HTMLSelectElement>(form, 'Currency');
    const yen = new Option('JPY', 'JPY');
    currency.append(yen); // not offered by default; the rule follows Intl's digits for any currency
    await fill(form, 'Currency', 'JPY');
    await fill(form, 'Amount', '12.5');
    field(form, 'Amount').dispatchEvent(new Event('blur'));
    await form.updateComplete;
    expect(errorOf(form, field(form, 'Amount'))).to.equal('JPY amounts have no decimals.');
  });

  it('counts the title down to 140 and refuses a longer one with the server’s rule', async () => {
    await mockBackend();
    const form = await mountForm();
    await ready(form);
    const title = field(form, 'Title');
    await fill(form, 'Title', 'x'.repeat(139));
    expect($(form, '#f-title-note')?.textContent?.trim()).to.equal('1 character left');
    await fill(form, 'Title', 'x'.repeat(142));
    expect($(form, '#f-title-note')?.textContent?.trim()).to.equal('2 characters too many');
    title.dispatchEvent(new Event('blur'));
    await form.updateComplete;
    expect(errorOf(form, title)).to.equal('Use at most 140 characters.');
    expect(title.getAttribute('aria-describedby')).to.equal('f-title-error f-title-note');
  });

  it('checks email and mobile as the server does, and asks for the address of the channel to send by', async () => {
    await mockBackend();
    const form = await mountForm();
    await ready(form);
    await fillValid(form);
    await fill(form, 'Email', 'ada@');
    field(form, 'Email').dispatchEvent(new Event('blur'));
    await fill(form, 'Mobile', '12');
    field(form, 'Mobile').dispatchEvent(new Event('blur'));
    await form.updateComplete;
    expect(errorOf(form, field(form, 'Email'))).to.equal('Enter an email address like name@example.com.');
    expect(errorOf(form, field(form, 'Mobile'))).to.equal('Enter a mobile number like +32 470 12 34 56.');
    await fill(form, 'Email', '');
    await fill(form, 'Mobile', '');
    $<HTMLInputElement>(form, 'input[name="send"][value="whatsapp"]')!.click();
    button(form, 'Create payment link').click();
    await announced(form, '1 field needs your attention.');
    expect(errorOf(form, field(form, 'Mobile'))).to.equal(
      'Enter a mobile number to send the link by SMS or WhatsApp.',
    );
    expect(focused(form)).to.equal(field(form, 'Mobile'));
  });

  it('refuses an expiry date in the past and a link without any method', async () => {
    await mockBackend();
    const form = await mountForm();
    await ready(form);
    await fillValid(form);
    await fill(form, 'Expiry date', localDate(-1));
    for (const box of form.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="methods"]:checked'))
      box.click();
    await form.updateComplete;
    button(form, 'Create payment link').click();
    await announced(form, '2 fields need your attention.');
    expect(errorOf(form, field(form, 'Expiry date'))).to.equal('Choose today or a later date.');
    const methods = $(form, 'fieldset[part~="methods"]')!;
    expect($(form, `#${methods.getAttribute('aria-describedby')}`)?.textContent?.trim()).to.equal(
      'Choose at least one payment method.',
    );
    expect(focused(form)).to.equal(field(form, 'Expiry date'));
  });

  it('removes a message as soon as the field is right, and leaves an untouched empty field alone', async () => {
    await mockBackend();
    const form = await mountForm();
    await ready(form);
    field(form, 'Title').focus();
    field(form, 'Title').dispatchEvent(new Event('blur')); // tabbing through an empty field
    await form.updateComplete;
    expect(field(form, 'Title').getAttribute('aria-invalid')).to.equal('false');
    button(form, 'Create payment link').click();
    await announced(form, 'fields need your attention');
    field(form, 'Title').focus();
    await sendKeys({ type: 'R' });
    await form.updateComplete;
    expect(field(form, 'Title').getAttribute('aria-invalid')).to.equal('false');
    expect(errorOf(form, field(form, 'Title'))).to.equal('');
    expect(field(form, 'Amount').getAttribute('aria-invalid')).to.equal('true');
  });

  it('reads a Dutch amount with a decimal comma', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const form = await mountForm({ lang: 'nl-BE' });
    await ready(form);
    expect($(form, '#f-amount-hint')?.textContent?.trim()).to.equal('Bijvoorbeeld 12,50');
    await fill(form, 'Bedrag', '1.234,5');
    await fill(form, 'Titel', 'Tuinonderhoud');
    await fill(form, 'Naam klant', 'Jan');
    button(form, 'Betaallink aanmaken').click();
    await announced(form, '');
    await new Promise((resolve) => form.addEventListener('paylink-created', resolve, { once: true }));
    expect(m.engine.findLinks({ q: 'Tuinonderhoud' })[0]?.amount).to.equal(123450);
  });
});
