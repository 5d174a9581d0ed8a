import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import {
  $,
  $$,
  button,
  cleanup,
  field,
  focused,
  mockBackend,
  mountForm,
  ready,
  stopMockBackend,
  waitUntil,
} from './create-form.harness.ts';
import type { PaylinkCreateForm } from './create-form.ts';

const options = (form: PaylinkCreateForm) => $$(form, '[role="option"]');

async function typeName(form: PaylinkCreateForm, text: string): Promise<HTMLInputElement> {
  const input = field(form, 'Customer name');
  input.focus();
  await sendKeys({ type: text });
  await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'suggestions open');
  return input;
}

describe('<paylink-create-form> customer search', () => {
  afterEach(cleanup);
  after(stopMockBackend);

  beforeEach(async () => (await mockBackend()).engine.reset());

  it('is a combobox whose list box of customers is used with the keyboard alone', async () => {
    const form = await mountForm();
    await ready(form);
    const input = await typeName(form, 'ja');
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    const listbox = $(form, `#${input.getAttribute('aria-controls')}`)!;
    expect(listbox.getAttribute('role')).to.equal('listbox');
    const names = options(form).map((o) => o.querySelector('.option-name')?.textContent);
    expect(names).to.include('Jan Janssens');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);

    await sendKeys({ press: 'ArrowDown' });
    await form.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(options(form)[0]!.id);
    expect(options(form)[0]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowUp' });
    await form.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(options(form).at(-1)!.id);
    await sendKeys({ press: 'ArrowDown' });
    await form.updateComplete;
    const first = options(form)[0]!.querySelector('.option-name')!.textContent!;
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.value).to.equal(first);
    expect(focused(form)).to.equal(input);
    expect(field(form, 'Email').readOnly).to.equal(true);
    expect(button(form, 'Change customer')).to.exist;
  });

  it('Escape closes the suggestions without leaving the field or closing a dialog around the form', async () => {
    const dialog = document.createElement('dialog');
    document.body.append(dialog);
    const form = await mountForm({}, dialog);
    dialog.showModal();
    await ready(form);
    const input = await typeName(form, 'lot');
    await sendKeys({ press: 'Escape' });
    await form.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(dialog.open).to.equal(true);
    expect(focused(form)).to.equal(input);
    expect(input.value).to.equal('lot');
    dialog.remove();
  });

  it('an existing customer fills email, mobile and language; typing again makes a new customer', async () => {
    const form = await mountForm();
    await ready(form);
    await typeName(form, 'Marie');
    options(form)[0]!.click();
    await form.updateComplete;
    expect(field(form, 'Customer name').value).to.equal('Marie Dubois');
    expect(field(form, 'Email').value).to.equal('marie.dubois@skynet.be');
    expect(field(form, 'Mobile').value).to.equal('+32473456789');
    expect(field<HTMLSelectElement>(form, 'Language').value).to.equal('fr');
    expect($(form, '.chosen')?.textContent).to.contain('Existing customer · C-1005');

    field(form, 'Customer name').focus();
    await sendKeys({ press: 'Backspace' });
    await form.updateComplete;
    expect(field(form, 'Email').value).to.equal('');
    expect(field(form, 'Email').readOnly).to.equal(false);
    expect($(form, '.chosen')).to.equal(null);
  });

  it('Change customer empties the customer and puts focus on the name', async () => {
    const form = await mountForm();
    await ready(form);
    await typeName(form, 'Sofie');
    options(form)[0]!.click();
    await form.updateComplete;
    button(form, 'Change customer').click();
    await form.updateComplete;
    expect(field(form, 'Customer name').value).to.equal('');
    expect(field(form, 'Email').value).to.equal('');
    expect(focused(form)).to.equal(field(form, 'Customer name'));
  });

  it('a language picked by hand is kept when a customer is chosen', async () => {
    const form = await mountForm();
    await ready(form);
    const language = field<HTMLSelectElement>(form, 'Language');
    language.value = 'de';
    language.dispatchEvent(new Event('change'));
    await typeName(form, 'Marie');
    options(form)[0]!.click();
    await form.updateComplete;
    expect(language.value).to.equal('de');
  });

  it('a customer without an email cannot be sent the link by email', async () => {
    const form = await mountForm();
    await ready(form);
    await typeName(form, 'Pieter');
    options(form)[0]!.click();
    $<HTMLInputElement>(form, 'input[name="send"][value="email"]')!.click();
    await form.updateComplete;
    button(form, 'Create payment link').click();
    const send = $(form, 'fieldset[part~="send"]')!;
    await waitUntil(() => send.hasAttribute('aria-describedby'), 'send marked');
    expect($(form, `#${send.getAttribute('aria-describedby')}`)?.textContent?.trim()).to.equal(
      'This customer has no email address. Choose another way to send.',
    );
  });
});
