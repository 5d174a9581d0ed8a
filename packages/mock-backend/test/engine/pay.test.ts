import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeOf, linkIn, newLink, setup } from './helpers.ts';

test('PayView shows only what the pay page needs: no id, customer or other links', () => {
  const { engine } = setup();
  const link = newLink(engine, { message: 'Thanks!', redirectUrl: 'https://shop.example/thanks' });
  const view = engine.payView(link.token);
  assert.deepEqual(Object.keys(view).sort(), [
    'amount',
    'currency',
    'expiresAt',
    'language',
    'merchant',
    'message',
    'methods',
    'redirectUrl',
    'reference',
    'status',
    'title',
    'token',
  ]);
  assert.equal(view.merchant.name, 'Acme Supplies');
  const text = JSON.stringify(view);
  assert.ok(!text.includes(link.id), 'no link id');
  assert.ok(!text.includes(link.customer.name), 'no customer name');
  assert.ok(!text.includes(link.customer.email!), 'no customer e-mail');
});

test('a token of link A never returns link B; unknown tokens are not_found', () => {
  const { engine } = setup();
  const a = newLink(engine, { amount: 111, title: 'A' });
  const b = newLink(engine, { amount: 222, title: 'B' });
  assert.equal(engine.payView(a.token).title, 'A');
  assert.equal(engine.open(b.token).title, 'B');
  assert.equal(engine.getLink(a.id).status, 'created', 'opening B leaves A alone');
  assert.notEqual(a.token, b.token);
  assert.match(a.token, /^[A-Za-z0-9_-]{22}$/);
  assert.ok(!a.token.includes(a.id.slice(3)));
  for (const token of ['', a.id, `${a.token}x`, a.token.slice(1), 'AAAAAAAAAAAAAAAAAAAAAA']) {
    assert.equal(
      codeOf(() => engine.payView(token)),
      'not_found',
      token,
    );
  }
});

test('open: created/declined → clicked with an opened event; other statuses unchanged', () => {
  const { engine } = setup();
  const link = newLink(engine);
  assert.equal(engine.open(link.token).status, 'clicked');
  const opened = engine.listEvents(link.id).at(-1)!;
  assert.equal(opened.type, 'opened');
  assert.equal(opened.actor, 'customer');
  engine.open(link.token);
  assert.equal(
    engine.listEvents(link.id).filter((e) => e.type === 'opened').length,
    1,
    'opening twice records once',
  );
  const paid = linkIn(engine, 'paid');
  const count = engine.listEvents(paid.id).length;
  assert.equal(engine.open(paid.token).status, 'paid');
  assert.equal(engine.listEvents(paid.id).length, count);
});

test('startPayment checks the method, creates a PSP payment and a payment_started event', () => {
  const { engine } = setup();
  const link = newLink(engine, { methods: ['card', 'ideal'] });
  assert.equal(
    codeOf(() => engine.startPayment(link.token, { method: 'bancontact' })),
    'method_not_active',
  );
  assert.equal(
    codeOf(() => engine.startPayment(link.token, { method: 'paypal' })),
    'method_not_active',
  );
  assert.equal(
    codeOf(() => engine.startPayment(link.token, {})),
    'validation_failed',
  );
  assert.equal(engine.getLink(link.id).status, 'created', 'refusals change nothing');
  const payment = engine.startPayment(link.token, { method: 'ideal' });
  assert.equal(payment.state, 'pending');
  assert.equal(payment.amount, link.amount);
  assert.equal(payment.returnUrl, link.url);
  assert.equal(payment.merchantName, 'Acme Supplies');
  assert.match(payment.id, /^pay_/);
  assert.deepEqual(engine.getPayment(payment.id), payment);
  assert.deepEqual(
    engine.listEvents(link.id).map((e) => e.type),
    ['created', 'opened', 'payment_started'],
  );
  assert.equal(engine.listEvents(link.id).at(-1)!.data.method, 'ideal');
  const custom = engine.startPayment(link.token, { method: 'card', returnUrl: 'https://shop.example/back' });
  assert.equal(custom.returnUrl, 'https://shop.example/back');
  assert.equal(
    codeOf(() => engine.getPayment('pay_missing')),
    'not_found',
  );
  assert.equal(
    codeOf(() => engine.completePayment(payment.id, { outcome: 'maybe' })),
    'validation_failed',
  );
});

test('PayView lists only link methods that are still active', () => {
  const { engine } = setup({
    paymentMethods: [
      { id: 'card', name: 'Card', active: true },
      { id: 'ideal', name: 'iDEAL', active: true },
    ],
  });
  const link = newLink(engine);
  assert.deepEqual(engine.payView(link.token).methods, ['card', 'ideal']);
  const paid = linkIn(engine, 'paid');
  const view = engine.payView(paid.token);
  assert.equal(view.paidMethod, 'card');
  assert.ok(view.paidAt);
});
