import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_RANGE_DAYS,
  isCalendarDate,
  LINK_ORIGINS,
  LINK_SORTS,
  LINK_STATUSES,
  type LinkFilters,
  type LinkOrigin,
  type LinkSort,
  type LinkStatus,
  type ListLinksQuery,
  MAX_PAGE_SIZE,
  type ValidationIssue,
} from '@paylink/client/schemas';
import { EngineError } from './api.ts';
import { decodeCursor, encodeCursor } from './ids.ts';
import { type LinkIndex, originCode, statusBit } from './link-index.ts';
import { foldForSearch, searchTextOf } from './search-text.ts';
import type { LinkRecord } from './store.ts';

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Filters checked and turned into what the scan needs. */
export interface NormalizedFilters {
  fromMs: number;
  /** Exclusive upper bound. */
  toMs: number;
  statuses: ReadonlySet<LinkStatus> | undefined;
  archived: boolean;
  q: string | undefined;
  customerId: string | undefined;
  minAmount: number | undefined;
  maxAmount: number | undefined;
  origin: LinkOrigin | undefined;
  sort: LinkSort;
}

/** A checked list query: filters plus paging. */
export interface NormalizedQuery extends NormalizedFilters {
  limit: number;
  after: { key: number; id: string } | undefined;
}

/**
 * Checks the list filters and fills in the defaults. Values may also come as strings (as they do in a
 * query string) — `"true"`, `"120"`, `"paid,clicked"` — so the HTTP layer can pass them through.
 * Every problem is reported at once as `validation_failed` with the parameter's name as `path`.
 */
export function normalizeFilters(
  filters: LinkFilters,
  now: number,
  issues: ValidationIssue[] = [],
): NormalizedFilters {
  const raw = filters as Record<string, unknown>;
  const fail = (path: string, message: string) => issues.push({ path, message });

  const from = parseBound(raw.from, 'from', fail);
  const to = parseBound(raw.to, 'to', fail);
  let toMs = to === undefined ? now + 1 : to.dateOnly ? to.ms + DAY_MS : to.ms + 1;
  let fromMs = from === undefined ? toMs - 1 - DEFAULT_RANGE_DAYS * DAY_MS : from.ms;
  if (from && to && fromMs >= toMs) fail('to', 'must not be before from');
  if (!Number.isFinite(fromMs)) fromMs = 0;
  if (!Number.isFinite(toMs)) toMs = now + 1;

  let statuses: Set<LinkStatus> | undefined;
  if (raw.status !== undefined && raw.status !== null && raw.status !== '') {
    const list = Array.isArray(raw.status) ? raw.status : String(raw.status).split(',');
    statuses = new Set();
    for (const s of list) {
      if (typeof s === 'string' && (LINK_STATUSES as readonly string[]).includes(s))
        statuses.add(s as LinkStatus);
      else fail('status', `must be one of ${LINK_STATUSES.join(', ')}`);
    }
    if (statuses.size === 0) statuses = undefined;
  }

  let archived = false;
  if (raw.archived === true || raw.archived === 'true') archived = true;
  else if (raw.archived !== undefined && raw.archived !== false && raw.archived !== 'false') {
    fail('archived', 'must be true or false');
  }

  let q: string | undefined;
  if (raw.q !== undefined && raw.q !== null) {
    if (typeof raw.q !== 'string') fail('q', 'must be a string');
    else q = foldForSearch(raw.q.trim()) || undefined;
  }

  let customerId: string | undefined;
  if (raw.customerId !== undefined && raw.customerId !== '') {
    if (typeof raw.customerId !== 'string') fail('customerId', 'must be a string');
    else customerId = raw.customerId;
  }

  const minAmount = parseInteger(raw.minAmount, 'minAmount', 0, Number.MAX_SAFE_INTEGER, fail);
  const maxAmount = parseInteger(raw.maxAmount, 'maxAmount', 0, Number.MAX_SAFE_INTEGER, fail);
  if (minAmount !== undefined && maxAmount !== undefined && minAmount > maxAmount) {
    fail('maxAmount', 'must not be less than minAmount');
  }

  let origin: LinkOrigin | undefined;
  if (raw.origin !== undefined && raw.origin !== '') {
    if ((LINK_ORIGINS as readonly unknown[]).includes(raw.origin)) origin = raw.origin as LinkOrigin;
    else fail('origin', `must be one of ${LINK_ORIGINS.join(', ')}`);
  }

  let sort: LinkSort = '-createdAt';
  if (raw.sort !== undefined && raw.sort !== '') {
    if ((LINK_SORTS as readonly unknown[]).includes(raw.sort)) sort = raw.sort as LinkSort;
    else fail('sort', `must be one of ${LINK_SORTS.join(', ')}`);
  }

  return { fromMs, toMs, statuses, archived, q, customerId, minAmount, maxAmount, origin, sort };
}

