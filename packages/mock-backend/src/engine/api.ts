import type {
  ArchiveResult,
  BulkInvitationResult,
  Customer,
  FeedPage,
  ImportResult,
  Invitation,
  LinkEvent,
  LinkEventsQuery,
  LinkFilters,
  LinkPage,
  ListLinksQuery,
  PaymentLink,
  PaymentMethod,
  PayView,
  Refund,
  RefundList,
  ServerErrorCode,
  UnarchiveResult,
  ValidationIssue,
} from '@paylink/client/schemas';

import type { EngineDelta } from './delta.ts';

/**
 * Every refusal of the engine. `code` is one of the contract's error codes; the HTTP layer maps it
 * to its status with `SERVER_ERROR_STATUS`. `details` holds `{ path, message }[]` for
 * `validation_failed`.
 */
export class EngineError extends Error {
  readonly code: ServerErrorCode;
  readonly details: ValidationIssue[] | undefined;
  constructor(code: ServerErrorCode, message: string, details?: ValidationIssue[]) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
    this.details = details;
  }
}

/** The engine's source of time. Tests and the dev controls use a {@link ManualClock}. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** Who asks: merchant calls come from the merchant API, customer calls from the pay routes. */
export interface CallOptions {
  /** The `Idempotency-Key` header, when the caller sent one. */
  idempotencyKey?: string;
}

export interface EngineOptions {
  /** Defaults to the system clock. */
  clock?: Clock;
  /** Seed of the demo data (`seed(n)`), so the same seed gives the same amounts, names and statuses. */
  seed?: number;
  /**
   * For tests only: draw ids (links, events, refunds, invitations, customers, PSP payments) from a
   * PRNG seeded with `seed`, so every run makes the same ids. Such ids are guessable and repeat after
   * a restart, so never use this for a server that people or web pages can reach. Pay tokens stay
   * random. Default `false`: ids come from the platform CSPRNG.
   */
  deterministicIds?: boolean;
  /** Pay-page URL template; `{token}` is replaced. Default `http://localhost:5173/pay.html?token={token}`. */
  payUrl?: string;
  /** Shown on the pay page. Default `Acme Supplies`. */
  merchantName?: string;
  /** Payment methods and whether each is active. Default: card, bancontact, ideal, apple_pay active; paypal not. */
  paymentMethods?: PaymentMethod[];
  /** How long the simulated PSP takes to settle a refund, in clock milliseconds. Default 2000. */
  refundSettleMs?: number;
}

/**
 * Paging of {@link Engine.listEventPage}: `after`, the `nextCursor` of the page before, and `limit`,
 * 1–500 (default 500). The `LinkEventsQuery` schema of `@paylink/client/schemas`.
 */
export type EventPageQuery = LinkEventsQuery;

/** A page of a link's events (the `LinkEventList` answer with its paging extension). */
export interface EventPage {
  items: LinkEvent[];
  nextCursor: string | null;
}

/** A started payment at the mock PSP. */
export interface PspPayment {
  id: string;
  linkId: string;
  token: string;
  method: string;
  amount: number;
  currency: string;
  title: string;
  merchantName: string;
  /** Where to send the browser after the customer approves or declines; default the link's url. */
  returnUrl: string;
  state: 'pending' | 'approved' | 'declined' | 'failed';
}

/** Everything the engine holds, as plain JSON, for `--data` persistence. */
export interface EngineSnapshot {
  version: 1;
  [key: string]: unknown;
}

/**
 * The payment-link lifecycle engine: pure TypeScript, no HTTP. Every method is synchronous, applies
 * time-based changes (expiry, refund settlement) first, and either returns a contract shape or throws
 * an {@link EngineError}. Inputs typed `unknown` are validated with the client's schemas.
 */
export interface Engine {
  readonly clock: Clock;
  readonly merchantName: string;

