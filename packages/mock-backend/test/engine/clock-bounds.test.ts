import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_CLOCK_OFFSET_MS, MAX_CLOCK_STEP_MS } from '@paylink/client/schemas';
import { createEngine } from '../../src/engine/index.ts';
import { codeOf, setup } from './helpers.ts';

const link = { amount: 100, title: 'x', customer: { name: 'y' } };

describe('clock moves are bounded', () => {
  test('advanceClock(3e14) is refused and creating links keeps working', () => {
    const { engine } = setup();
    assert.equal(
      codeOf(() => engine.advanceClock(3e14)),
      'validation_failed',
    );
    assert.equal(
      codeOf(() => engine.advanceClock(MAX_CLOCK_STEP_MS + 1)),
      'validation_failed',
    );
    assert.equal(engine.createLink(link).status, 'created');
  });

  test('on the system clock the moves add up to at most ten years', () => {
    const engine = createEngine();
    let moved = 0;
    while (moved + MAX_CLOCK_STEP_MS <= MAX_CLOCK_OFFSET_MS) {
      engine.advanceClock(MAX_CLOCK_STEP_MS);
      moved += MAX_CLOCK_STEP_MS;
    }
    assert.equal(
      codeOf(() => engine.advanceClock(MAX_CLOCK_OFFSET_MS - moved + 1)),
      'validation_failed',
    );
    engine.advanceClock(MAX_CLOCK_OFFSET_MS - moved);
    assert.equal(engine.createLink(link).status, 'created');
  });

  test('a saved offset beyond the bound is not restored (it made every create fail after a restart)', () => {
    const engine = createEngine();
    const poisoned = { ...engine.snapshot(), clockOffset: 3e14 };
    assert.equal(
      codeOf(() => createEngine().restore(poisoned)),
      'validation_failed',
    );
  });
});
