/**
 * The Paylink contract: zod schemas (zod/mini, so they are cheap to ship to browsers) and the types
 * inferred from them. The mock backend validates every answer against these, so it cannot drift.
 * @module
 */
export * from './bulk.ts';
export * from './common.ts';
export * from './currency.ts';
export * from './customer.ts';
export * from './error.ts';
export * from './event.ts';
export * from './import.ts';
export * from './invitation.ts';
export * from './issues.ts';
export * from './link.ts';
export * from './mock.ts';
export * from './pay.ts';
export * from './payment-method.ts';
export * from './queries.ts';
export * from './query-string.ts';
export * from './refund.ts';
