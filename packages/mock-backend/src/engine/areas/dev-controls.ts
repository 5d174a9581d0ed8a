/**
 * Development controls (`/__mock/…`): moving the clock, resetting, and seeding demo data.
 * @module
 */
import type { Engine } from '../api.ts';
import { EngineError } from '../api.ts';
import { clockMoveProblem, isAdvanceable, iso } from '../clock.ts';
import { formatReference, Prng } from '../ids.ts';
import { buildSeedBatch } from '../seed-data.ts';
import type { EngineState } from '../state.ts';

/** Largest number of demo links one `seed` call adds. */
export const MAX_SEED_LINKS = 100_000;

/** The engine's development controls. */
export function devControlArea(state: EngineState): Pick<Engine, 'advanceClock' | 'reset' | 'seed'> {
  return {
    advanceClock(ms) {
      // A manual clock belongs to its owner (a test sets it at will), so only the moves of the
      // system clock's offset count towards the ten years.
      const clock = state.baseClock;
      const manual = isAdvanceable(clock);
      const problem = clockMoveProblem(ms, manual ? 0 : state.offset, state.now());
      if (problem !== undefined) {
        throw new EngineError('validation_failed', 'Cannot move the clock', [
          { path: 'advanceMs', message: problem },
        ]);
      }
      if (manual) clock.advance(ms);
      else state.offset += ms;
      if (ms > 0) state.changed = true;
      return state.run(() => ({ now: iso(state.now()) }));
    },

    reset: () =>
      state.run(() => {
        state.initialise();
        state.changed = true;
      }),

    seed(links) {
      if (!Number.isInteger(links) || links < 0 || links > MAX_SEED_LINKS) {
        throw new EngineError('validation_failed', 'Cannot seed', [
          { path: 'links', message: `must be a whole number from 0 to ${MAX_SEED_LINKS}` },
        ]);
      }
      state.run(() => {
        if (links > 0) addDemoLinks(state, links);
      });
    },
  };
}

/** Adds `links` demo links with their whole history, the feed in the order things happened. */
function addDemoLinks(state: EngineState, links: number): void {
  const store = state.store;
  const batch = buildSeedBatch(
    {
      // A PRNG of its own, seeded from the id PRNG, so demo data depends only on the seed and history.
      rng: new Prng(state.prng.nextUint32()),
      now: state.now(),
      customers: [...store.customers.values()],
      activeMethods: store.methods.filter((m) => m.active).map((m) => m.id),
      merchantName: state.merchantName,
      refundSettleMs: state.refundSettleMs,
      newId: (prefix) => state.newId(prefix),
      newToken: () => state.newToken(),
      url: (token) => state.urlFor(token),
      nextReference: () => formatReference(++store.referenceSeq),
      pspReference: () => state.ids.pspReference(),
    },
    links,
  );
  for (const record of batch.records) store.addLink(record, true);
  for (const i of chronologicalOrder(batch.eventTimes)) store.events.push(batch.events[i]!);
  for (const r of batch.refunds) store.putRefund(r);
  for (const p of batch.payments) store.putPayment(p);
  for (const i of batch.invitations) store.putInvitation(i);
  state.changed = true;
}

/**
 * Indexes of `times` in time order (stable). Packs (time offset, index) into one float so a typed
 * array's native numeric sort does the work: a comparator sort of 600 000 events took seconds.
 */
function chronologicalOrder(times: readonly number[]): Iterable<number> {
  const n = times.length;
  if (n === 0) return [];
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const t of times) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const indexBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const scale = 2 ** indexBits;
  if ((max - min + 1) * scale > Number.MAX_SAFE_INTEGER) {
    return Array.from(times.keys()).sort((a, b) => times[a]! - times[b]! || a - b);
  }
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (times[i]! - min) * scale + i;
  packed.sort();
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = packed[i]! % scale;
  return order;
}
