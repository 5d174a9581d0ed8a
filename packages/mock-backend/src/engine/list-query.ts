import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_RANGE_DAYS,
  LinkFilters,
  type LinkOrigin,
  type LinkSort,
  type LinkStatus,
  ListLinksQuery,
  rangeEndMs,
  rangeStartMs,
  readQueryValues,
} from '@paylink/client/schemas';
import { EngineError } from './api.ts';
import { decodeCursor, encodeCursor } from './ids.ts';
import { type LinkIndex, originCode, statusBit } from './link-index.ts';
import { foldForSearch, searchTextOf } from './search-text.ts';
import type { LinkRecord } from './store.ts';
import { parseQuery } from './validation.ts';

const DAY_MS = 86_400_000;
const INVALID_FILTERS = 'Some filters are invalid';

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
 * Valid filters (see the `LinkFilters` schema) with the defaults filled in: the date range as
 * milliseconds (the last {@link DEFAULT_RANGE_DAYS} days when not given), the search text folded,
 * empty values as none.
 */
function normalizeFilters(filters: LinkFilters, now: number): NormalizedFilters {
  const toMs = filters.to === undefined ? now + 1 : rangeEndMs(filters.to);
  const fromMs =
    filters.from === undefined ? toMs - 1 - DEFAULT_RANGE_DAYS * DAY_MS : rangeStartMs(filters.from);
  const q = filters.q === undefined ? undefined : foldForSearch(filters.q.trim()) || undefined;
  return {
    fromMs,
    toMs,
    statuses: filters.status?.length ? new Set(filters.status) : undefined,
    archived: filters.archived ?? false,
    q,
    customerId: filters.customerId || undefined,
    minAmount: filters.minAmount,
    maxAmount: filters.maxAmount,
    origin: filters.origin,
    sort: filters.sort ?? '-createdAt',
  };
}

/**
 * A list query checked against the `ListLinksQuery` schema (values may also come as query-string
 * text: `"true"`, `"120"`, `"paid,clicked"`), with the defaults filled in and the
 * cursor read; throws `validation_failed` naming each bad parameter.
 */
export function normalizeQuery(query: ListLinksQuery, now: number): NormalizedQuery {
  const checked = parseQuery(ListLinksQuery, readQueryValues(ListLinksQuery, query), INVALID_FILTERS);
  const filters = normalizeFilters(checked, now);
  let after: NormalizedQuery['after'];
  if (checked.cursor) {
    after = readCursor(checked.cursor, filters.sort);
    if (!after) {
      throw new EngineError('validation_failed', INVALID_FILTERS, [
        { path: 'cursor', message: 'is not a cursor of this list and sort order' },
      ]);
    }
  }
  return { ...filters, limit: checked.limit ?? DEFAULT_PAGE_SIZE, after };
}

/** Filters checked against the `LinkFilters` schema, with the defaults filled in; throws `validation_failed`. */
export function checkFilters(filters: LinkFilters, now: number): NormalizedFilters {
  return normalizeFilters(
    parseQuery(LinkFilters, readQueryValues(LinkFilters, filters), INVALID_FILTERS),
    now,
  );
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
