/**
 * `@paylink/client/pay`: only the public pay-page routes and their schemas, for the customer's page.
 * Nothing from the merchant side is reachable from here, which keeps the checkout bundle small.
 * @module
 */
export type { CallOptions, RetryOptions, TransportOptions } from './core/options.ts';
export {
  asPaylinkError,
  type ClientErrorCode,
  isPaylinkError,
  PaylinkError,
  type PaylinkErrorCode,
  type PaylinkErrorInit,
} from './errors.ts';
export { currencyDigits } from './money.ts';
export { createPayClient, type PayClient, type PayClientOptions } from './pay-client.ts';
export type { ServerErrorCode, ValidationIssue } from './schemas/error.ts';
export * from './schemas/pay.ts';
