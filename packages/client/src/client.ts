import type { TransportOptions } from './core/options.ts';
import { createTransport } from './core/transport.ts';
import { createPayClient, type PayClient } from './pay-client.ts';
import {
  type CustomersApi,
  customersApi,
  type PaymentMethodsApi,
  paymentMethodsApi,
} from './resources/directory.ts';
import { type FeedApi, feedApi } from './resources/feed.ts';
import { type LinksApi, linksApi } from './resources/links.ts';

/** Options of {@link createPaylinkClient}. */
export interface PaylinkClientOptions extends TransportOptions {
  /**
   * Returns the bearer token for the merchant routes; called (and awaited) before every request.
   * After a 401 it is called once more and the request is sent again; a second 401 fails with
   * `unauthorized`. Omit it for cookie sessions.
   */
  getToken?: () => string | Promise<string>;
  /** `fetch` credentials mode, e.g. `'include'` for a cookie session on another origin. */
  credentials?: RequestCredentials;
  /** Extra headers sent with every merchant request. */
  headers?: Record<string, string>;
}

/** The typed client for the whole Paylink API. */
export interface PaylinkClient {
  /** Payment links: list, create, refund, send, archive, import, export. */
  links: LinksApi;
  /** The merchant's customers. */
  customers: CustomersApi;
  /** Payment methods and whether each is active. */
  paymentMethods: PaymentMethodsApi;
  /** Every change to every link, as a cursor-paged feed or a polling subscription. */
  feed: FeedApi;
  /** The public pay-page routes (no authentication, no cookies, same base URL). */
  pay: PayClient;
}

/**
 * Creates the merchant client. Importing this module has no side effects and touches no browser
 * globals, so it is safe during server-side rendering.
 *
 * @example
 * ```ts
 * import { createPaylinkClient, isPaylinkError } from '@paylink/client';
 *
 * const client = createPaylinkClient({
 *   baseUrl: 'https://api.example.com/api',
 *   getToken: () => auth.currentAccessToken(),
 * });
 * const link = await client.links.create({ amount: 2500, title: 'Invoice 2026-001', customer: { name: 'Ada' } });
 * for await (const paid of client.links.iterate({ status: ['paid'] })) console.log(paid.reference);
 * ```
 */
export function createPaylinkClient(options: PaylinkClientOptions = {}): PaylinkClient {
  const send = createTransport(options);
  const { baseUrl, fetch, timeout, retry } = options;
  return {
    links: linksApi(send),
    customers: customersApi(send),
    paymentMethods: paymentMethodsApi(send),
    feed: feedApi(send),
    // Its own transport: the merchant's token and cookies have no business on the public routes.
    pay: createPayClient({ baseUrl, fetch, timeout, retry }),
  };
}
