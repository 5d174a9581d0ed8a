import { z } from 'zod/mini';
import { Timestamp } from './common.ts';

/** Answer of `GET|POST /__mock/clock`. */
export const MockClock = z.object({ now: Timestamp });
export type MockClock = z.infer<typeof MockClock>;

/** Longest single clock move of `POST /__mock/clock`: one (leap) year. */
export const MAX_CLOCK_STEP_MS = 366 * 86_400_000;

/**
 * How far `POST /__mock/clock` may move the mock's clock in total: ten years. Dates stay in the
 * four-digit years the contract's timestamps have, whatever a caller asks.
 */
export const MAX_CLOCK_OFFSET_MS = 3653 * 86_400_000;

/** Body of `POST /__mock/clock`: 0 to {@link MAX_CLOCK_STEP_MS} milliseconds forward. */
export const AdvanceClock = z.object({
  advanceMs: z
    .int()
    .check(z.nonnegative(), z.lte(MAX_CLOCK_STEP_MS, 'must be at most one year (31 622 400 000)')),
});
export type AdvanceClock = z.infer<typeof AdvanceClock>;

/** Body of `POST /__mock/seed`. */
export const SeedRequest = z.object({ links: z.int().check(z.positive(), z.lte(100_000)) });
export type SeedRequest = z.infer<typeof SeedRequest>;
