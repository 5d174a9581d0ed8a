import type {
  Customer,
  Invitation,
  LinkEvent,
  PaymentLink,
  PaymentMethod,
  Refund,
} from '@paylink/client/schemas';
import type { EngineSnapshot, PspPayment } from './api.ts';
import { ChangeLog } from './change-log.ts';
import { emailKey } from './create-link.ts';
import { type IdempotencyRecord, readIdempotencyRecord } from './idempotency.ts';
import { TimerHeap } from './indexes.ts';
import { LinkIndex } from './link-index.ts';

/** A link plus what the engine needs besides its public shape. */
export interface LinkRecord {
  /** The public shape, kept current; never handed out directly (see `publicLink`). */
  link: PaymentLink;
  createdAtMs: number;
  expiresAtMs: number | undefined;
  /** Where the pay page sends the customer after paying (CreateLink `redirectUrl`). */
  redirectUrl: string | undefined;
  /** Folded text the list's `q` searches; built on first search (see `searchTextOf`). */
  search: string | undefined;
  events: LinkEvent[];
  refunds: Refund[];
  /** Position in the creation-time index's columns; maintained by {@link LinkIndex}. */
  pos: number;
}

/** A refund plus when the simulated PSP settles it. */
export interface RefundRecord {
  refund: Refund;
  settleAtMs: number;
}

/** Serialised form of {@link Store}; everything is plain JSON. */
export interface SnapshotV1 extends EngineSnapshot {
  version: 1;
  prng: number[];
  referenceSeq: number;
  clockOffset: number;
  methods: PaymentMethod[];
  customers: Customer[];
  links: { link: PaymentLink; redirectUrl?: string }[];
  events: LinkEvent[];
  refunds: RefundRecord[];
  payments: PspPayment[];
  invitations: Invitation[];
  idempotency: [string, IdempotencyRecord][];
}

/** Every piece of engine state, with its indexes. Only the engine mutates it. */
export class Store {
  links = new Map<string, LinkRecord>();
  byToken = new Map<string, LinkRecord>();
  byCreated = new LinkIndex();
  /** The global feed, in the order things happened; a feed cursor is a position in it. */
  events: LinkEvent[] = [];
  refunds = new Map<string, RefundRecord>();
  payments = new Map<string, PspPayment>();
  invitations = new Map<string, Invitation>();
  customers = new Map<string, Customer>();
  /** Customers by lower-cased e-mail, so creating links with inline customers (imports) stays O(1). */
  customersByEmail = new Map<string, Customer>();
  methods: PaymentMethod[] = [];
  idempotency = new Map<string, IdempotencyRecord>();
  timers = new TimerHeap();
  referenceSeq = 0;
  /** Which records changed since the journal last asked (off unless something journals). */
  readonly changes = new ChangeLog();
  /** Counts replacements of the whole state (reset, restore), so a long read can tell it was cut off. */
  epoch = 0;

  putRefund(record: RefundRecord): void {
    this.refunds.set(record.refund.id, record);
    this.changes.refund(record.refund.id);
  }

  putPayment(payment: PspPayment): void {
    this.payments.set(payment.id, payment);
    this.changes.payment(payment.id);
  }

  putInvitation(invitation: Invitation): void {
    this.invitations.set(invitation.id, invitation);
    this.changes.invitation(invitation.id);
  }

  addCustomer(customer: Customer): void {
    this.customers.set(customer.id, customer);
    this.changes.customer(customer.id);
    const email = customer.email === undefined ? undefined : emailKey(customer.email);
    if (email !== undefined && !this.customersByEmail.has(email)) this.customersByEmail.set(email, customer);
  }

  /**
   * Adds a customer whose e-mail key (see `emailKey`) was just looked up and not found, sparing the
   * e-mail index a second lookup and a second lower-casing: an import creates a customer per row.
   */
  addUnmatchedCustomer(customer: Customer, email: string | undefined): void {
    this.customers.set(customer.id, customer);
    this.changes.customer(customer.id);
    if (email !== undefined) this.customersByEmail.set(email, customer);
  }

  /** Adds a link to every index and schedules its expiry. */
  addLink(record: LinkRecord, bulk = false): void {
    this.links.set(record.link.id, record);
    this.changes.link(record.link.id);
    this.byToken.set(record.link.token, record);
    if (bulk) this.byCreated.add(record);
    else this.byCreated.insert(record);
    if (record.expiresAtMs !== undefined) {
      this.timers.push(record.expiresAtMs, 'expire', record.link.id);
    }
  }

  /** Removes a link for good (archiving a `created` link); its events stay in the feed. */
  deleteLink(record: LinkRecord): void {
    this.links.delete(record.link.id);
    this.changes.deletedLink(record.link.id);
    this.byToken.delete(record.link.token);
    this.byCreated.remove(record);
  }

  clear(): void {
    this.epoch++;
    this.changes.replaced();
    this.links.clear();
    this.byToken.clear();
    this.byCreated.clear();
    this.events = [];
    this.refunds.clear();
    this.payments.clear();
    this.invitations.clear();
    this.customers.clear();
    this.customersByEmail.clear();
    this.methods = [];
    this.idempotency.clear();
    this.timers.clear();
    this.referenceSeq = 0;
  }

