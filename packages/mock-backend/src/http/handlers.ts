import type { HttpHandler } from 'msw';
import type { Engine } from '../engine/api.ts';
import { createContext, type HandlerOptions } from './context.ts';
import { devRoutes } from './dev-routes.ts';
import { fallbackRoutes } from './fallback-routes.ts';
import { paylinkRoutes } from './paylink-routes.ts';
import { pspRoutes } from './psp-routes.ts';

/**
 * msw request handlers for the whole mock backend over one engine: the Paylink API under `/api`,
 * the mock PSP under `/psp` and the development controls under `/__mock`. Use them with msw's
 * `setupServer` (Node), `setupWorker` (browser) or `startMockServer` (a real HTTP server).
 *
 * Further route sets over the same engine (such as a Twikey-compatible subset) are added as one more
 * `xRoutes(ctx)` before the fallbacks.
 */
export function createHandlers(engine: Engine, options: HandlerOptions = {}): HttpHandler[] {
  const ctx = createContext(engine, options);
  const routes = [...paylinkRoutes(ctx), ...pspRoutes(ctx), ...(ctx.controls ? devRoutes(ctx) : [])];
  return [...routes, ...fallbackRoutes(ctx, ['/api', '/psp', '/__mock'], routes)];
}
