import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DAY, errorOf, fullCustomer, setup, T0 } from './helpers.ts';

test('defaults: EUR, all active methods, customer language, api origin, PL-000001 reference, url from the template', () => {
  const { engine } = setup({ payUrl: 'https://pay.example/p/{token}' });
  const customer = engine.listCustomers().find((c) => c.language === 'fr')!;
  const link = engine.createLink({ amount: 1250, title: '  Window cleaning  ', customerId: customer.id });
  assert.equal(link.currency, 'EUR');
  assert.deepEqual(link.methods, ['card', 'bancontact', 'ideal', 'apple_pay']);
  assert.equal(link.language, 'fr');
  assert.equal(link.origin, 'api');
  assert.equal(link.reference, 'PL-000001');
  assert.equal(link.title, 'Window cleaning');
  assert.equal(link.url, `https://pay.example/p/${link.token}`);
  assert.equal(link.status, 'created');
  assert.equal(link.archived, false);
  assert.equal(link.refundedAmount, 0);
  assert.equal(link.createdAt, new Date(T0).toISOString());
  assert.deepEqual(link.customer, {
    id: customer.id,
    name: customer.name,
    ...(customer.email ? { email: customer.email } : {}),
    ...(customer.mobile ? { mobile: customer.mobile } : {}),
    customerNumber: customer.customerNumber,
  });
  assert.match(link.id, /^pl_[0-9a-z]{16}$/);
  const events = engine.listEvents(link.id);
  assert.deepEqual(
    events.map((e) => [e.type, e.actor, e.data.origin]),
    [['created', 'merchant', 'api']],
  );
  assert.equal(engine.createLink({ amount: 1, title: 'x', customerId: customer.id }).reference, 'PL-000002');
});

test('an inline customer is created once and reused by e-mail; language defaults to en', () => {
  const { engine } = setup();
  const body = { amount: 500, title: 'Tea', customer: { name: 'Ada Lovelace', email: 'ada@example.com' } };
  const a = engine.createLink(body);
  const b = engine.createLink({ ...body, customer: { ...body.customer, email: 'ADA@example.com' } });
  assert.ok(a.customer.id);
  assert.equal(a.customer.id, b.customer.id);
  assert.equal(a.language, 'en');
  assert.deepEqual(engine.getCustomer(a.customer.id!).name, 'Ada Lovelace');
  assert.equal(engine.listCustomers('ada').length, 1);
});

test('validation errors carry paths', () => {
  const { engine } = setup();
  const cases: [Record<string, unknown>, string][] = [
    [{ title: 'x', customerId: fullCustomer(engine).id }, 'amount'],
    [{ amount: 0, title: 'x', customerId: fullCustomer(engine).id }, 'amount'],
    [{ amount: 9.99, title: 'x', customerId: fullCustomer(engine).id }, 'amount'],
    [{ amount: 100, title: 'x'.repeat(141), customerId: fullCustomer(engine).id }, 'title'],
    [{ amount: 100, title: '   ', customerId: fullCustomer(engine).id }, 'title'],
    [{ amount: 100, title: 'x' }, 'customer'],
    [{ amount: 100, title: 'x', customerId: 'cus_missing' }, 'customerId'],
    [{ amount: 100, title: 'x', customer: { name: 'A', email: 'not-an-email' } }, 'customer.email'],
    [{ amount: 100, title: 'x', customer: { name: '' } }, 'customer.name'],
    [{ amount: 100, title: 'x', customer: { name: 'A' }, currency: 'euro' }, 'currency'],
    [
      { amount: 100, title: 'x', customer: { name: 'A' }, expiresAt: new Date(T0 - DAY).toISOString() },
      'expiresAt',
    ],
    [{ amount: 100, title: 'x', customer: { name: 'A' }, methods: [] }, 'methods'],
    [{ amount: 100, title: 'x', customer: { name: 'A' }, origin: 'fax' }, 'origin'],
  ];
  for (const [body, path] of cases) {
    const error = errorOf(() => engine.createLink(body));
    assert.equal(error.code, 'validation_failed', JSON.stringify(body));
    assert.ok(
      error.details?.some((d) => d.path === path),
      `${path} in ${JSON.stringify(error.details)}`,
    );
    assert.ok(error.details?.every((d) => d.message.length > 0));
  }
  assert.equal(errorOf(() => engine.createLink(null)).code, 'validation_failed');
  assert.equal(engine.listLinks({}).total, 0, 'nothing was created');
});

test('every requested method must be active (method_not_active)', () => {
  const { engine } = setup();
  const error = errorOf(() =>
    engine.createLink({
      amount: 100,
      title: 'x',
      customerId: fullCustomer(engine).id,
      methods: ['card', 'paypal'],
    }),
  );
  assert.equal(error.code, 'method_not_active');
  assert.equal(
    errorOf(() =>
      engine.createLink({ amount: 100, title: 'x', customerId: fullCustomer(engine).id, methods: ['cash'] }),
    ).code,
    'method_not_active',
  );
  assert.deepEqual(
    engine.createLink({
      amount: 100,
      title: 'x',
      customerId: fullCustomer(engine).id,
      methods: ['ideal', 'ideal'],
    }).methods,
    ['ideal'],
  );
});

test('Idempotency-Key on createLink: same body → same link once; different body → idempotency_conflict', () => {
  const { engine } = setup();
  const body = { amount: 100, title: 'Once', customerId: fullCustomer(engine).id };
  const first = engine.createLink(body, { idempotencyKey: 'c-1' });
  assert.deepEqual(engine.createLink({ ...body }, { idempotencyKey: 'c-1' }), first);
  assert.equal(engine.listLinks({}).total, 1);
  assert.equal(
    errorOf(() => engine.createLink({ ...body, amount: 200 }, { idempotencyKey: 'c-1' })).code,
    'idempotency_conflict',
  );
  assert.notEqual(engine.createLink(body, { idempotencyKey: 'c-2' }).id, first.id);
  assert.notEqual(engine.createLink(body).id, first.id, 'no key, no deduplication');
});

test('setLanguage changes the language with an event; only the language is accepted', () => {
  const { engine } = setup();
  const link = engine.createLink({
    amount: 100,
    title: 'x',
    customerId: fullCustomer(engine).id,
    language: 'nl',
  });
  const updated = engine.setLanguage(link.id, { language: 'fr-BE' });
  assert.equal(updated.language, 'fr-BE');
  const event = engine.listEvents(link.id).at(-1)!;
  assert.deepEqual([event.type, event.data.from, event.data.to], ['language_changed', 'nl', 'fr-BE']);
  assert.equal(
    errorOf(() => engine.setLanguage(link.id, { language: 'French' })).details?.[0]?.path,
    'language',
  );
  assert.equal(errorOf(() => engine.setLanguage('pl_missing', { language: 'en' })).code, 'not_found');
});
