import { expect } from 'chai';
import {
  $,
  button,
  cleanup,
  field,
  fillValid,
  linkCount,
  mockBackend,
  mountForm,
  nextEvent,
  ready,
  stopMockBackend,
} from './create-form.harness.ts';
import type { CreatedDetail } from './events.ts';

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
      'Customer name',
      'Email',
      'Mobile',
      'Language',
      'Expiry date',
    ]) {
      expect(field(form, name), name).to.exist;
    }
    expect($(form, 'fieldset[part~="methods"] legend')?.textContent?.trim()).to.equal('Payment methods');
    expect(button(form, 'Create payment link').type).to.equal('submit');
  });

  it('creates a link with origin manual and fires paylink-created', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const form = await mountForm();
    await ready(form);
    await fillValid(form);
    const created = nextEvent<CustomEvent<CreatedDetail>>(form, 'paylink-created');
    button(form, 'Create payment link').click();
    const { detail } = await created;
    expect(detail.link.amount).to.equal(1250);
    expect(detail.link.origin).to.equal('manual');
    expect(linkCount(m)).to.equal(1);
  });
});