  /**
   * The text of {@link toJSON}'s snapshot (plus `extra` fields) in parts of about
   * {@link RECORDS_PER_PART} records, read from the live state as each part is asked for: a state of
   * 100 000 links is written without holding the thread, or a copy, for seconds. Changes made
   * between parts may or may not be in it, so it is only consistent together with a journal of
   * those changes. Throws {@link StateReplacedError} if the state is replaced midway.
   */
  *jsonParts(
    prng: number[],
    clockOffset: number,
    extra: Record<string, unknown> = {},
  ): Generator<string, void> {
    const epoch = this.epoch;
    const check = () => {
      if (this.epoch !== epoch) throw new StateReplacedError();
    };
    yield `{"version":1,"prng":${JSON.stringify(prng)},"referenceSeq":${this.referenceSeq},"clockOffset":${clockOffset},"methods":${JSON.stringify(this.methods)}`;
    const list = function* (name: string, items: Iterable<unknown>): Generator<string, void> {
      let part: string[] = [];
      let first = true;
      for (const item of items) {
        part.push(JSON.stringify(item));
        if (part.length === RECORDS_PER_PART) {
          yield `${first ? `,"${name}":[` : ','}${part.join(',')}`;
          check();
          first = false;
          part = [];
        }
      }
      yield `${first ? `,"${name}":[` : part.length > 0 ? ',' : ''}${part.join(',')}]`;
      check();
    };
    yield* list('customers', this.customers.values());
    yield* list('links', savedLinks(this.links.values()));
    yield* list('events', liveArray(this.events));
    yield* list('refunds', this.refunds.values());
    yield* list('payments', this.payments.values());
    yield* list('invitations', this.invitations.values());
    yield* list('idempotency', this.idempotency.entries());
    const tail = Object.entries(extra)
      .map(([key, value]) => `,${JSON.stringify(key)}:${JSON.stringify(value)}`)
      .join('');
    yield `${tail}}`;
  }

  toJSON(prng: number[], clockOffset: number): SnapshotV1 {
    const clone = <T>(value: T): T => structuredClone(value);
    return {
      version: 1,
      prng,
      referenceSeq: this.referenceSeq,
      clockOffset,
      methods: clone(this.methods),
      customers: clone([...this.customers.values()]),
      links: [...this.links.values()].map((r) =>
        r.redirectUrl === undefined
          ? { link: clone(r.link) }
          : { link: clone(r.link), redirectUrl: r.redirectUrl },
      ),
      events: clone(this.events),
      refunds: clone([...this.refunds.values()]),
      payments: clone([...this.payments.values()]),
      invitations: clone([...this.invitations.values()]),
      idempotency: clone([...this.idempotency.entries()]),
    };
  }

  /** Replaces the state with a snapshot and rebuilds every index and timer; `now` dates old idempotency records. */
  load(snapshot: SnapshotV1, now: number): void {
    this.clear();
    const data = structuredClone(snapshot);
    this.referenceSeq = data.referenceSeq;
    this.methods = data.methods;
    for (const c of data.customers) this.addCustomer(c);
    for (const { link, redirectUrl } of data.links) {
      this.addLink(
        {
          link,
          createdAtMs: Date.parse(link.createdAt),
          expiresAtMs: link.expiresAt === undefined ? undefined : Date.parse(link.expiresAt),
          redirectUrl,
          search: undefined,
          events: [],
          refunds: [],
          pos: -1,
        },
        true,
      );
    }
    for (const event of data.events) {
      this.events.push(event);
      this.links.get(event.linkId)?.events.push(event);
    }
    for (const record of data.refunds) {
      this.refunds.set(record.refund.id, record);
      this.links.get(record.refund.linkId)?.refunds.push(record.refund);
      if (record.refund.status === 'pending') {
        this.timers.push(record.settleAtMs, 'settle_refund', record.refund.id);
      }
    }
    for (const p of data.payments) this.payments.set(p.id, p);
    for (const i of data.invitations) this.invitations.set(i.id, i);
    for (const [key, value] of data.idempotency) {
      const record = readIdempotencyRecord(value, now);
      if (record) this.idempotency.set(key, record);
    }
  }
}

/** Records per part of {@link Store.jsonParts}: a few milliseconds of `JSON.stringify`. */
const RECORDS_PER_PART = 1000;

/** The state was reset or restored while a snapshot of it was being written. */
export class StateReplacedError extends Error {
  constructor() {
    super('The state was replaced while a snapshot of it was being written');
    this.name = 'StateReplacedError';
  }
}

function* savedLinks(records: Iterable<LinkRecord>): Generator<{ link: PaymentLink; redirectUrl?: string }> {
  for (const r of records)
    yield r.redirectUrl === undefined ? { link: r.link } : { link: r.link, redirectUrl: r.redirectUrl };
}

/** The items of an array that may grow while it is read, up to its length at each step. */
function* liveArray<T>(items: readonly T[]): Generator<T> {
  for (let i = 0; i < items.length; i++) yield items[i]!;
}

/** Whether a value looks like a snapshot this version can load. */
export function isSnapshotV1(value: unknown): value is SnapshotV1 {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.version === 1 &&
    Array.isArray(v.prng) &&
    Array.isArray(v.links) &&
    Array.isArray(v.events) &&
    Array.isArray(v.customers) &&
    Array.isArray(v.methods) &&
    Array.isArray(v.refunds) &&
    Array.isArray(v.payments) &&
    Array.isArray(v.invitations) &&
    Array.isArray(v.idempotency)
  );
}
