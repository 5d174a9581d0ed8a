/**
 * Refunds of paid links: the refundable amount and new refunds. The simulated PSP settles them later
 * (see `due-work.ts`).
 * @module
 */
import { CreateRefund, type Refund } from '@paylink/client/schemas';
import type { Engine } from '../api.ts';
import { EngineError } from '../api.ts';
import { iso } from '../clock.ts';
import { refundableAmount } from '../refunds.ts';
import type { EngineState } from '../state.ts';
import { parseInput } from '../validation.ts';
import { idempotent } from './idempotent-call.ts';

/** The engine's refund calls. */
export function refundArea(state: EngineState): Pick<Engine, 'listRefunds' | 'refund'> {
  return {
    listRefunds: (id) =>
      state.run(() => {
        const record = state.requireLink(id);
        return {
          items: record.refunds.map((r) => ({ ...r })),
          refundable: refundableAmount(record.link, record.refunds),
        };
      }),

    refund: (id, input, options) =>
      state.run(() => idempotent(state, 'refund', id, input, options, () => startRefund(state, id, input))),
  };
}

/** Checks a refund request against what is still refundable and hands the refund to the PSP. */
function startRefund(state: EngineState, id: string, input: unknown): Refund {
  const body = parseInput(CreateRefund, input);
  const record = state.requireLink(id);
  if (record.link.status !== 'paid') {
    throw new EngineError(
      'refund_not_allowed',
      `Only paid links can be refunded; this one is ${record.link.status}`,
    );
  }
  const refundable = refundableAmount(record.link, record.refunds);
  if (body.amount > refundable) {
    throw new EngineError('refund_exceeds_remaining', `At most ${refundable} can still be refunded`, [
      { path: 'amount', message: `must be at most ${refundable}` },
    ]);
  }
  const now = state.now();
  const refund: Refund = {
    id: state.newId('rf'),
    linkId: id,
    amount: body.amount,
    currency: record.link.currency,
    message: body.message,
    status: 'pending',
    createdAt: iso(now),
  };
  const settleAtMs = now + state.refundSettleMs;
  state.store.putRefund({ refund, settleAtMs });
  // Links start with the shared empty list (see NO_REFUNDS); the first refund gets its own.
  if (record.refunds.length === 0) record.refunds = [refund];
  else record.refunds.push(refund);
  state.store.timers.push(settleAtMs, 'settle_refund', refund.id);
  state.addEvent(record, 'refund_requested', 'merchant', {
    refundId: refund.id,
    amount: body.amount,
    message: body.message,
  });
  return { ...refund };
}
