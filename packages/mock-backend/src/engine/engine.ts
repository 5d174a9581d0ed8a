import {
  type Actor,
  type ArchiveResult,
  BulkInvitation,
  type BulkInvitationResult,
  CompletePayment,
  CreateInvitation,
  CreateRefund,
  type Customer,
  describeIssues,
  type FeedPage,
  IdList,
  type ImportResult,
  type Invitation,
  type LinkEvent,
  type LinkEventType,
  type LinkFilters,
  type LinkPage,
  type ListLinksQuery,
  type PaymentLink,
  type PaymentMethod,
  type PayView,
  type Refund,
  type RefundList,
  StartPayment,
  type UnarchiveResult,
  UpdateLink,
  type ValidationIssue,
} from '@paylink/client/schemas';
import type {
  CallOptions,
  Clock,
  Engine,
  EngineOptions,
  EngineSnapshot,
  EventPage,
  EventPageQuery,
  PspPayment,
} from './api.ts';
import { EngineError } from './api.ts';
import { clockMoveProblem, isAdvanceable, iso, savedOffsetProblem, systemClock } from './clock.ts';
import {
  compactCustomer,
  dropUndefined,
  type PrepareContext,
  type PreparedLink,
  prepareCreateLink,
} from './create-link.ts';
import { linksToCsv } from './csv-export.ts';
import { type ParsedImportRow, readImportCsv, readImportCsvInSlices } from './csv-import.ts';
import { checkImportRowLimit, countCsvRecords, countCsvRecordsInSlices } from './csv-limits.ts';
import { DEFAULT_PAYMENT_METHODS, DEMO_CUSTOMERS } from './customers-data.ts';
import type { EngineDelta } from './delta.ts';
import { eventCursor, eventPageBounds } from './event-page.ts';
import { expireIdempotencyKeys, idempotencyScope, isExpired, requestHash } from './idempotency.ts';
import {
  decodeCursor,
  encodeCursor,
  formatReference,
  type IdGenerator,
  type IdPrefix,
  IdGenerator as Ids,
  newPayToken,
  Prng,
  SecureRandom,
} from './ids.ts';
import { deliver, recipientFor } from './invitations.ts';
import { checkFilters, normalizeQuery, scanAll, scanPage } from './list-query.ts';
import { DEFAULT_REFUND_SETTLE_MS, refundableAmount, settleOutcome } from './refunds.ts';
import { buildSeedBatch } from './seed-data.ts';
import { isSnapshotV1, type LinkRecord, Store } from './store.ts';
import { EXPIRABLE_STATUSES, INVITABLE_STATUSES, type LifecycleAction, nextStatus } from './transitions.ts';
import { storableUrl } from './urls.ts';
import { yieldToOthers } from './yield.ts';

/** Default pay-page URL template. */
export const DEFAULT_PAY_URL = 'http://localhost:5173/pay.html?token={token}';
/** Default merchant name shown on the pay page. */
export const DEFAULT_MERCHANT_NAME = 'Acme Supplies';
/** Default PRNG seed, so ids are reproducible even when no seed is given. */
export const DEFAULT_SEED = 0x5eed;
/** Largest feed page. */
export const FEED_PAGE_SIZE = 500;
/** Largest number of demo links one `seed` call adds. */
export const MAX_SEED_LINKS = 100_000;

/** Links per part of a streamed export: about 300 KB of text. */
const EXPORT_ROWS_PER_PART = 1000;

/** Longest stretch an import works before letting other requests run, in milliseconds. */
const IMPORT_SLICE_MS = 8;

/** Keeps the demo customers' id stream apart from the deterministic-ids stream of the same seed. */
const FIXTURE_SALT = 0x0c05_7000;

const NOT_FOUND_TOKEN = 'No payment link matches this token';
/** Distinct method lists shared between links (see `sharedMethods`); more are simply not shared. */
const MAX_SHARED_METHOD_LISTS = 32;
/**
 * The refunds of a link that has none, shared by every new link: most never get one, and an empty
 * array each was one more object per link. Frozen, so a stray push fails loudly instead of leaking.
 */
const NO_REFUNDS = Object.freeze([]) as unknown as Refund[];

/**
 * Creates a payment-link engine. Every public call first applies whatever time has made due (expiry,
 * refund settlement), then runs, then notifies `onChange` listeners if anything changed.
 */
export function createEngine(options: EngineOptions = {}): Engine {
  return new PaylinkEngine(options);
}