/** {@link normalizeFilters} plus `cursor` and `limit`; throws `validation_failed` on any problem. */
export function normalizeQuery(query: ListLinksQuery, now: number): NormalizedQuery {
  const issues: ValidationIssue[] = [];
  const filters = normalizeFilters(query, now, issues);
  const raw = query as Record<string, unknown>;
  const limit =
    parseInteger(raw.limit, 'limit', 1, MAX_PAGE_SIZE, (path, message) => issues.push({ path, message })) ??
    DEFAULT_PAGE_SIZE;
  let after: NormalizedQuery['after'];
  if (raw.cursor !== undefined && raw.cursor !== null && raw.cursor !== '') {
    after = typeof raw.cursor === 'string' ? readCursor(raw.cursor, filters.sort) : undefined;
    if (!after) issues.push({ path: 'cursor', message: 'is not a cursor of this list and sort order' });
  }
  if (issues.length > 0) throw new EngineError('validation_failed', 'Some filters are invalid', issues);
  return { ...filters, limit, after };
}

/** Same as {@link normalizeFilters} but throws on problems. */
export function checkFilters(filters: LinkFilters, now: number): NormalizedFilters {
  const issues: ValidationIssue[] = [];
  const normalized = normalizeFilters(filters, now, issues);
  if (issues.length > 0) throw new EngineError('validation_failed', 'Some filters are invalid', issues);
  return normalized;
}

/** The result of a list scan: one page of records, the next cursor and the number of matches. */
export interface ScanResult {
  records: LinkRecord[];
  nextCursor: string | null;
  total: number;
}

/**
 * One page of the list. Only the date range of the creation-time index is visited, through its
 * typed-array columns. For the `createdAt` sorts that range is already in order, so the scan stops
 * collecting after the page; for the other sorts a bounded heap keeps the best `limit + 1` rows, so
 * nothing is fully sorted. `total` counts every match.
 */
export function scanPage(index: LinkIndex, query: NormalizedQuery): ScanResult {
  const lo = index.lowerBound(query.fromMs);
  const hi = index.lowerBound(query.toMs);
  const items = index.records();
  const match = matcher(index, items, query);
  const desc = query.sort.startsWith('-');
  const key = sortColumn(index, query.sort);
  const after = query.after;
  const want = query.limit + 1;
  const idOf = (i: number) => items[i]!.link.id;
  let total = 0;
  let page: number[];

  if (query.sort === 'createdAt' || query.sort === '-createdAt') {
    page = [];
    const step = desc ? -1 : 1;
    for (let i = desc ? hi - 1 : lo; desc ? i >= lo : i < hi; i += step) {
      if (!match(i)) continue;
      total++;
      if (page.length < want && (!after || isAfter(key[i]!, idOf(i), after, desc))) page.push(i);
    }
  } else {
    const heap = new BoundedHeap<number>(want, (a, b) => compareRows(a, b, key, idOf, desc));
    for (let i = lo; i < hi; i++) {
      if (!match(i)) continue;
      total++;
      if (!after || isAfter(key[i]!, idOf(i), after, desc)) heap.offer(i);
    }
    page = heap.sorted();
  }
  const hasMore = page.length > query.limit;
  if (hasMore) page.length = query.limit;
  const last = page[page.length - 1];
  const nextCursor = hasMore && last !== undefined ? writeCursor(query.sort, key[last]!, idOf(last)) : null;
  return { records: page.map((i) => items[i]!), nextCursor, total };
}

/** Every record matching the filters, in the filters' sort order (for export). */
export function scanAll(index: LinkIndex, filters: NormalizedFilters): LinkRecord[] {
  const lo = index.lowerBound(filters.fromMs);
  const hi = index.lowerBound(filters.toMs);
  const items = index.records();
  const match = matcher(index, items, filters);
  const key = sortColumn(index, filters.sort);
  const desc = filters.sort.startsWith('-');
  const rows: number[] = [];
  for (let i = lo; i < hi; i++) if (match(i)) rows.push(i);
  rows.sort((a, b) => compareRows(a, b, key, (i) => items[i]!.link.id, desc));
  return rows.map((i) => items[i]!);
}

