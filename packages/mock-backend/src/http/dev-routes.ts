import { AdvanceClock, describeIssues, MockClock, SeedRequest } from '@paylink/client/schemas';
import type { HttpHandler } from 'msw';
import type { RouteContext } from './context.ts';
import { validationFailed } from './errors.ts';
import { readJson } from './request.ts';
import { json, type ResponseSchema } from './responses.ts';
import { route } from './route.ts';

function parseBody<T>(schema: ResponseSchema<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed('Invalid request body.', describeIssues(result.error.issues));
  return result.data;
}

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
      engine.seed(parseBody(SeedRequest, await readJson(request)).links);
      return noContent();
    }),
    route(ctx, 'get', '/__mock/clock', 'control', () => json(MockClock, now())),
    route(ctx, 'post', '/__mock/clock', 'control', async ({ request }) => {
      const { advanceMs } = parseBody(AdvanceClock, await readJson(request));
      return json(MockClock, engine.advanceClock(advanceMs));
    }),
  ];
}
