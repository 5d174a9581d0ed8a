import type { PaymentLink, Refund } from '@paylink/client/schemas';

/**
 * Mock PSP trigger: a refund whose message starts with this text is settled as `failed` instead of
 * `succeeded`, so demos and tests can exercise the failure path. Its amount becomes refundable again.
 */
export const REFUND_FAIL_PREFIX = 'TEST-FAIL';

/** Default time the simulated PSP takes to settle a refund, in clock milliseconds. */
export const DEFAULT_REFUND_SETTLE_MS = 2000;

/** What the simulated PSP decides for a refund once it settles. */
export function settleOutcome(refund: Refund): 'succeeded' | 'failed' {
  return refund.message.startsWith(REFUND_FAIL_PREFIX) ? 'failed' : 'succeeded';
}

/**
 * What may still be refunded: the amount minus every refund that has not failed. Pending refunds
 * count, so two quick partial refunds can never add up to more than was paid.
 */
export function refundableAmount(link: PaymentLink, refunds: readonly Refund[]): number {
  if (link.status !== 'paid') return 0;
  let reserved = 0;
  for (const r of refunds) if (r.status !== 'failed') reserved += r.amount;
  return Math.max(0, link.amount - reserved);
}
