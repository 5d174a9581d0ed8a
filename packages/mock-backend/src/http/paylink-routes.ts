import type { HttpHandler } from 'msw';
import type { RouteContext } from './context.ts';
import { merchantRoutes } from './merchant-routes.ts';
import { payRoutes } from './pay-routes.ts';

/** The Paylink wire API of docs/contract.md (HTTP API): merchant routes plus the public pay routes. */
export function paylinkRoutes(ctx: RouteContext): HttpHandler[] {
  return [...payRoutes(ctx), ...merchantRoutes(ctx)];
}
