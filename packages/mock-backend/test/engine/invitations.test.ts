import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BOUNCE_DOMAIN } from '../../src/engine/index.ts';
import { codeOf, errorOf, fullCustomer, linkIn, newLink, setup } from './helpers.ts';

test('each channel goes to the matching address and records a sent event', () => {
  const { engine } = setup();
  const customer = fullCustomer(engine);
  const link = newLink(engine);
  for (const channel of ['email', 'sms', 'whatsapp'] as const) {
    const invitation = engine.invite(link.id, { channel });
    assert.equal(invitation.status, 'sent');
    assert.equal(invitation.channel, channel);
    assert.equal(invitation.to, channel === 'email' ? customer.email : customer.mobile);
    const event = engine.listEvents(link.id).at(-1)!;
    assert.equal(event.type, 'sent');
    assert.equal(event.data.channel, channel);
    assert.equal(event.data.to, invitation.to);
  }
  assert.equal(engine.getLink(link.id).status, 'created', 'sending does not change the status');
});

test('a missing address is missing_recipient; `to` overrides the customer', () => {
  const { engine } = setup();
  const mobileOnly = engine.listCustomers().find((c) => !c.email && c.mobile)!;
  const emailOnly = engine.listCustomers().find((c) => c.email && !c.mobile)!;
  const a = newLink(engine, { customerId: mobileOnly.id });
  const b = newLink(engine, { customerId: emailOnly.id });
  assert.equal(
    codeOf(() => engine.invite(a.id, { channel: 'email' })),
    'missing_recipient',
  );
  assert.equal(
    codeOf(() => engine.invite(b.id, { channel: 'sms' })),
    'missing_recipient',
  );
  assert.equal(
    codeOf(() => engine.invite(b.id, { channel: 'whatsapp' })),
    'missing_recipient',
  );
  assert.equal(
    engine.invite(a.id, { channel: 'email', to: 'someone@example.com' }).to,
    'someone@example.com',
  );
  assert.equal(
    codeOf(() => engine.invite(a.id, { channel: 'fax' })),
    'validation_failed',
  );
  assert.equal(
    codeOf(() => engine.invite('pl_missing', { channel: 'email' })),
    'not_found',
  );
});

test(`an address at ${BOUNCE_DOMAIN} fails with a reason and records no sent event`, () => {
  const { engine } = setup();
  const link = newLink(engine);
  const before = engine.listEvents(link.id).length;
  const invitation = engine.invite(link.id, { channel: 'email', to: `nobody${BOUNCE_DOMAIN}` });
  assert.equal(invitation.status, 'failed');
  assert.ok(invitation.reason);
  assert.equal(engine.listEvents(link.id).length, before);
});

test('invitations only for created, clicked and declined links that are not archived', () => {
  const { engine } = setup();
  for (const status of ['created', 'clicked', 'declined'] as const) {
    assert.equal(engine.invite(linkIn(engine, status).id, { channel: 'sms' }).status, 'sent');
  }
  for (const status of ['paid', 'expired'] as const) {
    assert.equal(
      codeOf(() => engine.invite(linkIn(engine, status).id, { channel: 'sms' })),
      'invalid_transition',
    );
  }
});

test('bulk send continues past unknown, unreachable and refused links, answering in order', () => {
  const { engine } = setup();
  const mobileOnly = engine.listCustomers().find((c) => !c.email && c.mobile)!;
  const ok = newLink(engine);
  const noEmail = newLink(engine, { customerId: mobileOnly.id });
  const paid = linkIn(engine, 'paid');
  const bounce = newLink(engine, {
    customer: { name: 'Bouncy', email: `b${BOUNCE_DOMAIN}` },
    customerId: undefined,
  });
  const { results } = engine.inviteMany({
    ids: [ok.id, 'pl_missing', noEmail.id, paid.id, bounce.id],
    channel: 'email',
  });
  assert.deepEqual(
    results.map((r) => [r.id, r.outcome, r.code ?? null, r.invitation?.status ?? null]),
    [
      [ok.id, 'sent', null, 'sent'],
      ['pl_missing', 'not_found', 'not_found', null],
      [noEmail.id, 'failed', 'missing_recipient', null],
      [paid.id, 'failed', 'invalid_transition', null],
      [bounce.id, 'failed', null, 'failed'],
    ],
  );
});

test('Idempotency-Key on invite sends once; createLink with sendInvite sends right away', () => {
  const { engine } = setup();
  const link = newLink(engine);
  const first = engine.invite(link.id, { channel: 'email' }, { idempotencyKey: 'inv-1' });
  assert.deepEqual(engine.invite(link.id, { channel: 'email' }, { idempotencyKey: 'inv-1' }), first);
  assert.equal(engine.listEvents(link.id).filter((e) => e.type === 'sent').length, 1);
  assert.equal(
    codeOf(() => engine.invite(link.id, { channel: 'sms' }, { idempotencyKey: 'inv-1' })),
    'idempotency_conflict',
  );

  const sent = newLink(engine, { sendInvite: 'sms' });
  assert.deepEqual(
    engine.listEvents(sent.id).map((e) => [e.type, e.data.channel ?? null]),
    [
      ['created', null],
      ['sent', 'sms'],
    ],
  );
});

test('createLink with sendInvite and no address creates nothing (missing_recipient)', () => {
  const { engine } = setup();
  const error = errorOf(() =>
    engine.createLink({ amount: 100, title: 'x', customer: { name: 'No Mail' }, sendInvite: 'email' }),
  );
  assert.equal(error.code, 'missing_recipient');
  assert.equal(error.details?.[0]?.path, 'customer.email');
  assert.equal(engine.listLinks({}).total, 0);
  assert.equal(engine.listCustomers('No Mail').length, 0, 'no half-created customer either');
});
