import { MAX_CLOCK_OFFSET_MS, MAX_CLOCK_STEP_MS } from '@paylink/client/schemas';
import type { Clock } from './api.ts';

/** Real time. The engine adds its own offset on top when `advanceClock` is used with it. */
export const systemClock: Clock = { now: () => Date.now() };

/**
 * A clock that only moves when told to, so tests and demos can jump over expiry dates and refund
 * settlement without waiting.
 */
export class ManualClock implements Clock {
  private current: number;

  /** @param start milliseconds since the epoch, or an ISO timestamp; default the real time now. */
  constructor(start: number | string = Date.now()) {
    this.current = typeof start === 'string' ? Date.parse(start) : start;
    if (!Number.isFinite(this.current)) throw new RangeError(`Invalid clock start: ${String(start)}`);
  }

  now(): number {
    return this.current;
  }

  /** Jumps to an absolute time (milliseconds since the epoch). */
  set(ms: number): void {
    this.current = ms;
  }

  /** Moves forward by `ms` milliseconds and returns the new time. */
  advance(ms: number): number {
    this.current += ms;
    return this.current;
  }
}

/** True for clocks the engine can move itself (a {@link ManualClock} or anything shaped like one). */
export function isAdvanceable(clock: Clock): clock is Clock & { advance(ms: number): unknown } {
  return typeof (clock as { advance?: unknown }).advance === 'function';
}

/** Latest time the engine's clock may show: its timestamps keep four-digit years. */
const LATEST_CLOCK_MS = Date.UTC(9000, 0, 1);

/**
 * Why the clock cannot move `ms` forward, or `undefined` when it can: a whole number from 0 to a
 * year, no more than ten years of `offset` in all, and never past the year 9000, so every date the
 * engine writes stays a four-digit-year timestamp of the contract (3e14 ms put it in year 11 477,
 * after which every create failed).
 */
export function clockMoveProblem(ms: unknown, offset: number, now: number): string | undefined {
  if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0) {
    return 'must be a whole number of milliseconds ≥ 0';
  }
  if (ms > MAX_CLOCK_STEP_MS) return `must be at most one year (${MAX_CLOCK_STEP_MS}) per move`;
  if (offset + ms > MAX_CLOCK_OFFSET_MS) {
    return `would move the clock more than ten years in all; at most ${Math.max(0, MAX_CLOCK_OFFSET_MS - offset)} is left`;
  }
  if (now + ms > LATEST_CLOCK_MS) return 'would move the clock past the year 9000';
  return undefined;
}

/** Why a saved clock offset cannot be used, or `undefined` when it can. */
export function savedOffsetProblem(offset: unknown): string | undefined {
  if (typeof offset !== 'number' || !Number.isFinite(offset) || offset < 0) return 'must be a number ≥ 0';
  return offset > MAX_CLOCK_OFFSET_MS ? `must be at most ten years (${MAX_CLOCK_OFFSET_MS} ms)` : undefined;
}

const DAY_MS = 86_400_000;
const dayPrefixes = new Map<number, string>();
// The last two timestamps formatted: a bulk import stamps every row with "now" (the same
// millisecond for dozens of rows) and usually one expiry date, so handing back the same string
// keeps hundreds of thousands of copies off the heap.
let recentMs = Number.NaN;
let recentText = '';
let olderMs = Number.NaN;
let olderText = '';

/**
 * `ms` as the contract's ISO 8601 UTC timestamp (same output as `Date#toISOString`). The date part is
 * cached per day because seeding formats a few hundred thousand timestamps.
 */
export function iso(ms: number): string {
  if (ms === recentMs) return recentText;
  if (ms === olderMs) return olderText;
  const text = format(ms);
  olderMs = recentMs;
  olderText = recentText;
  recentMs = ms;
  recentText = text;
  return text;
}

function format(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    const full = new Date(ms).toISOString();
    // Years outside 0000–9999 have a longer, signed form: leave those to Date.
    if (full.length !== 24) return full;
    prefix = full.slice(0, 11);
    if (dayPrefixes.size > 10_000) dayPrefixes.clear();
    dayPrefixes.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const sec = rest % 60;
  rest = (rest - sec) / 60;
  const min = rest % 60;
  const hour = (rest - min) / 60;
  // Joined rather than a template literal: a template leaves a chain of a dozen small strings
  // behind every stored timestamp, which the garbage collector then copies; join makes one string.
  return [
    prefix,
    two(hour),
    ':',
    two(min),
    ':',
    two(sec),
    milli < 10 ? '.00' : milli < 100 ? '.0' : '.',
    milli,
    'Z',
  ].join('');
}

function two(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}
