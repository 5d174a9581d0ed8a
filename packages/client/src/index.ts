/**
 * `@paylink/client`: the typed client for the Paylink payment-link API, and its schemas.
 * @module
 */
export * from './schemas/index.ts';
