/**
 * The mock PSP: a started payment, and the customer approving, declining or failing it there.
 * @module
 */
import { CompletePayment, type PaymentLink } from '@paylink/client/schemas';
import type { Engine, PspPayment } from '../api.ts';
import { EngineError } from '../api.ts';
import { iso } from '../clock.ts';
import type { EngineState } from '../state.ts';
import { type LifecycleAction, nextStatus } from '../transitions.ts';
import { parseInput } from '../validation.ts';

/** The engine's mock-PSP calls. */
export function pspArea(state: EngineState): Pick<Engine, 'getPayment' | 'completePayment'> {
  return {
    getPayment: (paymentId) => state.run(() => ({ ...requirePayment(state, paymentId) })),
    completePayment: (paymentId, input) => state.run(() => completePayment(state, paymentId, input)),
  };
}

function completePayment(
  state: EngineState,
  paymentId: string,
  input: unknown,
): { status: PaymentLink['status'] } {
  const body = parseInput(CompletePayment, input);
  const payment = requirePayment(state, paymentId);
  if (payment.state !== 'pending') {
    throw new EngineError('invalid_transition', `This payment is already ${payment.state}`);
  }
  const record = state.store.links.get(payment.linkId);
  if (!record || record.link.archived) {
    throw new EngineError('invalid_transition', 'The payment link is no longer available');
  }
  const link = record.link;
  const action: LifecycleAction = body.outcome;
  link.status = nextStatus(link.status, action);
  state.store.byCreated.update(record);
  const data: Record<string, unknown> = { paymentId, method: payment.method };
  state.store.changes.payment(payment.id);
  if (body.outcome === 'approve') {
    payment.state = 'approved';
    link.pspReference = state.ids.pspReference();
    link.paidAt = iso(state.now());
    link.paidMethod = payment.method;
    state.addEvent(record, 'paid', 'psp', { ...data, pspReference: link.pspReference, amount: link.amount });
  } else if (body.outcome === 'decline') {
    payment.state = 'declined';
    state.addEvent(record, 'declined', 'psp', { ...data, reason: 'customer_declined' });
  } else {
    payment.state = 'failed';
    link.pspReference = state.ids.pspReference();
    state.addEvent(record, 'declined', 'psp', {
      ...data,
      reason: 'psp_error',
      pspReference: link.pspReference,
    });
  }
  return { status: link.status };
}

function requirePayment(state: EngineState, paymentId: string): PspPayment {
  const payment = typeof paymentId === 'string' ? state.store.payments.get(paymentId) : undefined;
  if (!payment) throw new EngineError('not_found', `No payment ${String(paymentId)}`);
  return payment;
}
