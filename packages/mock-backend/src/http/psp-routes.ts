import { PaymentCompleted, SERVER_ERROR_STATUS } from '@paylink/client/schemas';
import type { HttpHandler } from 'msw';
import type { PspPayment } from '../engine/api.ts';
import { engineErrorCode } from '../engine/error-code.ts';
import { canonicalUrl } from '../engine/urls.ts';
import type { RouteContext } from './context.ts';
import { validationFailed } from './errors.ts';
import { htmlResponse, renderPspError, renderPspPage } from './psp-page.ts';
import { mediaType, readJson } from './request.ts';
import { json } from './responses.ts';
import { route } from './route.ts';

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data']);

/** The form of a post; a body that does not parse as the form its Content-Type claims is a 400. */
async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw validationFailed('The form could not be read.', [
      { path: '', message: `is not a valid ${mediaType(request)} body` },
    ]);
  }
}

/**
 * A stored return URL in the ASCII form an HTTP header needs. URLs are stored that way since they
 * are checked on the way in; data saved before that may still hold one that is not a URL at all.
 */
function headerSafeUrl(url: string): string {
  try {
    return canonicalUrl(url);
  } catch {
    throw validationFailed('The payment has no usable return URL.', [
      { path: 'returnUrl', message: 'is not a URL' },
    ]);
  }
}

// A browser navigated here, so a refusal is shown as a page, not as JSON it would render raw.
async function htmlRefusal(error: unknown): Promise<Response> {
  const code = engineErrorCode(error);
  if (!code) throw error;
  const heading = code === 'not_found' ? 'Payment not found' : 'Payment could not be completed';
  return htmlResponse(await renderPspError(heading, (error as Error).message), SERVER_ERROR_STATUS[code]);
}

/**
 * The mock PSP: `GET /psp/:paymentId` shows the payment with Approve and Decline;
 * `POST /psp/:paymentId/complete` settles it. A form post (the page's own buttons) answers 303 to
 * the payment's return URL, like a real PSP; a JSON post (tests, scripts) answers `{ status }`.
 */
export function pspRoutes(ctx: RouteContext): HttpHandler[] {
  const { engine } = ctx;
  const actionPath = (paymentId: string) => `${ctx.basePath}/psp/${encodeURIComponent(paymentId)}/complete`;
  const methodName = (payment: PspPayment) =>
    engine.listPaymentMethods().find((method) => method.id === payment.method)?.name ?? payment.method;

  return [
    route(ctx, 'get', '/psp/:paymentId', 'public', async ({ params }) => {
      try {
        const payment = engine.getPayment(params.paymentId!);
        return htmlResponse(await renderPspPage(payment, methodName(payment), actionPath(payment.id)));
      } catch (error) {
        return htmlRefusal(error);
      }
    }),
    route(ctx, 'post', '/psp/:paymentId/complete', 'public', async ({ request, params }) => {
      const paymentId = params.paymentId!;
      if (!FORM_TYPES.has(mediaType(request))) {
        return json(PaymentCompleted, engine.completePayment(paymentId, await readJson(request)));
      }
      try {
        const form = await readForm(request);
        // Worked out before the payment completes: a return URL that cannot be sent must not leave a
        // paid link behind an error page.
        const location = headerSafeUrl(engine.getPayment(paymentId).returnUrl);
        engine.completePayment(paymentId, { outcome: form.get('outcome') });
        return new Response(null, {
          status: 303,
          headers: { Location: location, 'Cache-Control': 'no-store' },
        });
      } catch (error) {
        return htmlRefusal(error);
      }
    }),
  ];
}
