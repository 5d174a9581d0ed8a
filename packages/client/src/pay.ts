/**
 * `@paylink/client/pay`: only the public pay-page routes and their schemas, for the customer's page.
 * @module
 */
export * from './schemas/pay.ts';
