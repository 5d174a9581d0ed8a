/**
 * The customer's side: the pay page's view of a link, opening it, and starting a payment at the
 * mock PSP. The token is the only key; archived, deleted and unknown tokens are all `not_found`.
 * @module
 */
import { type PayView, StartPayment } from '@paylink/client/schemas';
import type { Engine, PspPayment } from '../api.ts';
import { EngineError } from '../api.ts';
import { dropUndefined } from '../create-link.ts';
import type { EngineState } from '../state.ts';
import type { LinkRecord } from '../store.ts';
import { nextStatus } from '../transitions.ts';
import { storableUrl } from '../urls.ts';
import { parseInput } from '../validation.ts';

const NOT_FOUND_TOKEN = 'No payment link matches this token';

/** The engine's public pay calls. */
export function payArea(state: EngineState): Pick<Engine, 'payView' | 'open' | 'startPayment'> {
  return {
    payView: (token) => state.run(() => view(state, requireToken(state, token))),

    open: (token) =>
      state.run(() => {
        const record = requireToken(state, token);
        openRecord(state, record);
        return view(state, record);
      }),

    startPayment: (token, input) => state.run(() => startPayment(state, token, input)),
  };
}

function startPayment(state: EngineState, token: string, input: unknown): PspPayment {
  const body = parseInput(StartPayment, input);
  const record = requireToken(state, token);
  const link = record.link;
  if (link.status === 'paid' || link.status === 'expired') {
    throw new EngineError('invalid_transition', `A ${link.status} link cannot be paid`);
  }
  if (!link.methods.includes(body.method) || !state.isActive(body.method)) {
    throw new EngineError('method_not_active', `${body.method} is not available for this link`, [
      { path: 'method', message: 'is not available for this link' },
    ]);
  }
  let returnUrl = link.url;
  if (body.returnUrl !== undefined) {
    const stored = storableUrl(body.returnUrl);
    if ('problem' in stored) {
      throw new EngineError('validation_failed', 'Some fields are invalid', [
        { path: 'returnUrl', message: stored.problem },
      ]);
    }
    returnUrl = stored.url;
  }
  openRecord(state, record);
  const payment: PspPayment = {
    id: state.newId('pay'),
    linkId: link.id,
    token: link.token,
    method: body.method,
    amount: link.amount,
    currency: link.currency,
    title: link.title,
    merchantName: state.merchantName,
    returnUrl,
    state: 'pending',
  };
  state.store.putPayment(payment);
  state.addEvent(record, 'payment_started', 'customer', { paymentId: payment.id, method: body.method });
  return { ...payment };
}

/** Archived, deleted and unknown tokens all look the same from outside. */
function requireToken(state: EngineState, token: string): LinkRecord {
  const record = typeof token === 'string' ? state.store.byToken.get(token) : undefined;
  if (!record || record.link.archived) throw new EngineError('not_found', NOT_FOUND_TOKEN);
  return record;
}

/** `created` and `declined` links become `clicked` when the customer opens them. */
function openRecord(state: EngineState, record: LinkRecord): void {
  const next = nextStatus(record.link.status, 'open');
  if (next === record.link.status) return;
  record.link.status = next;
  state.store.byCreated.update(record);
  state.addEvent(record, 'opened', 'customer', {});
}

/** What the pay page may show of a link: nothing about the merchant's other links or customers. */
function view(state: EngineState, record: LinkRecord): PayView {
  const link = record.link;
  return dropUndefined({
    token: link.token,
    status: link.status,
    amount: link.amount,
    currency: link.currency,
    title: link.title,
    message: link.message,
    merchant: { name: state.merchantName },
    language: link.language,
    methods: link.methods.filter((m) => state.isActive(m)),
    expiresAt: link.expiresAt,
    paidAt: link.paidAt,
    redirectUrl: record.redirectUrl,
    reference: link.reference,
    paidMethod: link.paidMethod,
  });
}
