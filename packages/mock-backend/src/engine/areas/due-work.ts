/**
 * Work that time makes due: links expiring and the simulated PSP settling refunds. Applied at the
 * start of every engine call (see `EngineState.run`), so no timer thread is needed.
 * @module
 */
import { expireIdempotencyKeys } from '../idempotency.ts';
import { settleOutcome } from '../refunds.ts';
import type { EngineState } from '../state.ts';
import { EXPIRABLE_STATUSES, nextStatus } from '../transitions.ts';

/**
 * Expires links and settles refunds whose time has come, oldest first, each stamped with the time
 * it was due (not the time somebody happened to look), so histories read as if it ran on time.
 */
export function applyDue(state: EngineState): void {
  const now = state.now();
  const store = state.store;
  for (const key of expireIdempotencyKeys(store.idempotency, now)) {
    store.changes.expiredKey(key);
    state.changed = true;
  }
  const timers = store.timers;
  for (let top = timers.peek(); top !== undefined && top.at <= now; top = timers.peek()) {
    timers.pop();
    if (top.kind === 'expire') expireLink(state, top.id, top.at);
    else settleRefund(state, top.id, top.at);
  }
}

/** Expires a link if this timer is still its expiry (not replaced) and its status can expire. */
function expireLink(state: EngineState, id: string, at: number): void {
  const record = state.store.links.get(id);
  if (!record || record.expiresAtMs !== at || !EXPIRABLE_STATUSES.has(record.link.status)) return;
  record.link.status = nextStatus(record.link.status, 'expire');
  state.store.byCreated.update(record);
  state.addEvent(record, 'expired', 'system', { expiresAt: record.link.expiresAt }, at);
}

/** The PSP's answer to a pending refund: it succeeds (and counts as refunded) or fails. */
function settleRefund(state: EngineState, id: string, at: number): void {
  const entry = state.store.refunds.get(id);
  if (entry?.refund.status !== 'pending') return;
  const refund = entry.refund;
  refund.status = settleOutcome(refund);
  state.store.changes.refund(refund.id);
  const record = state.store.links.get(refund.linkId);
  if (!record) return;
  if (refund.status === 'succeeded') {
    record.link.refundedAmount += refund.amount;
    state.addEvent(record, 'refund_succeeded', 'psp', { refundId: refund.id, amount: refund.amount }, at);
  } else {
    state.addEvent(
      record,
      'refund_failed',
      'psp',
      { refundId: refund.id, amount: refund.amount, reason: 'Rejected by the PSP' },
      at,
    );
  }
}
