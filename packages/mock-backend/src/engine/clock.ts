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

/** `ms` as the contract's ISO 8601 UTC timestamp. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
