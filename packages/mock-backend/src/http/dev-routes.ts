import { AdvanceClock, MockClock, SeedRequest } from '@paylink/client/schemas';
import type { HttpHandler } from 'msw';
import { parseInput } from '../engine/validation.ts';
import type { RouteContext } from './context.ts';
import { readJson } from './request.ts';
import { json } from './responses.ts';
import { route } from './route.ts';

const INVALID_BODY = 'Invalid request body.';

// Commands without an answer get 204, so the contract needs no schema for an empty acknowledgement.
const noContent = () => new Response(null, { status: 204 });

/**
 * Mock-only development controls under `/__mock/`: reset, seed demo data, read and advance the
 * clock. Like the merchant API they need a Bearer token (when auth is on), and their POSTs a JSON
 * body type; `createHandlers(engine, { controls: false })` leaves them out (404).
 */
export function devRoutes(ctx: RouteContext): HttpHandler[] {
  const { engine } = ctx;
  const now = () => ({ now: new Date(engine.clock.now()).toISOString() });
  return [
    route(ctx, 'post', '/__mock/reset', 'control', () => {
      engine.reset();
      return noContent();
    }),
    route(ctx, 'post', '/__mock/seed', 'control', async ({ request }) => {
      engine.seed(parseInput(SeedRequest, await readJson(request), INVALID_BODY).links);
      return noContent();
    }),
    route(ctx, 'get', '/__mock/clock', 'control', () => json(MockClock, now())),
    route(ctx, 'post', '/__mock/clock', 'control', async ({ request }) => {
      const { advanceMs } = parseInput(AdvanceClock, await readJson(request), INVALID_BODY);
      return json(MockClock, engine.advanceClock(advanceMs));
    }),
  ];
}
