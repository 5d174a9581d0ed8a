import type { HttpHandler } from 'msw';
import { allowedMethods } from './allowed-methods.ts';
import type { RouteContext } from './context.ts';
import { notFound } from './errors.ts';
import { errorJson } from './responses.ts';
import { route } from './route.ts';

/**
 * Catches every other request under the mock's prefixes, so an unknown or misspelled route is never
 * passed on to the network or answered with HTML: `405 method_not_allowed` with `Allow` when one of
 * `routes` has the path but not the method, else `404 not_found`. Must come last: msw uses the first
 * handler that matches.
 */
export function fallbackRoutes(
  ctx: RouteContext,
  prefixes: readonly string[],
  routes: readonly HttpHandler[] = [],
): HttpHandler[] {
  return prefixes.map((prefix) =>
    route(ctx, 'all', `${prefix}/*`, 'public', ({ request }) => {
      const url = new URL(request.url);
      const allowed = allowedMethods(routes, url);
      if (allowed.length > 0) return methodNotAllowed(request.method, url.pathname, allowed);
      throw notFound(`No route for ${request.method} ${url.pathname}.`);
    }),
  );
}

/** `405 method_not_allowed` naming the methods the path does answer, in `Allow` and in the message. */
export function methodNotAllowed(method: string, pathname: string, allowed: readonly string[]): Response {
  return errorJson(
    405,
    'method_not_allowed',
    `${method} is not allowed on ${pathname}; use ${allowed.join(', ')}.`,
    undefined,
    { Allow: allowed.join(', ') },
  );
}
