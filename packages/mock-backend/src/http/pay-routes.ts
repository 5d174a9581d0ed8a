import { PaymentStarted, PayView } from '@paylink/client/schemas';
import type { HttpHandler } from 'msw';
import type { RouteContext } from './context.ts';
import { readJson } from './request.ts';
import { json } from './responses.ts';
import { route } from './route.ts';

/** Where the customer's browser goes to pay: the configured template, or this mock's own PSP page. */
export function pspRedirectUrl(ctx: RouteContext, request: Request, paymentId: string): string {
  const id = encodeURIComponent(paymentId);
  if (ctx.pspPageUrl) return ctx.pspPageUrl.replaceAll('{paymentId}', id);
  return `${new URL(request.url).origin}${ctx.basePath}/psp/${id}`;
}

/**
 * The public customer routes under `/api/pay/:token`. No auth: the unguessable token is the only
 * key. The engine answers `not_found` alike for unknown, deleted and archived tokens, and these
 * routes add nothing to that answer, so a caller cannot tell which it was.
 */
export function payRoutes(ctx: RouteContext): HttpHandler[] {
  const { engine } = ctx;
  return [
    route(ctx, 'get', '/api/pay/:token', 'public', ({ params }) =>
      json(PayView, engine.payView(params.token!)),
    ),
    route(ctx, 'post', '/api/pay/:token/open', 'public', ({ params }) =>
      json(PayView, engine.open(params.token!)),
    ),
    route(ctx, 'post', '/api/pay/:token/payments', 'public', async ({ request, params }) => {
      const payment = engine.startPayment(params.token!, await readJson(request));
      const answer = { paymentId: payment.id, redirectUrl: pspRedirectUrl(ctx, request, payment.id) };
      return json(PaymentStarted, answer, 201);
    }),
  ];
}