/** Cheap column tests first; the customer and text tests touch the record only when still needed. */
function matcher(
  index: LinkIndex,
  items: readonly LinkRecord[],
  f: NormalizedFilters,
): (i: number) => boolean {
  const { statuses, archived, q, customerId, minAmount, maxAmount, origin } = f;
  const flags = index.flags;
  const amount = index.amount;
  let statusMask = 0;
  if (statuses) for (const s of statuses) statusMask |= statusBit(s);
  const archivedBit = archived ? 0b1000 : 0;
  const wantOrigin = origin === undefined ? -1 : originCode(origin);
  const min = minAmount ?? Number.NEGATIVE_INFINITY;
  const max = maxAmount ?? Number.POSITIVE_INFINITY;
  return (i) => {
    const fl = flags[i]!;
    if ((fl & 0b1000) !== archivedBit) return false;
    if (statusMask !== 0 && (statusMask & (1 << (fl & 0b111))) === 0) return false;
    const a = amount[i]!;
    if (a < min || a > max) return false;
    if (wantOrigin !== -1 && fl >> 4 !== wantOrigin) return false;
    if (customerId !== undefined && items[i]!.link.customer.id !== customerId) return false;
    if (q !== undefined && !searchTextOf(items[i]!).includes(q)) return false;
    return true;
  };
}

/** The column a sort reads. Links without an expiry sort as "never": last ascending, first descending. */
function sortColumn(index: LinkIndex, sort: LinkSort): Float64Array {
  switch (sort) {
    case 'createdAt':
    case '-createdAt':
      return index.created;
    case 'amount':
    case '-amount':
      return index.amount;
    case 'expiresAt':
    case '-expiresAt':
      return index.expires;
  }
}

function compareRows(
  a: number,
  b: number,
  key: Float64Array,
  idOf: (i: number) => string,
  desc: boolean,
): number {
  const ka = key[a]!;
  const kb = key[b]!;
  let c = ka < kb ? -1 : ka > kb ? 1 : 0;
  if (c === 0) {
    const ia = idOf(a);
    const ib = idOf(b);
    c = ia < ib ? -1 : ia > ib ? 1 : 0;
  }
  return desc ? -c : c;
}

function isAfter(key: number, id: string, after: { key: number; id: string }, desc: boolean): boolean {
  if (key !== after.key) return desc ? key < after.key : key > after.key;
  return desc ? id < after.id : id > after.id;
}

function writeCursor(sort: LinkSort, key: number, id: string): string {
  return encodeCursor(JSON.stringify([sort, Number.isFinite(key) ? key : null, id]));
}

function readCursor(cursor: string, sort: LinkSort): { key: number; id: string } | undefined {
  const text = decodeCursor(cursor);
  if (text === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed) || parsed.length !== 3) return undefined;
    const [s, key, id] = parsed as unknown[];
    if (s !== sort || typeof id !== 'string') return undefined;
    if (key === null) return { key: Number.POSITIVE_INFINITY, id };
    return typeof key === 'number' && Number.isFinite(key) ? { key, id } : undefined;
  } catch {
    return undefined;
  }
}

function parseBound(
  value: unknown,
  path: string,
  fail: (path: string, message: string) => void,
): { ms: number; dateOnly: boolean } | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    fail(path, 'must be an ISO date such as 2026-11-01');
    return undefined;
  }
  const dateOnly = DATE_ONLY.test(value);
  const ms = dateOnly
    ? Date.parse(`${value}T00:00:00.000Z`)
    : /^\d{4}-\d{2}-\d{2}T/.test(value)
      ? Date.parse(value)
      : Number.NaN;
  if (!Number.isFinite(ms) || !namesRealDay(value)) {
    fail(path, 'must be an ISO date such as 2026-11-01 or a timestamp');
    return undefined;
  }
  return { ms, dateOnly };
}

/** False for `2027-02-30` and `2026-13-01`, which `Date.parse` rolls over instead of refusing. */
function namesRealDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  return isCalendarDate(year, month, day);
}

function parseInteger(
  value: unknown,
  path: string,
  min: number,
  max: number,
  fail: (path: string, message: string) => void,
): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^-?\d+$/.test(value.trim())
        ? Number(value)
        : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    fail(
      path,
      max === Number.MAX_SAFE_INTEGER
        ? `must be a whole number ≥ ${min}`
        : `must be a whole number from ${min} to ${max}`,
    );
    return undefined;
  }
  return n;
}

/** Keeps the `capacity` smallest items offered (by `compare`) in a max-heap. */
class BoundedHeap<T> {
  private readonly h: T[] = [];
  constructor(
    private readonly capacity: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const h = this.h;
    if (h.length < this.capacity) {
      h.push(item);
      let i = h.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (this.compare(h[i]!, h[p]!) <= 0) break;
        [h[i], h[p]] = [h[p]!, h[i]!];
        i = p;
      }
      return;
    }
    if (this.compare(item, h[0]!) >= 0) return;
    h[0] = item;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let largest = i;
      if (l < h.length && this.compare(h[l]!, h[largest]!) > 0) largest = l;
      if (r < h.length && this.compare(h[r]!, h[largest]!) > 0) largest = r;
      if (largest === i) break;
      [h[i], h[largest]] = [h[largest]!, h[i]!];
      i = largest;
    }
  }

  sorted(): T[] {
    return [...this.h].sort(this.compare);
  }
}
