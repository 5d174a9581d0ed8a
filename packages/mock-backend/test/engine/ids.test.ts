import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createEngine, type Engine, ManualClock } from '../../src/engine/index.ts';
import { T0 } from './helpers.ts';

/** Decoded bits of a base64url text: 6 per character. */
function base64urlBits(text: string): number {
  assert.match(text, /^[A-Za-z0-9_-]+$/);
  return text.length * 6;
}

function startPayment(engine: Engine): string {
  const link = engine.createLink({ amount: 100, title: 'x', customer: { name: 'y' } });
  return engine.startPayment(link.token, { method: 'card' }).id;
}

describe('public ids are unguessable', () => {
  test('PSP payment ids carry at least 128 random bits', () => {
    const engine = createEngine({ clock: new ManualClock(T0) });
    const ids = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const id = startPayment(engine);
      assert.match(id, /^pay_/);
      assert.ok(base64urlBits(id.slice(4)) >= 128, id);
      ids.add(id);
    }
    assert.equal(ids.size, 200);
  });

  test('two engines with the same (default) seed never hand out the same ids', () => {
    // What a restart from an old snapshot looked like: same seed, same PRNG state, same ids again.
    const a = createEngine({ clock: new ManualClock(T0) });
    const b = createEngine({ clock: new ManualClock(T0) });
    const made = (engine: Engine) => {
      const link = engine.createLink({ amount: 100, title: 'x', customer: { name: 'y' } });
      return [link.id, link.customer.id, startPayment(engine)];
    };
    const fromA = new Set(made(a).concat(made(a)));
    for (const id of made(b).concat(made(b))) assert.ok(!fromA.has(id), `${id} repeated`);
  });

  test('a payment id seen once does not lead to the next one', () => {
    // The attack of the issue: one pay token, then guesses. With a seeded PRNG the next id followed
    // from the previous; now consecutive ids share nothing beyond the prefix.
    const engine = createEngine({ clock: new ManualClock(T0) });
    const first = startPayment(engine).slice(4);
    const second = startPayment(engine).slice(4);
    let same = 0;
    for (let i = 0; i < first.length; i++) if (first[i] === second[i]) same++;
    assert.ok(same < 8, `${first} / ${second}`);
  });

  test('deterministicIds (tests only) repeats every id for the same seed, payment ids included', () => {
    const run = () => {
      const engine = createEngine({ clock: new ManualClock(T0), seed: 5, deterministicIds: true });
      const link = engine.createLink({ amount: 100, title: 'x', customer: { name: 'y' } });
      return [link.id, link.customer.id, startPayment(engine), engine.feed().items[0]!.id];
    };
    const first = run();
    assert.deepEqual(run(), first);
    assert.match(first[2]!, /^pay_[A-Za-z0-9_-]{22}$/);
  });

  test('demo customers keep their ids across resets (they are fixtures, not generated data)', () => {
    const engine = createEngine({ clock: new ManualClock(T0) });
    const before = engine.listCustomers().map((c) => c.id);
    engine.reset();
    assert.deepEqual(
      engine.listCustomers().map((c) => c.id),
      before,
    );
    const link = engine.createLink({ amount: 100, title: 'x', customer: { name: 'New' } });
    assert.ok(!before.includes(link.customer.id!));
  });
});
