import type { HttpHandler } from 'msw';
import type { RouteContext } from './context.ts';
import { notFound } from './errors.ts';
import { route } from './route.ts';

/**
 * Catches every other request under the mock's prefixes and answers 404 `not_found` as JSON, so an
 * unknown or misspelled route is never passed on to the network or answered with HTML. Must come
 * last: msw uses the first handler that matches.
 */
export function fallbackRoutes(ctx: RouteContext, prefixes: readonly string[]): HttpHandler[] {
  return prefixes.map((prefix) =>
    route(ctx, 'all', `${prefix}/*`, 'public', ({ request }) => {
      throw notFound(`No route for ${request.method} ${new URL(request.url).pathname}.`);
    }),
  );
}