  // merchant routes
  listLinks(query: ListLinksQuery): LinkPage;
  /** Every link matching the filters (no paging), in the filters' sort order. For export. */
  findLinks(filters: LinkFilters): PaymentLink[];
  getLink(id: string): PaymentLink;
  createLink(input: unknown, options?: CallOptions): PaymentLink;
  setLanguage(id: string, input: unknown): PaymentLink;
  /** Every event of a link, oldest first. */
  listEvents(id: string): LinkEvent[];
  /**
   * One page of a link's events, oldest first: at most `limit` (1–500, default 500) after the
   * `after` cursor of the previous page. `nextCursor` is `null` on the last page.
   */
  listEventPage(id: string, page?: EventPageQuery): EventPage;
  listRefunds(id: string): RefundList;
  refund(id: string, input: unknown, options?: CallOptions): Refund;
  invite(id: string, input: unknown, options?: CallOptions): Invitation;
  inviteMany(input: unknown): BulkInvitationResult;
  archive(input: unknown): ArchiveResult;
  unarchive(input: unknown): UnarchiveResult;
  /** Imports a CSV file (at most `MAX_IMPORT_ROWS` data rows) in one go. */
  importCsv(csv: string, options?: { dryRun?: boolean }): ImportResult;
  /**
   * {@link importCsv} in slices of a few milliseconds that let other work run in between, each slice
   * one change of its own: what a server uses, so requests are answered during a large import.
   */
  importCsvInSlices(csv: string, options?: { dryRun?: boolean }): Promise<ImportResult>;
  /** CSV of the given ids (in that order), or of every link matching the filters. */
  exportCsv(selection: { ids: string[] } | { filters: LinkFilters }): string;
  /**
   * {@link exportCsv} in parts: the header first, then the rows of `rowsPerPart` links (default
   * 1 000) at a time, each made only when asked for, so an export is streamed, never held whole.
   * Joined, the parts are exactly {@link exportCsv}'s text. Validates the filters on the first part.
   */
  exportCsvParts(
    selection: { ids: string[] } | { filters: LinkFilters },
    rowsPerPart?: number,
  ): Generator<string, void, undefined>;
  listCustomers(q?: string): Customer[];
  getCustomer(id: string): Customer;
  listPaymentMethods(): PaymentMethod[];
  /** Events after `after` (a cursor from an earlier page; `now` = start from the present), ≤ 500 per page. */
  feed(after?: string): FeedPage;

  // public pay routes: the token is the only key; archived, deleted and unknown tokens are `not_found`
  payView(token: string): PayView;
  open(token: string): PayView;
  startPayment(token: string, input: unknown): PspPayment;

  // mock PSP
  getPayment(paymentId: string): PspPayment;
  completePayment(paymentId: string, input: unknown): { status: PaymentLink['status'] };

  // development controls
  /** Moves a ManualClock forward (or records an offset on the system clock) and applies expiry at once. */
  advanceClock(ms: number): { now: string };
  reset(): void;
  /** Adds `links` realistic demo links spread over the last 90 days (all statuses, dunning, archived). */
  seed(links: number): void;
  snapshot(): EngineSnapshot;
  restore(snapshot: EngineSnapshot): void;
  /** Called after every change, e.g. to persist. Returns an unsubscribe function. */
  onChange(listener: () => void): () => void;
  /**
   * Called after every change with what it changed, as whole records (see `EngineDelta`), for a
   * write-ahead journal. The records are the engine's own and change with the next call: serialise
   * them before returning. Changes are only tracked while such a listener is attached.
   */
  onDelta(listener: (delta: EngineDelta) => void): () => void;
  /**
   * The JSON text of {@link snapshot} (plus `extra` fields) in parts made one at a time from the
   * live state, so a large state can be written a slice at a time. Changes made between parts may or
   * may not be in it: it is consistent once the deltas since its start are redone on it. Throws if
   * the state is reset or restored midway.
   */
  snapshotParts(extra?: Record<string, unknown>): Generator<string, void>;
}
