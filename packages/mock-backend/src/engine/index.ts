/**
 * The payment-link lifecycle engine: pure TypeScript, no HTTP. The HTTP layer (msw handlers, the
 * Node server) is a thin translation over {@link createEngine}.
 * @module
 */
export * from './api.ts';
export { isAdvanceable, iso, ManualClock, systemClock } from './clock.ts';
export { decodeCsv } from './csv-decode.ts';
export { MAX_IMPORT_ROWS } from './csv-limits.ts';
export { DEFAULT_PAYMENT_METHODS, DEMO_CUSTOMERS } from './customers-data.ts';
export {
  DeltaGapError,
  type EngineDelta,
  type FoldedState,
  foldSnapshot,
  redoDelta,
  type SavedLink,
  type SavedRefund,
  unfoldSnapshot,
} from './delta.ts';
export {
  createEngine,
  DEFAULT_MERCHANT_NAME,
  DEFAULT_PAY_URL,
  DEFAULT_SEED,
  FEED_PAGE_SIZE,
  MAX_SEED_LINKS,
} from './engine.ts';
export { IDEMPOTENCY_TTL_MS } from './idempotency.ts';
export { BOUNCE_DOMAIN } from './invitations.ts';
export { DEFAULT_REFUND_SETTLE_MS, REFUND_FAIL_PREFIX } from './refunds.ts';
export { StateReplacedError } from './store.ts';
export {
  EXPIRABLE_STATUSES,
  INVITABLE_STATUSES,
  LIFECYCLE_ACTIONS,
  type LifecycleAction,
  PAYABLE_STATUSES,
  TRANSITIONS,
} from './transitions.ts';
