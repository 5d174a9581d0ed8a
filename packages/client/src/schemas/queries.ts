/**
 * The query strings of the API, one schema per route, in their typed form: the client builds its
 * query strings from them, the mock backend reads query strings through them (see
 * {@link queryFields}), and the OpenAPI description lists their parameters.
 * @module
 */
import { z } from 'zod/mini';
import { isCalendarDate, MAX_ID_LENGTH } from './common.ts';
import { DEFAULT_RANGE_DAYS, LinkOrigin, LinkSort, LinkStatus, MAX_PAGE_SIZE } from './link.ts';

/** Longest free text in a query (`q`); ids and cursors have their own limits. */
export const MAX_QUERY_TEXT = 200;
/** Longest cursor accepted; the server's own are far shorter, so a longer one is none of them. */
export const MAX_CURSOR_LENGTH = 512;
/** Most ids one export may name, as many as a bulk action takes. */
export const MAX_EXPORT_IDS = 500;
/** Largest page of a link's events, and the page given when no `limit` is asked for. */
export const MAX_EVENT_PAGE = 500;

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_OR_TIMESTAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const DATE_MESSAGE = 'must be a date (2026-11-01) or an ISO 8601 timestamp';

/**
 * True for a value shaped like {@link QueryDate} that names a real moment (`2027-02-30` does not:
 * `Date.parse` rolls it over). Text of another shape passes, as the pattern reports it.
 */
function isRealQueryDate(text: string): boolean {
  if (!DATE_OR_TIMESTAMP.test(text)) return true;
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  return isCalendarDate(year, month, day) && !Number.isNaN(Date.parse(text));
}

/** A date (`2026-11-01`) or an ISO 8601 timestamp with its zone (`2026-11-01T08:00:00Z`). */
export const QueryDate = z
  .string()
  .check(z.regex(DATE_OR_TIMESTAMP, DATE_MESSAGE), z.refine(isRealQueryDate, DATE_MESSAGE));

/** The first millisecond a `from` names: a date starts at midnight UTC. */
export function rangeStartMs(from: string): number {
  return DATE_ONLY.test(from) ? Date.parse(`${from}T00:00:00.000Z`) : Date.parse(from);
}

/** The first millisecond after what a `to` names: a date-only `to` includes that whole day. */
export function rangeEndMs(to: string): number {
  return DATE_ONLY.test(to) ? Date.parse(`${to}T00:00:00.000Z`) + DAY_MS : Date.parse(to) + 1;
}

/** `true` or `false`. */
const QueryFlag = z.boolean('must be true or false');
/** Free text, such as a search. */
const QueryText = z
  .string()
  .check(z.maxLength(MAX_QUERY_TEXT, `must be at most ${MAX_QUERY_TEXT} characters`));
/** A `nextCursor` or feed `cursor` from an earlier page. */
const Cursor = z
  .string()
  .check(z.maxLength(MAX_CURSOR_LENGTH, `must be at most ${MAX_CURSOR_LENGTH} characters`));
/** An amount in minor units, as the amount filters take it. */
const QueryAmount = z
  .int('must be a whole number of minor units')
  .check(z.nonnegative('must not be negative'));

/** A page size from 1 to `max`. */
function pageLimit(max: number) {
  return z.int(`must be a whole number from 1 to ${max}`).check(z.minimum(1), z.maximum(max));
}

/** The list filters, field by field; every query that filters links has them. */
const linkFilterFields = {
  from: z.optional(QueryDate),
  to: z.optional(QueryDate),
  /** Repeatable (`status=paid&status=expired`); a comma-separated value is read as well. */
  status: z.optional(z.array(LinkStatus)),
  /** `true` lists archived links only; default lists non-archived ones. */
  archived: z.optional(QueryFlag),
  /** Matches id, reference, title, invoice, customer name, e-mail and number (case-insensitive). */
  q: z.optional(QueryText),
  customerId: z.optional(
    z.string().check(z.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`)),
  ),
  minAmount: z.optional(QueryAmount),
  maxAmount: z.optional(QueryAmount),
  origin: z.optional(LinkOrigin),
  sort: z.optional(LinkSort),
};

interface Ranges {
  from?: string | undefined;
  to?: string | undefined;
  minAmount?: number | undefined;
  maxAmount?: number | undefined;
}

/** `minAmount` ≤ `maxAmount`, reported on `maxAmount`. */
const amountsInOrder = z.refine<Ranges>(
  (f: Ranges) => f.minAmount === undefined || f.maxAmount === undefined || f.minAmount <= f.maxAmount,
  { message: 'must not be less than minAmount', path: ['maxAmount'] },
);

/** `from` before the end of `to`, reported on `to`. */
const datesInOrder = z.refine<Ranges>(
  (f: Ranges) => f.from === undefined || f.to === undefined || rangeStartMs(f.from) < rangeEndMs(f.to),
  { message: 'must not be before from', path: ['to'] },
);

/**
 * Filters of `GET /api/links` (and of the export). The date range is always applied: without
 * `from`/`to` the server uses the last {@link DEFAULT_RANGE_DAYS} days. `from`/`to` are ISO dates
 * (`2026-11-01`) or timestamps; a date-only `to` includes that whole day. `from` must not come after
 * `to`, nor `minAmount` above `maxAmount`.
 */
export const LinkFilters = z.object(linkFilterFields).check(amountsInOrder, datesInOrder);
export type LinkFilters = z.infer<typeof LinkFilters>;

/** Query of `GET /api/links`: the filters plus paging (`limit` 1–500, default 50). */
export const ListLinksQuery = z
  .object({ ...linkFilterFields, cursor: z.optional(Cursor), limit: z.optional(pageLimit(MAX_PAGE_SIZE)) })
  .check(amountsInOrder, datesInOrder);
export type ListLinksQuery = z.infer<typeof ListLinksQuery>;

/**
 * Query of `GET /api/links/export`: `ids` (comma-separated or repeated, at most
 * {@link MAX_EXPORT_IDS}), or else the list filters.
 */
export const ExportQuery = z
  .object({
    ids: z.optional(
      z
        .array(z.string().check(z.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`)))
        .check(z.maxLength(MAX_EXPORT_IDS, `must be at most ${MAX_EXPORT_IDS} ids`)),
    ),
    ...linkFilterFields,
  })
  .check(amountsInOrder, datesInOrder);
export type ExportQuery = z.infer<typeof ExportQuery>;

/** Query of `GET /api/customers`: `q` searches name, e-mail and customer number. */
export const CustomerQuery = z.object({ q: z.optional(QueryText) });
export type CustomerQuery = z.infer<typeof CustomerQuery>;

/** Query of `GET /api/feed`: `after`, the `cursor` of the page before (`now`: from the present). */
export const FeedQuery = z.object({ after: z.optional(Cursor) });
export type FeedQuery = z.infer<typeof FeedQuery>;

/**
 * Query of `GET /api/links/:id/events`, the mock's paging extension: at most `limit` (1–500, default
 * 500) events after the `after` cursor of the page before.
 */
export const LinkEventsQuery = z.object({
  limit: z.optional(pageLimit(MAX_EVENT_PAGE)),
  after: z.optional(Cursor),
});
export type LinkEventsQuery = z.infer<typeof LinkEventsQuery>;

/** Query of `POST /api/links/import`: `dryRun=true` validates every row and creates nothing. */
export const ImportQuery = z.object({ dryRun: z.optional(QueryFlag) });
export type ImportQuery = z.infer<typeof ImportQuery>;
