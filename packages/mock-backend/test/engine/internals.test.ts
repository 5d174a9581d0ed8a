import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { iso } from '../../src/engine/clock.ts';
import { base64url, IdGenerator, Prng } from '../../src/engine/ids.ts';
import { TimerHeap } from '../../src/engine/indexes.ts';

// The import's hot path builds these by hand (caches, joined parts, parallel arrays); each must
// still give exactly what the straightforward version gives.
describe('engine internals', () => {
  test('iso matches Date#toISOString, also when it hands back a remembered timestamp', () => {
    const times = [0, 1, 999, 86_399_999, Date.UTC(2026, 1, 28, 23, 59, 59, 7), 253_402_300_799_999, -1];
    for (let ms = 1.7e12; ms < 1.7e12 + 5e6; ms += 7919) times.push(ms, ms, 1.7e12);
    for (const ms of times) assert.equal(iso(ms), new Date(ms).toISOString(), String(ms));
  });

  test('ids are the seeded base-36 digits, six per draw, after the prefix', () => {
    const reference = new Prng(42);
    const ids = new IdGenerator(new Prng(42));
    for (let i = 0; i < 1000; i++) {
      let digits = '';
      while (digits.length < 16) {
        digits += (reference.nextUint32() % 2_176_782_336).toString(36).padStart(6, '0');
      }
      assert.equal(ids.next('pl'), `pl_${digits.slice(0, 16)}`);
    }
    const a = new Prng(7);
    const b = new Prng(7);
    for (const length of [0, 1, 5, 6, 7, 13]) {
      const expected = Array.from({ length: Math.ceil(length / 6) }, () =>
        (b.nextUint32() % 2_176_782_336).toString(36).padStart(6, '0'),
      )
        .join('')
        .slice(0, length);
      assert.equal(a.base36(length), expected);
    }
  });

  test('base64url matches the platform encoding, without padding', () => {
    for (let length = 0; length < 40; length++) {
      const bytes = crypto.getRandomValues(new Uint8Array(length));
      assert.equal(base64url(bytes), Buffer.from(bytes).toString('base64url'));
    }
  });

  test('timers come out by time, then in the order they were scheduled', () => {
    const heap = new TimerHeap();
    const scheduled: { at: number; id: string }[] = [];
    for (let i = 0; i < 500; i++) {
      const at = 1.7e12 + ((i * 7919) % 13);
      heap.push(at, i % 2 === 0 ? 'expire' : 'settle_refund', `t${i}`);
      scheduled.push({ at, id: `t${i}` });
    }
    const expected = scheduled.toSorted((x, y) => x.at - y.at).map((t) => t.id);
    assert.equal(heap.size, 500);
    assert.equal(heap.peek()?.id, expected[0]);
    const order: string[] = [];
    for (let top = heap.pop(); top !== undefined; top = heap.pop()) order.push(top.id);
    assert.deepEqual(order, expected);
    assert.equal(heap.size, 0);
  });
});
