import type { CallOptions, TransportOptions } from './core/options.ts';
import { path } from './core/query.ts';
import { json } from './core/read.ts';
import { createTransport, type Send } from './core/transport.ts';
import { PaymentStarted, PayView, type StartPayment } from './schemas/pay.ts';

/** Options of {@link createPayClient}. The pay routes need no authentication: the token is the key. */
export interface PayClientOptions extends TransportOptions {}

/** The customer's side of the API: one link, reached by its unguessable token. */
export interface PayClient {
  /** `GET /pay/:token`: what the pay page shows. Retried on network errors, 429 and 5xx. */
  get(token: string, options?: CallOptions): Promise<PayView>;
  /**
   * `POST /pay/:token/open`: records that the customer opened the link (`created`/`declined` →
   * `clicked`). Not retried: it is a write without an idempotency key.
   */
  open(token: string, options?: CallOptions): Promise<PayView>;
  /**
   * `POST /pay/:token/payments`: starts a payment; send the browser to `redirectUrl`. Never retried,
   * so one click never starts two payments.
   */
  startPayment(token: string, payment: StartPayment, options?: CallOptions): Promise<PaymentStarted>;
}

/**
 * Creates the pay-page client. It knows nothing about the merchant routes, so a checkout page that
 * imports `@paylink/client/pay` stays small.
 *
 * @example
 * ```ts
 * import { createPayClient, isPaylinkError } from '@paylink/client/pay';
 *
 * const pay = createPayClient({ baseUrl: 'https://api.example.com/api' });
 * try {
 *   const view = await pay.open(token);
 *   const { redirectUrl } = await pay.startPayment(token, { method: view.methods[0] });
 *   location.assign(redirectUrl);
 * } catch (error) {
 *   if (isPaylinkError(error) && error.code === 'not_found') showNotFound();
 * }
 * ```
 */
export function createPayClient(options: PayClientOptions = {}): PayClient {
  return payRoutes(createTransport(options));
}

/** The pay routes over a given transport; the merchant client reuses it with its own transport. */
export function payRoutes(send: Send): PayClient {
  return {
    get: (token, { signal } = {}) => send({ path: path('pay', token), signal }, json(PayView)),
    open: (token, { signal } = {}) =>
      send({ method: 'POST', path: path('pay', token, 'open'), signal }, json(PayView)),
    startPayment: (token, payment, { signal } = {}) =>
      send(
        { method: 'POST', path: path('pay', token, 'payments'), json: payment, signal },
        json(PaymentStarted),
      ),
  };
}
