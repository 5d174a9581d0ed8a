import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REFUND_FAIL_PREFIX } from '../../src/engine/index.ts';
import { codeOf, errorOf, linkIn, setup } from './helpers.ts';

test('partial refunds add up to the amount and no further; each starts pending', () => {
  const { engine } = setup();
  const link = linkIn(engine, 'paid');
  const r1 = engine.refund(link.id, { amount: 2000, message: 'Returned item' });
  assert.equal(r1.status, 'pending');
  assert.equal(r1.currency, 'EUR');
  assert.equal(r1.linkId, link.id);
  const r2 = engine.refund(link.id, { amount: 2000, message: 'Second item' });
  assert.equal(engine.listRefunds(link.id).refundable, 995);
  const tooMuch = errorOf(() => engine.refund(link.id, { amount: 996, message: 'Too much' }));
  assert.equal(tooMuch.code, 'refund_exceeds_remaining');
  assert.equal(tooMuch.details?.[0]?.path, 'amount');
  const r3 = engine.refund(link.id, { amount: 995, message: 'The rest' });
  assert.deepEqual(
    engine.listRefunds(link.id).items.map((r) => r.id),
    [r1.id, r2.id, r3.id],
  );
  assert.equal(engine.listRefunds(link.id).refundable, 0);
  assert.equal(
    codeOf(() => engine.refund(link.id, { amount: 1, message: 'One cent' })),
    'refund_exceeds_remaining',
  );
  assert.equal(engine.getLink(link.id).refundedAmount, 0, 'nothing settled yet');
});

test('refunds settle after refundSettleMs: succeeded adds to refundedAmount', () => {
  const { engine } = setup({ refundSettleMs: 5000 });
  const link = linkIn(engine, 'paid');
  const refund = engine.refund(link.id, { amount: 1000, message: 'Goodwill gesture' });
  engine.advanceClock(4999);
  assert.equal(engine.listRefunds(link.id).items[0]!.status, 'pending');
  assert.equal(engine.getLink(link.id).refundedAmount, 0);
  engine.advanceClock(1);
  assert.equal(engine.listRefunds(link.id).items[0]!.status, 'succeeded');
  assert.equal(engine.getLink(link.id).refundedAmount, 1000);
  assert.equal(engine.listRefunds(link.id).refundable, 3995);
  const events = engine.listEvents(link.id).slice(-2);
  assert.deepEqual(
    events.map((e) => [e.type, e.actor, e.data.refundId, e.data.amount]),
    [
      ['refund_requested', 'merchant', refund.id, 1000],
      ['refund_succeeded', 'psp', refund.id, 1000],
    ],
  );
  assert.equal(events[1]!.at, new Date(Date.parse(refund.createdAt) + 5000).toISOString());
});

test(`a refund whose message starts with ${REFUND_FAIL_PREFIX} fails and frees its amount`, () => {
  const { engine } = setup();
  const link = linkIn(engine, 'paid');
  engine.refund(link.id, { amount: 4995, message: `${REFUND_FAIL_PREFIX} card closed` });
  assert.equal(engine.listRefunds(link.id).refundable, 0);
  engine.advanceClock(2000);
  const list = engine.listRefunds(link.id);
  assert.equal(list.items[0]!.status, 'failed');
  assert.equal(list.refundable, 4995);
  assert.equal(engine.getLink(link.id).refundedAmount, 0);
  assert.equal(engine.listEvents(link.id).at(-1)!.type, 'refund_failed');
  assert.equal(engine.refund(link.id, { amount: 4995, message: 'Full refund' }).status, 'pending');
});

test('refunds are only allowed on paid links', () => {
  const { engine } = setup();
  for (const status of ['created', 'clicked', 'declined', 'expired'] as const) {
    const link = linkIn(engine, status);
    assert.equal(
      codeOf(() => engine.refund(link.id, { amount: 100, message: 'x' })),
      'refund_not_allowed',
      status,
    );
    assert.equal(engine.listRefunds(link.id).refundable, 0);
  }
  assert.equal(
    codeOf(() => engine.refund('pl_missing', { amount: 100, message: 'x' })),
    'not_found',
  );
  const paid = linkIn(engine, 'paid');
  assert.equal(
    codeOf(() => engine.refund(paid.id, { amount: 0, message: 'x' })),
    'validation_failed',
  );
  assert.equal(
    codeOf(() => engine.refund(paid.id, { amount: 10.5, message: 'x' })),
    'validation_failed',
  );
  assert.equal(
    codeOf(() => engine.refund(paid.id, { amount: 100, message: ' ' })),
    'validation_failed',
  );
});

test('Idempotency-Key: same body returns the first refund and refunds once; another body conflicts', () => {
  const { engine } = setup();
  const link = linkIn(engine, 'paid');
  const body = { amount: 1500, message: 'Returned item' };
  const first = engine.refund(link.id, body, { idempotencyKey: 'k-1' });
  const again = engine.refund(link.id, { message: 'Returned item', amount: 1500 }, { idempotencyKey: 'k-1' });
  assert.deepEqual(again, first);
  assert.equal(engine.listRefunds(link.id).items.length, 1);
  assert.equal(engine.listRefunds(link.id).refundable, 3495);
  assert.equal(
    codeOf(() =>
      engine.refund(link.id, { amount: 1600, message: 'Returned item' }, { idempotencyKey: 'k-1' }),
    ),
    'idempotency_conflict',
  );
  engine.advanceClock(5000);
  assert.deepEqual(engine.refund(link.id, body, { idempotencyKey: 'k-1' }), first, 'still the first answer');
  assert.equal(engine.getLink(link.id).refundedAmount, 1500);
  // Keys are scoped per link: the same key on another link is a new refund.
  const other = linkIn(engine, 'paid');
  assert.notEqual(engine.refund(other.id, body, { idempotencyKey: 'k-1' }).id, first.id);
});
