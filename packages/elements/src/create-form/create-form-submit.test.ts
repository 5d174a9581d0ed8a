import { type CreateLink, type PaylinkClient, PaylinkError, type PaymentLink } from '@paylink/client';
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import {
  $,
  $$,
  button,
  cleanup,
  errorOf,
  field,
  fill,
  fillValid,
  flakyClient,
  focused,
  linkCount,
  mockBackend,
  mountForm,
  nextEvent,
  ready,
  stopMockBackend,
  waitUntil,
} from './create-form.harness.ts';
import type { PaylinkCreateForm } from './create-form.ts';

/** A real client on the mock whose `links.create` is replaced. */
function withCreate(
  create: (body: CreateLink, options?: { idempotencyKey?: string }) => Promise<PaymentLink>,
): PaylinkClient {
  const client = flakyClient();
  return { ...client, links: { ...client.links, create } };
}

const failure = (form: PaylinkCreateForm) => $(form, '[part~="error"]');

describe('<paylink-create-form> submitting', () => {
  afterEach(cleanup);
  after(stopMockBackend);

  it('shows progress while the link is created and sends one request for many submits', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const client = flakyClient();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const calls: CreateLink[] = [];
    const gated = withCreate(async (body, options) => {
      calls.push(body);
      await gate;
      return client.links.create(body, options);
    });
    const form = await mountForm({ client: gated });
    await ready(form);
    await fillValid(form);
    const create = button(form, 'Create payment link');
    create.click();
    await form.updateComplete;
    expect(create.getAttribute('aria-disabled')).to.equal('true');
    expect($(form, 'form')?.getAttribute('aria-busy')).to.equal('true');
    expect($(form, '[part~="progress"]')?.textContent?.trim()).to.equal('Creating the payment link…');
    create.click();
    field(form, 'Title').focus();
    await sendKeys({ press: 'Enter' });
    create.click();
    const created = nextEvent(form, 'paylink-created');
    release();
    await created;
    expect(calls.length).to.equal(1);
    expect(linkCount(m)).to.equal(1);
  });

  it('keeps every field on a network failure and Retry sends the same request with the same key', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const client = flakyClient();
    const form = await mountForm({ client });
    await ready(form);
    await fillValid(form, { amount: '99.95', title: 'Offline invoice', customer: 'Grace Hopper' });
    await fill(form, 'Message', 'Kept');
    client.offline = true;
    const error = nextEvent<CustomEvent<{ error: PaylinkError }>>(form, 'paylink-error');
    button(form, 'Create payment link').click();
    expect((await error).detail.error.code).to.equal('network_error');
    await waitUntil(() => failure(form) !== null, 'failure shown');
    expect(failure(form)?.getAttribute('role')).to.equal('alert');
    expect(failure(form)?.textContent).to.contain('Everything you entered is kept');
    expect(field(form, 'Amount').value).to.equal('99.95');
    expect(field(form, 'Title').value).to.equal('Offline invoice');
    expect(field(form, 'Customer name').value).to.equal('Grace Hopper');
    expect(field(form, 'Message').value).to.equal('Kept');
    expect(linkCount(m)).to.equal(0);

    client.offline = false;
    const created = nextEvent(form, 'paylink-created');
    button(form, 'Retry').click();
    await created;
    expect(linkCount(m)).to.equal(1);
    const keys = client.creates.map((r) => r.headers.get('idempotency-key'));
    expect(keys.length).to.equal(2);
    expect(keys[0]).to.be.a('string').and.equal(keys[1]);
  });

  it('a lost answer retried with the same data makes one link; changed data gets a new key', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const client = flakyClient();
    const form = await mountForm({ client });
    await ready(form);
    await fillValid(form);
    client.loseAnswers = true; // the server makes the link, the answer never arrives
    button(form, 'Create payment link').click();
    await waitUntil(() => failure(form) !== null, 'failure shown');
    expect(linkCount(m)).to.equal(1);
    button(form, 'Create payment link').click(); // a second try, still without answers
    await form.updateComplete;
    await waitUntil(() => client.creates.length === 2 && failure(form) !== null, 'second failure');
    client.loseAnswers = false;
    const created = nextEvent<CustomEvent<{ link: PaymentLink }>>(form, 'paylink-created');
    button(form, 'Retry').click();
    const { link } = (await created).detail;
    expect(linkCount(m)).to.equal(1);
    expect(m.engine.findLinks({ from: '2000-01-01' })[0]?.id).to.equal(link.id);
    const keys = new Set(client.creates.map((r) => r.headers.get('idempotency-key')));
    expect(keys.size).to.equal(1);

    button(form, 'Create another').click();
    await form.updateComplete;
    await fillValid(form, { title: 'Another one' });
    const second = nextEvent(form, 'paylink-created');
    button(form, 'Create payment link').click();
    await second;
    expect(new Set(client.creates.map((r) => r.headers.get('idempotency-key'))).size).to.equal(2);
    expect(linkCount(m)).to.equal(2);
  });

  it('shows the server’s field problems at their fields and focuses the first', async () => {
    await mockBackend();
    const form = await mountForm({
      client: withCreate(async () => {
        throw new PaylinkError('validation_failed', 'Some fields are invalid', {
          status: 400,
          details: [
            { path: 'reference', message: 'must be at most 64' },
            { path: 'customer.email', message: 'must be an e-mail address' },
          ],
        });
      }),
    });
    await ready(form);
    await fillValid(form);
    button(form, 'Create payment link').click();
    await waitUntil(() => field(form, 'Email').getAttribute('aria-invalid') === 'true', 'email marked');
    expect(errorOf(form, field(form, 'Email'))).to.equal('Enter an email address like name@example.com.');
    expect(errorOf(form, field(form, 'Reference'))).to.equal('Use at most 64 characters.');
    expect(focused(form)).to.equal(field(form, 'Email'));
    expect(failure(form)).to.equal(null);
  });

  it('maps method_not_active to Payment methods and shows what is active now', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const real = flakyClient();
    let listed = 0;
    // The methods were loaded while PayPal was still active; it was switched off since.
    const client: PaylinkClient = {
      ...real,
      paymentMethods: {
        list: async (options) => {
          const page = await real.paymentMethods.list(options);
          return listed++ === 0 ? { items: page.items.map((item) => ({ ...item, active: true })) } : page;
        },
      },
    };
    const form = await mountForm({ client });
    await ready(form);
    await fillValid(form);
    expect($<HTMLInputElement>(form, 'input[name="methods"][value="paypal"]')!.checked).to.equal(true);
    button(form, 'Create payment link').click();
    const methods = $(form, 'fieldset[part~="methods"]')!;
    await waitUntil(() => methods.hasAttribute('aria-describedby'), 'methods marked');
    expect($(form, `#${methods.getAttribute('aria-describedby')}`)?.textContent?.trim()).to.equal(
      'PayPal is not activated: activate it first, or leave it out.',
    );
    await waitUntil(
      () => $<HTMLInputElement>(form, 'input[value="paypal"]')?.disabled === true,
      'PayPal disabled',
    );
    expect(linkCount(m)).to.equal(0);
    // Unchecked now that it cannot be chosen: creating again works.
    const created = nextEvent(form, 'paylink-created');
    button(form, 'Create payment link').click();
    await created;
  });

  it('maps missing_recipient of an existing customer to Send now', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const form = await mountForm({
      client: withCreate(async () => {
        throw new PaylinkError(
          'missing_recipient',
          'The customer has no e-mail address to send the link to',
          {
            status: 422,
            details: [{ path: 'customer.email', message: 'is required to send by email' }],
          },
        );
      }),
    });
    await ready(form);
    await fill(form, 'Amount', '5');
    await fill(form, 'Title', 'Reminder');
    await fill(form, 'Customer name', 'Lotte');
    await waitUntil(() => $$(form, '[role="option"]').length > 0, 'suggestions');
    $<HTMLElement>(form, '[role="option"]')!.click();
    $<HTMLInputElement>(form, 'input[name="send"][value="email"]')!.click();
    await form.updateComplete;
    button(form, 'Create payment link').click();
    const send = $(form, 'fieldset[part~="send"]')!;
    await waitUntil(() => send.hasAttribute('aria-describedby'), 'send marked');
    expect($(form, `#${send.getAttribute('aria-describedby')}`)?.textContent?.trim()).to.equal(
      'This customer has no email address. Choose another way to send.',
    );
    expect(focused(form)).to.equal($(form, 'input[name="send"]:checked'));
  });

  it('a refusal with no field to show it at goes above the button, with Retry', async () => {
    await mockBackend();
    const form = await mountForm({
      client: withCreate(async () => {
        throw new PaylinkError('rate_limited', 'Too many requests, try again in a minute.', { status: 429 });
      }),
    });
    await ready(form);
    await fillValid(form);
    button(form, 'Create payment link').click();
    await waitUntil(() => failure(form) !== null, 'failure shown');
    expect(failure(form)?.textContent).to.contain(
      'The payment link could not be created: Too many requests, try again in a minute.',
    );
    expect(button(form, 'Retry')).to.exist;
  });
});
