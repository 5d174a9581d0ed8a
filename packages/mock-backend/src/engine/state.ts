/**
 * The one state object every area of the engine works on (see `areas/`), and the few things all of
 * them need: the clock, ids, events, and `run`, which applies due work first and tells listeners after.
 * @module
 */
import type { Actor, LinkEvent, LinkEventType, PaymentMethod } from '@paylink/client/schemas';
import type { Clock, EngineOptions } from './api.ts';
import { EngineError } from './api.ts';
import { applyDue } from './areas/due-work.ts';
import { isAdvanceable, iso, systemClock } from './clock.ts';
import type { PrepareContext } from './create-link.ts';
import { DEFAULT_PAYMENT_METHODS, DEMO_CUSTOMERS } from './customers-data.ts';
import type { EngineDelta } from './delta.ts';
import {
  type IdGenerator,
  type IdPrefix,
  IdGenerator as Ids,
  newPayToken,
  Prng,
  SecureRandom,
} from './ids.ts';
import { DEFAULT_REFUND_SETTLE_MS } from './refunds.ts';
import { type LinkRecord, Store } from './store.ts';

/** Default pay-page URL template. */
export const DEFAULT_PAY_URL = 'http://localhost:5173/pay.html?token={token}';
/** Default merchant name shown on the pay page. */
export const DEFAULT_MERCHANT_NAME = 'Acme Supplies';
/** Default PRNG seed, so ids are reproducible even when no seed is given. */
export const DEFAULT_SEED = 0x5eed;

/** Keeps the demo customers' id stream apart from the deterministic-ids stream of the same seed. */
const FIXTURE_SALT = 0x0c05_7000;

/** Everything the engine holds and is configured with, plus the helpers every area shares. */
export class EngineState {
  /** The clock the engine reads: the given one, or the system clock plus {@link offset}. */
  readonly clock: Clock;
  /** The clock as given; a manual one is moved itself, the system clock through {@link offset}. */
  readonly baseClock: Clock;
  readonly merchantName: string;
  /** The pay-URL template split around `{token}`; joined with a token it is that link's URL. */
  private readonly payUrlParts: string[];
  private readonly seedValue: number;
  private readonly deterministicIds: boolean;
  readonly refundSettleMs: number;
  private readonly initialMethods: readonly PaymentMethod[];
  /** Milliseconds the dev controls moved the system clock forward. */
  offset = 0;
  readonly store = new Store();
  prng: Prng;
  ids: IdGenerator;
  /** Set by anything that changes the state; `run` then tells the listeners once. */
  changed = false;
  private depth = 0;
  readonly listeners = new Set<() => void>();
  readonly deltaListeners = new Set<(delta: EngineDelta) => void>();
  /** The distinct method lists links share (see `sharedMethods`). */
  readonly methodLists: string[][] = [];
  readonly prepareContext: PrepareContext = {
    now: 0,
    methods: [],
    getCustomer: (id) => this.store.customers.get(id),
    findCustomerByEmail: (key) => this.store.customersByEmail.get(key),
  };

  constructor(options: EngineOptions) {
    this.baseClock = options.clock ?? systemClock;
    // The system clock cannot be moved, so `advanceClock` keeps an offset on top of it.
    this.clock = isAdvanceable(this.baseClock)
      ? this.baseClock
      : { now: () => this.baseClock.now() + this.offset };
    this.merchantName = options.merchantName ?? DEFAULT_MERCHANT_NAME;
    this.payUrlParts = (options.payUrl ?? DEFAULT_PAY_URL).split('{token}');
    this.seedValue = options.seed ?? DEFAULT_SEED;
    this.deterministicIds = options.deterministicIds ?? false;
    this.refundSettleMs = options.refundSettleMs ?? DEFAULT_REFUND_SETTLE_MS;
    this.initialMethods = (options.paymentMethods ?? DEFAULT_PAYMENT_METHODS).map((m) => ({ ...m }));
    this.prng = new Prng(this.seedValue);
    this.ids = this.idGenerator();
    this.initialise();
  }

  now(): number {
    return this.clock.now();
  }

  /** Applies due time-based work, runs `fn`, then tells listeners once if anything changed. */
  run<T>(fn: () => T): T {
    this.depth++;
    try {
      applyDue(this);
      return fn();
    } finally {
      this.depth--;
      if (this.depth === 0 && this.changed) {
        this.changed = false;
        if (this.deltaListeners.size > 0) {
          const delta = this.store.changes.take(
            this.store,
            { referenceSeq: this.store.referenceSeq, clockOffset: this.offset, prng: this.prng.state },
            () => this.store.toJSON(this.prng.state, this.offset),
          );
          for (const listener of [...this.deltaListeners]) listener(delta);
        }
        for (const listener of [...this.listeners]) listener();
      }
    }
  }

  /** Empties the state down to the configured payment methods and the demo customers. */
  initialise(): void {
    this.store.clear();
    this.prng = new Prng(this.seedValue);
    this.ids = this.idGenerator();
    this.store.methods = this.initialMethods.map((m) => ({ ...m }));
    // The demo customers are fixtures: the same seed gives them the same ids after every reset and
    // restart, so a saved `customerId` keeps naming the same demo customer.
    const fixtureIds = new Ids(new Prng((this.seedValue ^ FIXTURE_SALT) >>> 0));
    for (const c of DEMO_CUSTOMERS) {
      const id = fixtureIds.next('cus');
      this.store.addCustomer({ id, ...c });
    }
  }

  /** Ids from the CSPRNG, or from the seeded PRNG when a test asked for repeatable ones. */
  idGenerator(): IdGenerator {
    return new Ids(this.deterministicIds ? this.prng : new SecureRandom());
  }

  newId(prefix: IdPrefix): string {
    return this.ids.next(prefix);
  }

  /** 128 random bits: a collision is not a practical concern, so none is checked for. */
  newToken(): string {
    return newPayToken();
  }

  urlFor(token: string): string {
    // Same result as replaceAll, but join makes one flat string where replaceAll left a chain of
    // pieces behind every stored URL.
    return this.payUrlParts.join(encodeURIComponent(token));
  }

  isActive(method: string): boolean {
    return this.store.methods.some((m) => m.id === method && m.active);
  }

  /** Records an event on a link and in the feed, and marks the link changed. */
  addEvent(
    record: LinkRecord,
    type: LinkEventType,
    actor: Actor,
    data: Record<string, unknown>,
    atMs = this.now(),
  ): LinkEvent {
    const event: LinkEvent = {
      id: this.newId('ev'),
      linkId: record.link.id,
      type,
      at: iso(atMs),
      actor,
      data,
    };
    // A fresh record gets a one-element array: push() onto an empty one reserves room for 17, and
    // most links never get a second event (a 100 000-row import would carry 13 MB of empty slots).
    if (record.events.length === 0) record.events = [event];
    else record.events.push(event);
    this.store.events.push(event);
    this.store.changes.link(record.link.id);
    record.link.updatedAt = event.at;
    this.changed = true;
    return event;
  }

  requireLink(id: string): LinkRecord {
    const record = typeof id === 'string' ? this.store.links.get(id) : undefined;
    if (!record) throw new EngineError('not_found', `No payment link ${String(id)}`);
    return record;
  }
}