class PaylinkEngine implements Engine {
  readonly clock: Clock;
  readonly merchantName: string;

  private readonly baseClock: Clock;
  /** The pay-URL template split around `{token}`; joined with a token it is that link's URL. */
  private readonly payUrlParts: string[];
  private readonly seedValue: number;
  private readonly deterministicIds: boolean;
  private readonly refundSettleMs: number;
  private readonly initialMethods: readonly PaymentMethod[];
  private offset = 0;
  private store = new Store();
  private prng: Prng;
  private ids: IdGenerator;
  private changed = false;
  private depth = 0;
  private readonly listeners = new Set<() => void>();
  private readonly deltaListeners = new Set<(delta: EngineDelta) => void>();
  private readonly methodLists: string[][] = [];
  private readonly prepareContext: PrepareContext = {
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

  // ── merchant routes ───────────────────────────────────────────────────────────────────────────

  listLinks(query: ListLinksQuery): LinkPage {
    return this.run(() => {
      const q = normalizeQuery(query ?? {}, this.now());
      const page = scanPage(this.store.byCreated, q);
      return { items: page.records.map(publicLink), nextCursor: page.nextCursor, total: page.total };
    });
  }

  findLinks(filters: LinkFilters): PaymentLink[] {
    return this.run(() =>
      scanAll(this.store.byCreated, checkFilters(filters ?? {}, this.now())).map(publicLink),
    );
  }

  getLink(id: string): PaymentLink {
    return this.run(() => publicLink(this.requireLink(id)));
  }

  createLink(input: unknown, options?: CallOptions): PaymentLink {
    return this.run(() =>
      this.idempotent('create', '', input, options, () => {
        const prepared = this.prepare(input);
        return publicLink(this.commitLink(prepared));
      }),
    );
  }

  setLanguage(id: string, input: unknown): PaymentLink {
    return this.run(() => {
      const body = parse(UpdateLink, input);
      const record = this.requireLink(id);
      if (record.link.archived) {
        throw new EngineError(
          'invalid_transition',
          'An archived link cannot change language; unarchive it first',
        );
      }
      if (record.link.language !== body.language) {
        const from = record.link.language;
        record.link.language = body.language;
        this.addEvent(record, 'language_changed', 'merchant', { from, to: body.language });
      }
      return publicLink(record);
    });
  }

  listEvents(id: string): LinkEvent[] {
    return this.run(() => this.requireLink(id).events.map(cloneEvent));
  }

  listEventPage(id: string, page: EventPageQuery = {}): EventPage {
    return this.run(() => {
      const events = this.requireLink(id).events;
      const { start, end } = eventPageBounds(page, events.length);
      return {
        items: events.slice(start, end).map(cloneEvent),
        nextCursor: end < events.length ? eventCursor(end) : null,
      };
    });
  }

  listRefunds(id: string): RefundList {
    return this.run(() => {
      const record = this.requireLink(id);
      return {
        items: record.refunds.map((r) => ({ ...r })),
        refundable: refundableAmount(record.link, record.refunds),
      };
    });
  }

  refund(id: string, input: unknown, options?: CallOptions): Refund {
    return this.run(() =>
      this.idempotent('refund', id, input, options, () => {
        const body = parse(CreateRefund, input);
        const record = this.requireLink(id);
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
        const now = this.now();
        const refund: Refund = {
          id: this.newId('rf'),
          linkId: id,
          amount: body.amount,
          currency: record.link.currency,
          message: body.message,
          status: 'pending',
          createdAt: iso(now),
        };
        const settleAtMs = now + this.refundSettleMs;
        this.store.putRefund({ refund, settleAtMs });
        // Links start with the shared empty list (see NO_REFUNDS); the first refund gets its own.
        if (record.refunds.length === 0) record.refunds = [refund];
        else record.refunds.push(refund);
        this.store.timers.push(settleAtMs, 'settle_refund', refund.id);
        this.addEvent(record, 'refund_requested', 'merchant', {
          refundId: refund.id,
          amount: body.amount,
          message: body.message,
        });
        return { ...refund };
      }),
    );
  }

  invite(id: string, input: unknown, options?: CallOptions): Invitation {
    return this.run(() =>
      this.idempotent('invite', id, input, options, () => {
        const body = parse(CreateInvitation, input);
        return this.sendInvitation(this.requireLink(id), body.channel, body.to);
      }),
    );
  }

  inviteMany(input: unknown): BulkInvitationResult {
    return this.run(() => {
      const body = parse(BulkInvitation, input);
      const results: BulkInvitationResult['results'] = body.ids.map((id) => {
        const record = this.store.links.get(id);
        if (!record) return { id, outcome: 'not_found', code: 'not_found' };
        try {
          const invitation = this.sendInvitation(record, body.channel, undefined);
          return { id, outcome: invitation.status, invitation };
        } catch (error) {
          return { id, outcome: 'failed', code: errorCode(error) };
        }
      });
      return { results };
    });
  }

  archive(input: unknown): ArchiveResult {
    return this.run(() => {
      const body = parse(IdList, input);
      const results: ArchiveResult['results'] = body.ids.map((id) => {
        const record = this.store.links.get(id);
        if (!record) return { id, outcome: 'not_found' };
        try {
          const link = record.link;
          if (link.archived) return { id, outcome: 'archived' };
          if (link.status === 'created' && link.origin !== 'dunning') {
            // A link nobody opened is not worth keeping: archiving it deletes it (FAQ), except dunning ones.
            this.addEvent(record, 'deleted', 'merchant', { reason: 'archived_while_created' });
            this.store.deleteLink(record);
            return { id, outcome: 'deleted' };
          }
          link.archived = true;
          this.store.byCreated.update(record);
          this.addEvent(record, 'archived', 'merchant', {});
          return { id, outcome: 'archived' };
        } catch (error) {
          return { id, outcome: 'error', code: errorCode(error) };
        }
      });
      return { results };
    });
  }

  unarchive(input: unknown): UnarchiveResult {
    return this.run(() => {
      const body = parse(IdList, input);
      const results: UnarchiveResult['results'] = body.ids.map((id) => {
        const record = this.store.links.get(id);
        if (!record) return { id, outcome: 'not_found' };
        if (record.link.archived) {
          record.link.archived = false;
          this.store.byCreated.update(record);
          this.addEvent(record, 'unarchived', 'merchant', {});
        }
        return { id, outcome: 'unarchived' };
      });
      return { results };
    });
  }

  importCsv(csv: string, options: { dryRun?: boolean } = {}): ImportResult {
    return this.run(() => {
      checkImportRowLimit(countCsvRecords(csv));
      const result: ImportResult = { created: 0, invalid: 0, rows: [] };
      // Rows are validated and created as they are read (each one whole or not at all); the file's
      // own header names come back so errors point at the merchant's columns as they wrote them.
      // Bulk: the creation-time index is rebuilt once on its next read, not written row by row.
      readImportCsv(csv, (row, columnForPath) => this.importRow(row, columnForPath, result, options, true));
      return result;
    });
  }

  async importCsvInSlices(csv: string, options: { dryRun?: boolean } = {}): Promise<ImportResult> {
    checkImportRowLimit(await countCsvRecordsInSlices(csv, yieldToOthers));
    const result: ImportResult = { created: 0, invalid: 0, rows: [] };
    // Each slice is one change of its own (and one journal entry with --data); between slices other
    // requests run. Links are indexed one by one, so a list read between slices needs no rebuild.
    await readImportCsvInSlices(
      csv,
      (row, columnForPath) => this.importRow(row, columnForPath, result, options, false),
      { run: (work) => this.run(work), yieldNow: yieldToOthers, sliceMs: IMPORT_SLICE_MS },
    );
    return result;
  }

  /** Validates one parsed row and, unless it is a dry run, creates its link; records the outcome. */
  private importRow(
    row: ParsedImportRow,
    columnForPath: (path: string) => string,
    result: ImportResult,
    options: { dryRun?: boolean },
    bulk: boolean,
  ): void {
    if (row.errors.length > 0 || row.input === undefined) {
      result.invalid++;
      const errors =
        row.errors.length > 0 ? row.errors : [{ column: '', message: 'The row could not be read' }];
      result.rows.push({ row: row.row, outcome: 'invalid', errors });
      return;
    }
    let prepared: PreparedLink;
    try {
      // Imported links are always marked as such, whatever the file says. The parsed row is ours to
      // change, so no copy.
      row.input.origin = 'import';
      prepared = this.prepare(row.input);
    } catch (error) {
      result.invalid++;
      result.rows.push({ row: row.row, outcome: 'invalid', errors: importErrors(error, columnForPath) });
      return;
    }
    if (options.dryRun) {
      result.rows.push({ row: row.row, outcome: 'valid' });
      return;
    }
    const record = this.commitLink(prepared, bulk);
    result.created++;
    result.rows.push({ row: row.row, outcome: 'created', linkId: record.link.id });
  }

  exportCsv(selection: { ids: string[] } | { filters: LinkFilters }): string {
    return [...this.exportCsvParts(selection)].join('');
  }

  *exportCsvParts(
    selection: { ids: string[] } | { filters: LinkFilters },
    rowsPerPart = EXPORT_ROWS_PER_PART,
  ): Generator<string, void, undefined> {
    // The selection is fixed first (references only, no copies); each part then reads the links as
    // they are at that moment, so memory stays at one part's text however many links there are.
    const records = this.run(() => this.exportSelection(selection));
    const header = linksToCsv([]);
    yield header;
    for (let start = 0; start < records.length; start += rowsPerPart) {
      const part = this.run(() => linksToCsv(records.slice(start, start + rowsPerPart).map(publicLink)));
      // Every part repeats the header that `linksToCsv` writes; the file has it once.
      yield part.slice(header.length);
    }
  }

  private exportSelection(selection: { ids: string[] } | { filters: LinkFilters }): LinkRecord[] {
    if ('ids' in selection) {
      const records: LinkRecord[] = [];
      for (const id of selection.ids) {
        const record = this.store.links.get(id);
        if (record) records.push(record);
      }
      return records;
    }
    return scanAll(this.store.byCreated, checkFilters(selection.filters ?? {}, this.now()));
  }

  listCustomers(q?: string): Customer[] {
    return this.run(() => {
      const needle = q?.trim().toLowerCase();
      const all = [...this.store.customers.values()];
      const hits = needle
        ? all.filter((c) =>
            [c.name, c.email, c.customerNumber].some((v) => v?.toLowerCase().includes(needle)),
          )
        : all;
      return hits.map((c) => ({ ...c }));
    });
  }

  getCustomer(id: string): Customer {
    return this.run(() => {
      const customer = this.store.customers.get(id);
      if (!customer) throw new EngineError('not_found', `No customer ${id}`);
      return { ...customer };
    });
  }

  listPaymentMethods(): PaymentMethod[] {
    return this.run(() => this.store.methods.map((m) => ({ ...m })));
  }

  feed(after?: string): FeedPage {
    return this.run(() => {
      const events = this.store.events;
      let position = 0;
      if (after === 'now') position = events.length;
      else if (after !== undefined && after !== '') {
        const text = decodeCursor(after);
        const match = text === undefined ? null : /^f1:(\d+)$/.exec(text);
        if (!match) {
          throw new EngineError('validation_failed', 'The feed cursor is invalid', [
            { path: 'after', message: 'is not a cursor returned by the feed' },
          ]);
        }
        position = Number(match[1]);
        // A cursor past the end predates a reset: the feed started over, so start over too.
        if (position > events.length) position = 0;
      }
      const items = events.slice(position, position + FEED_PAGE_SIZE).map(cloneEvent);
      return { items, cursor: encodeCursor(`f1:${position + items.length}`) };
    });
  }

  // ── public pay routes ────────────────────────────────────────────────────────────────────────

  payView(token: string): PayView {
    return this.run(() => this.view(this.requireToken(token)));
  }

  open(token: string): PayView {
    return this.run(() => {
      const record = this.requireToken(token);
      this.openRecord(record);
      return this.view(record);
    });
  }

  startPayment(token: string, input: unknown): PspPayment {
    return this.run(() => {
      const body = parse(StartPayment, input);
      const record = this.requireToken(token);
      const link = record.link;
      if (link.status === 'paid' || link.status === 'expired') {
        throw new EngineError('invalid_transition', `A ${link.status} link cannot be paid`);
      }
      if (!link.methods.includes(body.method) || !this.isActive(body.method)) {
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
      this.openRecord(record);
      const payment: PspPayment = {
        id: this.newId('pay'),
        linkId: link.id,
        token: link.token,
        method: body.method,
        amount: link.amount,
        currency: link.currency,
        title: link.title,
        merchantName: this.merchantName,
        returnUrl,
        state: 'pending',
      };
      this.store.putPayment(payment);
      this.addEvent(record, 'payment_started', 'customer', { paymentId: payment.id, method: body.method });
      return { ...payment };
    });
  }

  // ── mock PSP ─────────────────────────────────────────────────────────────────────────────────

  getPayment(paymentId: string): PspPayment {
    return this.run(() => ({ ...this.requirePayment(paymentId) }));
  }

  completePayment(paymentId: string, input: unknown): { status: PaymentLink['status'] } {
    return this.run(() => {
      const body = parse(CompletePayment, input);
      const payment = this.requirePayment(paymentId);
      if (payment.state !== 'pending') {
        throw new EngineError('invalid_transition', `This payment is already ${payment.state}`);
      }
      const record = this.store.links.get(payment.linkId);
      if (!record || record.link.archived) {
        throw new EngineError('invalid_transition', 'The payment link is no longer available');
      }
      const link = record.link;
      const action: LifecycleAction = body.outcome;
      link.status = nextStatus(link.status, action);
      this.store.byCreated.update(record);
      const data: Record<string, unknown> = { paymentId, method: payment.method };
      this.store.changes.payment(payment.id);
      if (body.outcome === 'approve') {
        payment.state = 'approved';
        link.pspReference = this.ids.pspReference();
        link.paidAt = iso(this.now());
        link.paidMethod = payment.method;
        this.addEvent(record, 'paid', 'psp', {
          ...data,
          pspReference: link.pspReference,
          amount: link.amount,
        });
      } else if (body.outcome === 'decline') {
        payment.state = 'declined';
        this.addEvent(record, 'declined', 'psp', { ...data, reason: 'customer_declined' });
      } else {
        payment.state = 'failed';
        link.pspReference = this.ids.pspReference();
        this.addEvent(record, 'declined', 'psp', {
          ...data,
          reason: 'psp_error',
          pspReference: link.pspReference,
        });
      }
      return { status: link.status };
    });
  }

  // ── development controls ─────────────────────────────────────────────────────────────────────

  advanceClock(ms: number): { now: string } {
    // A manual clock belongs to its owner (a test sets it at will), so only the moves of the
    // system clock's offset count towards the ten years.
    const manual = isAdvanceable(this.baseClock);
    const problem = clockMoveProblem(ms, manual ? 0 : this.offset, this.now());
    if (problem !== undefined) {
      throw new EngineError('validation_failed', 'Cannot move the clock', [
        { path: 'advanceMs', message: problem },
      ]);
    }
    if (manual) this.baseClock.advance(ms);
    else this.offset += ms;
    if (ms > 0) this.changed = true;
    return this.run(() => ({ now: iso(this.now()) }));
  }

  reset(): void {
    this.run(() => {
      this.initialise();
      this.changed = true;
    });
  }

  seed(links: number): void {
    if (!Number.isInteger(links) || links < 0 || links > MAX_SEED_LINKS) {
      throw new EngineError('validation_failed', 'Cannot seed', [
        { path: 'links', message: `must be a whole number from 0 to ${MAX_SEED_LINKS}` },
      ]);
    }
    this.run(() => {
      if (links === 0) return;
      const batch = buildSeedBatch(
        {
          // A PRNG of its own, seeded from the id PRNG, so demo data depends only on the seed and history.
          rng: new Prng(this.prng.nextUint32()),
          now: this.now(),
          customers: [...this.store.customers.values()],
          activeMethods: this.store.methods.filter((m) => m.active).map((m) => m.id),
          merchantName: this.merchantName,
          refundSettleMs: this.refundSettleMs,
          newId: (prefix) => this.newId(prefix),
          newToken: () => this.newToken(),
          url: (token) => this.urlFor(token),
          nextReference: () => formatReference(++this.store.referenceSeq),
          pspReference: () => this.ids.pspReference(),
        },
        links,
      );
      const store = this.store;
      for (const record of batch.records) store.addLink(record, true);
      // The feed is in the order things happened, so the replayed history goes in by time.
      for (const i of chronologicalOrder(batch.eventTimes)) {
        const event = batch.events[i]!;
        store.events.push(event);
      }
      for (const r of batch.refunds) store.putRefund(r);
      for (const p of batch.payments) store.putPayment(p);
      for (const i of batch.invitations) store.putInvitation(i);
      this.changed = true;
    });
  }

  snapshot(): EngineSnapshot {
    return this.run(() => this.store.toJSON(this.prng.state, this.offset));
  }

  restore(snapshot: EngineSnapshot): void {
    if (!isSnapshotV1(snapshot)) {
      throw new EngineError('validation_failed', 'Not an engine snapshot', [
        { path: '', message: 'is not a version 1 engine snapshot' },
      ]);
    }
    const offsetProblem = savedOffsetProblem(snapshot.clockOffset);
    if (offsetProblem !== undefined) {
      throw new EngineError(
        'validation_failed',
        `Not a usable engine snapshot: clockOffset ${offsetProblem}`,
        [{ path: 'clockOffset', message: offsetProblem }],
      );
    }
    this.store.load(snapshot, this.now());
    this.prng = new Prng(snapshot.prng);
    this.ids = this.idGenerator();
    if (!isAdvanceable(this.baseClock)) this.offset = snapshot.clockOffset;
    this.changed = true;
    this.run(() => undefined);
  }

  onDelta(listener: (delta: EngineDelta) => void): () => void {
    if (this.deltaListeners.size === 0) this.store.changes.start(this.store);
    this.deltaListeners.add(listener);
    return () => {
      this.deltaListeners.delete(listener);
      if (this.deltaListeners.size === 0) this.store.changes.enabled = false;
    };
  }

  snapshotParts(extra?: Record<string, unknown>): Generator<string, void> {
    return this.store.jsonParts(this.prng.state, this.offset, extra);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  // ── internals ────────────────────────────────────────────────────────────────────────────────

  private now(): number {
    return this.clock.now();
  }

  /** Applies due time-based work, runs `fn`, then tells listeners once if anything changed. */
  private run<T>(fn: () => T): T {
    this.depth++;
    try {
      this.applyDue();
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

  /**
   * Expires links and settles refunds whose time has come, oldest first, each stamped with the time
   * it was due (not the time somebody happened to look), so histories read as if it ran on time.
   */
  private applyDue(): void {
    const now = this.now();
    for (const key of expireIdempotencyKeys(this.store.idempotency, now)) {
      this.store.changes.expiredKey(key);
      this.changed = true;
    }
    const timers = this.store.timers;
    for (let top = timers.peek(); top !== undefined && top.at <= now; top = timers.peek()) {
      timers.pop();
      if (top.kind === 'expire') {
        const record = this.store.links.get(top.id);
        if (!record || record.expiresAtMs !== top.at || !EXPIRABLE_STATUSES.has(record.link.status)) continue;
        record.link.status = nextStatus(record.link.status, 'expire');
        this.store.byCreated.update(record);
        this.addEvent(record, 'expired', 'system', { expiresAt: record.link.expiresAt }, top.at);
      } else {
        const entry = this.store.refunds.get(top.id);
        if (entry?.refund.status !== 'pending') continue;
        const refund = entry.refund;
        refund.status = settleOutcome(refund);
        this.store.changes.refund(refund.id);
        const record = this.store.links.get(refund.linkId);
        if (!record) continue;
        if (refund.status === 'succeeded') {
          record.link.refundedAmount += refund.amount;
          this.addEvent(
            record,
            'refund_succeeded',
            'psp',
            { refundId: refund.id, amount: refund.amount },
            top.at,
          );
        } else {
          this.addEvent(
            record,
            'refund_failed',
            'psp',
            { refundId: refund.id, amount: refund.amount, reason: 'Rejected by the PSP' },
            top.at,
          );
        }
      }
    }
  }

  private initialise(): void {
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
  private idGenerator(): IdGenerator {
    return new Ids(this.deterministicIds ? this.prng : new SecureRandom());
  }

  private newId(prefix: IdPrefix): string {
    return this.ids.next(prefix);
  }

  /** 128 random bits: a collision is not a practical concern, so none is checked for. */
  private newToken(): string {
    return newPayToken();
  }

  private urlFor(token: string): string {
    // Same result as replaceAll, but join makes one flat string where replaceAll left a chain of
    // pieces behind every stored URL.
    return this.payUrlParts.join(encodeURIComponent(token));
  }

  private isActive(method: string): boolean {
    return this.store.methods.some((m) => m.id === method && m.active);
  }

  private addEvent(
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

  private requireLink(id: string): LinkRecord {
    const record = typeof id === 'string' ? this.store.links.get(id) : undefined;
    if (!record) throw new EngineError('not_found', `No payment link ${String(id)}`);
    return record;
  }

  /** Archived, deleted and unknown tokens all look the same from outside. */
  private requireToken(token: string): LinkRecord {
    const record = typeof token === 'string' ? this.store.byToken.get(token) : undefined;
    if (!record || record.link.archived) throw new EngineError('not_found', NOT_FOUND_TOKEN);
    return record;
  }

  private requirePayment(paymentId: string): PspPayment {
    const payment = typeof paymentId === 'string' ? this.store.payments.get(paymentId) : undefined;
    if (!payment) throw new EngineError('not_found', `No payment ${String(paymentId)}`);
    return payment;
  }

  private openRecord(record: LinkRecord): void {
    const next = nextStatus(record.link.status, 'open');
    if (next === record.link.status) return;
    record.link.status = next;
    this.store.byCreated.update(record);
    this.addEvent(record, 'opened', 'customer', {});
  }

  private view(record: LinkRecord): PayView {
    const link = record.link;
    return dropUndefined({
      token: link.token,
      status: link.status,
      amount: link.amount,
      currency: link.currency,
      title: link.title,
      message: link.message,
      merchant: { name: this.merchantName },
      language: link.language,
      methods: link.methods.filter((m) => this.isActive(m)),
      expiresAt: link.expiresAt,
      paidAt: link.paidAt,
      redirectUrl: record.redirectUrl,
      reference: link.reference,
      paidMethod: link.paidMethod,
    });
  }

  private prepare(input: unknown): PreparedLink {
    // One context reused for every call, only its changing fields refreshed: building it with two
    // closures per call was a visible share of a 100 000-row import.
    const ctx = this.prepareContext;
    ctx.now = this.now();
    ctx.methods = this.store.methods;
    return prepareCreateLink(input, ctx);
  }

  /** Creates a prepared link (and its customer, and its invitation). Cannot fail: checks ran in `prepare`. */
  private commitLink(p: PreparedLink, bulk = false): LinkRecord {
    const now = this.now();
    let customerId = p.linkCustomer.id;
    if ('inline' in p.customer && customerId === undefined) {
      customerId = this.newId('cus');
      // No customer had this e-mail when the row was prepared, and nothing ran in between.
      this.store.addUnmatchedCustomer(withId(customerId, p.customer.inline), p.customer.emailKey);
    }
    const token = this.newToken();
    const createdAt = iso(now);
    const id = this.newId('pl');
    const url = this.urlFor(token);
    const reference = p.reference ?? formatReference(++this.store.referenceSeq);
    const customer = compactCustomer(p.linkCustomer, customerId);
    const methods = this.sharedMethods(p.methods);
    // Built field by field rather than through dropUndefined: this is the import's hot path, and a
    // copy per link was a tenth of a 100 000-row import.
    const link: PaymentLink = {
      id,
      token,
      url,
      status: 'created',
      archived: false,
      amount: p.amount,
      currency: p.currency,
      title: p.title,
      reference,
      customer,
      language: p.language,
      methods,
      origin: p.origin,
      refundedAmount: 0,
      createdAt,
      updatedAt: createdAt,
    };
    if (p.message !== undefined) link.message = p.message;
    if (p.invoice !== undefined) link.invoice = p.invoice;
    if (p.expiresAtMs !== undefined) link.expiresAt = iso(p.expiresAtMs);
    const record: LinkRecord = {
      link,
      createdAtMs: now,
      expiresAtMs: p.expiresAtMs,
      redirectUrl: p.redirectUrl,
      search: undefined,
      events: [],
      refunds: NO_REFUNDS,
      pos: -1,
    };
    this.store.addLink(record, bulk);
    const actor: Actor =
      p.origin === 'dunning' ? 'system' : p.origin === 'customer' ? 'customer' : 'merchant';
    this.addEvent(record, 'created', actor, {
      origin: p.origin,
      amount: p.amount,
      currency: p.currency,
      reference: link.reference,
    });
    if (p.sendInvite) this.sendInvitation(record, p.sendInvite.channel, p.sendInvite.to);
    return record;
  }

  /**
   * One frozen array per distinct method list: a file repeats a handful of lists, and an array per
   * link was two more objects each for the garbage collector. Stored method lists are never changed
   * in place (publicLink hands out copies), which freezing enforces. Found by comparing elements,
   * which unlike a joined key allocates nothing per link.
   */
  private sharedMethods(methods: string[]): string[] {
    const lists = this.methodLists;
    for (const list of lists) if (sameItems(list, methods)) return list;
    const shared = Object.freeze(methods) as string[];
    if (lists.length < MAX_SHARED_METHOD_LISTS) lists.push(shared);
    return shared;
  }

  private sendInvitation(
    record: LinkRecord,
    channel: Invitation['channel'],
    to: string | undefined,
  ): Invitation {
    const link = record.link;
    if (link.archived || !INVITABLE_STATUSES.has(link.status)) {
      throw new EngineError(
        'invalid_transition',
        link.archived ? 'An archived link cannot be sent' : `A ${link.status} link cannot be sent`,
      );
    }
    const recipient = recipientFor(channel, link.customer, to);
    if ('missing' in recipient) {
      throw new EngineError('missing_recipient', `${recipient.missing} for ${channel}`, [
        {
          path: 'to',
          message: `is required: the customer has no usable ${channel === 'email' ? 'e-mail address' : 'mobile number'}`,
        },
      ]);
    }
    const address = recipient.to;
    const outcome = deliver(address);
    const invitation: Invitation = {
      id: this.newId('inv'),
      linkId: link.id,
      channel,
      to: address,
      status: outcome.status,
    };
    if (outcome.status === 'failed') invitation.reason = outcome.reason;
    this.store.putInvitation(invitation);
    this.changed = true;
    if (outcome.status === 'sent') {
      this.addEvent(record, 'sent', link.origin === 'dunning' ? 'system' : 'merchant', {
        channel,
        to: address,
        invitationId: invitation.id,
      });
    }
    return { ...invitation };
  }

  /**
   * Runs `fn` once per idempotency key (scoped by operation and link): a replay with the same body
   * returns the first answer again without doing anything; a different body is a conflict. Failed
   * attempts are not remembered, so a corrected retry can succeed.
   */
  private idempotent<T>(
    operation: string,
    linkId: string,
    input: unknown,
    options: CallOptions | undefined,
    fn: () => T,
  ): T {
    const key = options?.idempotencyKey;
    if (key === undefined || key === '') return fn();
    const scope = idempotencyScope(operation, key, linkId);
    const hash = requestHash(input);
    const now = this.now();
    const seen = this.store.idempotency.get(scope);
    if (seen && !isExpired(seen, now)) {
      if (seen.hash !== hash) {
        throw new EngineError(
          'idempotency_conflict',
          'This Idempotency-Key was already used with a different body',
        );
      }
      return JSON.parse(seen.answer) as T;
    }
    const answer = fn();
    // Deleted first so a key reused after expiry goes to the end, keeping the map in time order.
    this.store.idempotency.delete(scope);
    this.store.idempotency.set(scope, { hash, at: now, answer: JSON.stringify(answer) });
    this.store.changes.idempotencyKey(scope);
    this.changed = true;
    return answer;
  }
}

/**
 * Indexes of `times` in time order (stable). Packs (time offset, index) into one float so a typed
 * array's native numeric sort does the work: a comparator sort of 600 000 events took seconds.
 */
function chronologicalOrder(times: readonly number[]): Iterable<number> {
  const n = times.length;
  if (n === 0) return [];
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const t of times) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const indexBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  const scale = 2 ** indexBits;
  if ((max - min + 1) * scale > Number.MAX_SAFE_INTEGER) {
    return Array.from(times.keys()).sort((a, b) => times[a]! - times[b]! || a - b);
  }
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (times[i]! - min) * scale + i;
  packed.sort();
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = packed[i]! % scale;
  return order;
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `{ id, ...details }`, with the shapes an import makes written as literals: a spread copy keeps only
 * `id` inside the object and moves the rest to a separate properties array, one more object to copy
 * per created customer.
 */
function withId(id: string, details: Omit<Customer, 'id'>): Customer {
  const { name, email, mobile, customerNumber, language } = details;
  if (email !== undefined && customerNumber === undefined && language !== undefined) {
    return mobile === undefined ? { id, name, email, language } : { id, name, email, mobile, language };
  }
  return { id, ...details };
}

/** A copy of a link that callers may keep or change without touching the engine's state. */
function publicLink(record: LinkRecord): PaymentLink {
  const link = record.link;
  return { ...link, customer: { ...link.customer }, methods: [...link.methods] };
}

function cloneEvent(event: LinkEvent): LinkEvent {
  return { ...event, data: structuredClone(event.data) };
}

/** The lower-cased text the list's `q` looks in. */

function parse<T>(
  schema: {
    safeParse(
      input: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Parameters<typeof describeIssues>[0] } };
  },
  input: unknown,
): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new EngineError(
      'validation_failed',
      'Some fields are invalid',
      describeIssues(result.error.issues),
    );
  }
  return result.data;
}

function errorCode(error: unknown): string {
  if (error instanceof EngineError) return error.code;
  return 'internal_error';
}

/** Turns a row's refusal into `{ column, message }` pairs naming the CSV columns. */
function importErrors(
  error: unknown,
  columnForPath: (path: string) => string,
): { column: string; message: string }[] {
  if (error instanceof EngineError) {
    const details: ValidationIssue[] = error.details ?? [];
    if (details.length > 0)
      return details.map((d) => ({ column: columnForPath(d.path), message: d.message }));
    return [{ column: '', message: error.message }];
  }
  throw error;
}
