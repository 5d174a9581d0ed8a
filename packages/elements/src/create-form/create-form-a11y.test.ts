import { type PaylinkClient, PaylinkError } from '@paylink/client';
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { expectAccessible } from '../../test-support/axe.ts';
import {
  $,
  announced,
  button,
  cleanup,
  field,
  fill,
  fillValid,
  flakyClient,
  mockBackend,
  mountForm,
  nextEvent,
  ready,
  stopMockBackend,
  waitUntil,
} from './create-form.harness.ts';
import { localDate } from './draft.ts';

describe('<paylink-create-form> accessibility', () => {
  afterEach(cleanup);
  after(stopMockBackend);
  beforeEach(async () => (await mockBackend()).engine.reset());

  it('has no axe violations while loading and when empty', async () => {
    const never = flakyClient();
    const loading: PaylinkClient = { ...never, paymentMethods: { list: () => new Promise(() => {}) } };
    const first = await mountForm({ client: loading });
    await first.localeReady();
    expect($(first, 'fieldset[part~="methods"]')?.textContent).to.contain('Loading payment methods…');
    await expectAccessible(first);
    cleanup();
    const form = await mountForm();
    await ready(form);
    await expectAccessible(form);
  });

  it('has no axe violations with invalid fields, the suggestions open and the expiry warning', async () => {
    const form = await mountForm();
    await ready(form);
    await fill(form, 'Expiry date', localDate(1));
    button(form, 'Create payment link').click();
    await announced(form, 'fields need your attention');
    await expectAccessible(form);
    field(form, 'Customer name').focus();
    await sendKeys({ type: 'ja' });
    await waitUntil(() => field(form, 'Customer name').getAttribute('aria-expanded') === 'true', 'open');
    await sendKeys({ press: 'ArrowDown' });
    await form.updateComplete;
    await expectAccessible(form);
  });

  it('has no axe violations while submitting, after a network failure and after a server error', async () => {
    const client = flakyClient();
    const gated: PaylinkClient = {
      ...client,
      links: { ...client.links, create: () => new Promise(() => {}) },
    };
    const form = await mountForm({ client: gated });
    await ready(form);
    await fillValid(form);
    button(form, 'Create payment link').click();
    await form.updateComplete;
    await expectAccessible(form);
    cleanup();

    client.offline = true;
    const offline = await mountForm({ client });
    await offline.localeReady();
    await waitUntil(() => $(offline, 'fieldset[part~="methods"] button') !== null, 'methods failed');
    expect($(offline, 'fieldset[part~="methods"]')?.textContent).to.contain('could not be loaded');
    await expectAccessible(offline);
    client.offline = false;
    button(offline, 'Retry').click();
    await ready(offline);
    await fillValid(offline);
    client.offline = true;
    button(offline, 'Create payment link').click();
    await waitUntil(() => $(offline, '[part~="error"]') !== null, 'failure');
    await expectAccessible(offline);
    cleanup();

    const refused: PaylinkClient = {
      ...client,
      links: {
        ...client.links,
        create: async () => {
          throw new PaylinkError('validation_failed', 'Some fields are invalid', {
            status: 400,
            details: [{ path: 'title', message: 'must be at most 140 characters' }],
          });
        },
      },
    };
    client.offline = false;
    const invalid = await mountForm({ client: refused });
    await ready(invalid);
    await fillValid(invalid);
    button(invalid, 'Create payment link').click();
    await waitUntil(() => field(invalid, 'Title').getAttribute('aria-invalid') === 'true', 'title marked');
    await expectAccessible(invalid);
  });

  it('has no axe violations with a fixed customer and after creating (link, QR)', async () => {
    const m = await mockBackend();
    const lotte = m.engine.listCustomers('Lotte')[0]!;
    const form = await mountForm({ customerId: lotte.id });
    await ready(form);
    await waitUntil(() => field(form, 'Customer name').value !== '', 'customer shown');
    await expectAccessible(form);
    await fill(form, 'Amount', '10');
    await fill(form, 'Title', 'Accessible');
    const created = nextEvent(form, 'paylink-created');
    button(form, 'Create payment link').click();
    await created;
    await form.updateComplete;
    await expectAccessible(form);
  });

  it('has no axe violations in Arabic, right to left, with messages', async () => {
    const form = await mountForm({ lang: 'ar' });
    await ready(form);
    $<HTMLButtonElement>(form, '[part~="create-button"]')!.click();
    await waitUntil(() => field(form, 'المبلغ').getAttribute('aria-invalid') === 'true', 'marked');
    await expectAccessible(form);
  });
});
