/**
 * What one engine call changed, as whole records: the unit of the `--data` journal. Redoing a delta
 * on a state that already holds some or all of it gives the same state again (records are replaced,
 * events are placed by position), which is what lets a snapshot be written while changes go on.
 * @module
 */
import type { Customer, Invitation, LinkEvent, PaymentLink, PaymentMethod } from '@paylink/client/schemas';
import type { EngineSnapshot, PspPayment } from './api.ts';
import type { IdempotencyRecord } from './idempotency.ts';

/** A link as a snapshot stores it. */
export interface SavedLink {
  link: PaymentLink;
  redirectUrl?: string;
}

/** A refund and when the mock PSP settles it, as a snapshot stores it. */
export interface SavedRefund {
  refund: { id: string; linkId: string; status: string; [key: string]: unknown };
  settleAtMs: number;
}

/** Counters and settings every delta carries, so the last one redone leaves them current. */
export interface DeltaScalars {
  referenceSeq: number;
  clockOffset: number;
  prng: number[];
}

/** The changes of one engine call. Only the kinds that changed are present. */
export interface EngineDelta extends DeltaScalars {
  /** The whole new state, when the call replaced it (reset, restore); nothing else is then present. */
  snapshot?: EngineSnapshot;
  links?: SavedLink[];
  /** Links deleted for good (archived while created). */
  deletedLinks?: string[];
  /** Events added to the feed; the first one is at position {@link eventsFrom}. */
  events?: LinkEvent[];
  eventsFrom?: number;
  refunds?: SavedRefund[];
  payments?: PspPayment[];
  invitations?: Invitation[];
  customers?: Customer[];
  idempotency?: [string, IdempotencyRecord][];
  /** Idempotency keys forgotten after their 24 hours. */
  expiredKeys?: string[];
}

/** The state a snapshot describes, keyed for redoing deltas on it. */
export interface FoldedState {
  version: 1;
  prng: number[];
  referenceSeq: number;
  clockOffset: number;
  methods: PaymentMethod[];
  customers: Map<string, Customer>;
  links: Map<string, SavedLink>;
  events: LinkEvent[];
  refunds: Map<string, SavedRefund>;
  payments: Map<string, PspPayment>;
  invitations: Map<string, Invitation>;
  idempotency: Map<string, unknown>;
  /** Fields of the snapshot this version does not know, kept as they were. */
  extra: Record<string, unknown>;
}

const KNOWN = new Set([
  'version',
  'prng',
  'referenceSeq',
  'clockOffset',
  'methods',
  'customers',
  'links',
  'events',
  'refunds',
  'payments',
  'invitations',
  'idempotency',
]);

/** A version 1 snapshot (as `engine.snapshot()` makes it) in keyed form. */
export function foldSnapshot(snapshot: EngineSnapshot): FoldedState {
  const s = snapshot as unknown as Record<string, unknown>;
  const list = <T>(key: string): T[] => (Array.isArray(s[key]) ? (s[key] as T[]) : []);
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(s)) if (!KNOWN.has(key)) extra[key] = value;
  return {
    version: 1,
    prng: list<number>('prng'),
    referenceSeq: Number(s.referenceSeq ?? 0),
    clockOffset: Number(s.clockOffset ?? 0),
    methods: list<PaymentMethod>('methods'),
    customers: new Map(list<Customer>('customers').map((c) => [c.id, c])),
    links: new Map(list<SavedLink>('links').map((l) => [l.link.id, l])),
    events: list<LinkEvent>('events'),
    refunds: new Map(list<SavedRefund>('refunds').map((r) => [r.refund.id, r])),
    payments: new Map(list<PspPayment>('payments').map((p) => [p.id, p])),
    invitations: new Map(list<Invitation>('invitations').map((i) => [i.id, i])),
    idempotency: new Map(list<[string, unknown]>('idempotency')),
    extra,
  };
}

/** The snapshot of a folded state, ready for `engine.restore`. */
export function unfoldSnapshot(state: FoldedState): EngineSnapshot {
  return {
    ...state.extra,
    version: 1,
    prng: state.prng,
    referenceSeq: state.referenceSeq,
    clockOffset: state.clockOffset,
    methods: state.methods,
    customers: [...state.customers.values()],
    links: [...state.links.values()],
    events: state.events,
    refunds: [...state.refunds.values()],
    payments: [...state.payments.values()],
    invitations: [...state.invitations.values()],
    idempotency: [...state.idempotency.entries()],
  };
}

/** A delta whose events do not follow on from the state's: a journal entry is missing. */
export class DeltaGapError extends Error {
  constructor(expected: number, got: number) {
    super(`events continue at position ${got}, but the state ends at ${expected}`);
    this.name = 'DeltaGapError';
  }
}

/**
 * Redoes `delta` on `state` (in place). Records are replaced whole and events go to their position,
 * so redoing a delta the state already reflects changes nothing.
 */
export function redoDelta(state: FoldedState, delta: EngineDelta): FoldedState {
  if (delta.snapshot) return foldSnapshot(delta.snapshot);
  for (const customer of delta.customers ?? []) state.customers.set(customer.id, customer);
  for (const saved of delta.links ?? []) state.links.set(saved.link.id, saved);
  for (const id of delta.deletedLinks ?? []) state.links.delete(id);
  if (delta.events && delta.events.length > 0) {
    const from = delta.eventsFrom ?? state.events.length;
    if (from > state.events.length) throw new DeltaGapError(state.events.length, from);
    delta.events.forEach((event, i) => {
      if (from + i === state.events.length) state.events.push(event);
    });
  }
  for (const saved of delta.refunds ?? []) state.refunds.set(saved.refund.id, saved);
  for (const payment of delta.payments ?? []) state.payments.set(payment.id, payment);
  for (const invitation of delta.invitations ?? []) state.invitations.set(invitation.id, invitation);
  for (const [key, record] of delta.idempotency ?? []) {
    // Re-set at the end, as the engine does, so the map stays in the order keys were used.
    state.idempotency.delete(key);
    state.idempotency.set(key, record);
  }
  for (const key of delta.expiredKeys ?? []) state.idempotency.delete(key);
  state.referenceSeq = delta.referenceSeq;
  state.clockOffset = delta.clockOffset;
  state.prng = delta.prng;
  return state;
}
