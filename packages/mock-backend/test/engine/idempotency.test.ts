import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalJson, IDEMPOTENCY_TTL_MS } from '../../src/engine/idempotency.ts';
import { codeOf, setup } from './helpers.ts';

const body = {
  amount: 990,
  title: 'Once',
  customer: { name: 'Kim' },
  redirectUrl: 'https://marker.example/only-in-the-request',
};

describe('idempotency keys', () => {
  test('remembered for 24 hours: a replay answers the first link, a different body conflicts', () => {
    const { engine, clock } = setup();
    const first = engine.createLink(body, { idempotencyKey: 'k1' });
    clock.set(clock.now() + IDEMPOTENCY_TTL_MS - 1);
    assert.deepEqual(engine.createLink(body, { idempotencyKey: 'k1' }), first);
    assert.equal(
      codeOf(() => engine.createLink({ ...body, amount: 991 }, { idempotencyKey: 'k1' })),
      'idempotency_conflict',
    );
    assert.equal(engine.findLinks({ from: '2000-01-01' }).length, 1);
  });

  test('expire after 24 hours (as Stripe): the key then makes a new link', () => {
    const { engine, clock } = setup();
    const first = engine.createLink(body, { idempotencyKey: 'k1' });
    clock.set(clock.now() + IDEMPOTENCY_TTL_MS);
    const second = engine.createLink(body, { idempotencyKey: 'k1' });
    assert.notEqual(second.id, first.id);
    assert.equal(engine.createLink(body, { idempotencyKey: 'k1' }).id, second.id);
  });

  test('expired keys are dropped from the state, not only ignored', () => {
    const { engine, clock } = setup();
    for (let i = 0; i < 50; i++) engine.createLink(body, { idempotencyKey: `k${i}` });
    const count = () => (engine.snapshot() as unknown as { idempotency: unknown[] }).idempotency.length;
    assert.equal(count(), 50);
    clock.set(clock.now() + IDEMPOTENCY_TTL_MS);
    engine.listPaymentMethods();
    assert.equal(count(), 0);
  });

  test('the state keeps a hash of the request, never the request itself', () => {
    const { engine } = setup();
    engine.createLink(body, { idempotencyKey: 'k1' });
    const saved = (engine.snapshot() as unknown as { idempotency: [string, Record<string, unknown>][] })
      .idempotency;
    assert.equal(saved.length, 1);
    const [, record] = saved[0]!;
    assert.match(String(record.hash), /^[0-9a-f]{64}$/);
    assert.equal('body' in record, false);
    assert.doesNotMatch(JSON.stringify(saved), /marker\.example/);
  });

  test('a snapshot saved before hashing (whole bodies) still replays and conflicts', () => {
    const { engine } = setup();
    const first = engine.createLink(body, { idempotencyKey: 'k1' });
    const snapshot = engine.snapshot() as unknown as { idempotency: [string, unknown][] };
    const [scope] = snapshot.idempotency[0]!;
    snapshot.idempotency = [[scope, { body: canonicalJson(body), answer: first }]];
    const restored = setup().engine;
    restored.restore(snapshot as never);
    assert.deepEqual(restored.createLink(body, { idempotencyKey: 'k1' }), first);
    assert.equal(
      codeOf(() => restored.createLink({ ...body, amount: 5 }, { idempotencyKey: 'k1' })),
      'idempotency_conflict',
    );
  });
});
