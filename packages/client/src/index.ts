/**
 * `@paylink/client`: the typed client for the Paylink payment-link API, and its schemas.
 * @module
 */
export { createPaylinkClient, type PaylinkClient, type PaylinkClientOptions } from './client.ts';
export { newIdempotencyKey } from './core/idempotency.ts';
export type { CallOptions, KeyedCallOptions, RetryOptions, TransportOptions } from './core/options.ts';
export {
  type ClientErrorCode,
  isPaylinkError,
  PaylinkError,
  type PaylinkErrorCode,
  type PaylinkErrorInit,
} from './errors.ts';
export { currencyDigits } from './money.ts';
export { createPayClient, type PayClient, type PayClientOptions } from './pay-client.ts';
export type { CustomersApi, PaymentMethodsApi } from './resources/directory.ts';
export type { FeedApi, SubscribeOptions } from './resources/feed.ts';
export type { ExportSelection, ImportOptions, IterateOptions, LinksApi } from './resources/links.ts';
export * from './schemas/index.ts';
