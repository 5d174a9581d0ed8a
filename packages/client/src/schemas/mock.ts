import { z } from 'zod/mini';
import { Timestamp } from './common.ts';

/** Answer of `GET|POST /__mock/clock`. */
export const MockClock = z.object({ now: Timestamp });
export type MockClock = z.infer<typeof MockClock>;

/** Body of `POST /__mock/clock`. */
export const AdvanceClock = z.object({ advanceMs: z.int().check(z.nonnegative()) });
export type AdvanceClock = z.infer<typeof AdvanceClock>;

/** Body of `POST /__mock/seed`. */
export const SeedRequest = z.object({ links: z.int().check(z.positive(), z.lte(100_000)) });
export type SeedRequest = z.infer<typeof SeedRequest>;
