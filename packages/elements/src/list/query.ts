import {
  DEFAULT_RANGE_DAYS,
  type LinkFilters,
  type LinkOrigin,
  type LinkSort,
  type LinkStatus,
} from '@paylink/client';

/** The status presets above the table: one status, every status, or the archived links. */
export type ListPreset = 'all' | LinkStatus | 'archived';

/** Everything the user can set that changes which links the list asks for. */
export interface ListQuery {
  /** Local calendar dates, `YYYY-MM-DD`; the range is always applied. */
  from: string;
  to: string;
  archived: boolean;
  statuses: LinkStatus[];
  q: string;
  customerId: string;
  /** Minor units, or `undefined` for no bound. */
  minAmount: number | undefined;
  maxAmount: number | undefined;
  origin: LinkOrigin | '';
  sort: LinkSort;
}

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a date in the viewer's time zone (what a date input shows). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local date `days` before `from` (a `YYYY-MM-DD`, default today). */
export function daysBefore(days: number, from: string = isoDate(new Date())): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  return isoDate(new Date(y, m - 1, d - days));
}

/** The later of two `YYYY-MM-DD` dates. */
export function laterDate(a: string, b: string): string {
  return a.localeCompare(b) >= 0 ? a : b;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/** The query a list starts with: the last {@link DEFAULT_RANGE_DAYS} days, newest first. */
export function defaultQuery(today: string = isoDate(new Date())): ListQuery {
  return {
    from: daysBefore(DEFAULT_RANGE_DAYS, today),
    to: today,
    archived: false,
    statuses: [],
    q: '',
    customerId: '',
    minAmount: undefined,
    maxAmount: undefined,
    origin: '',
    sort: '-createdAt',
  };
}

/** The preset a query corresponds to, or `undefined` when the advanced filters mix statuses. */
export function presetOf(query: ListQuery): ListPreset | undefined {
  if (query.archived) return query.statuses.length === 0 ? 'archived' : undefined;
  if (query.statuses.length === 0) return 'all';
  return query.statuses.length === 1 ? query.statuses[0] : undefined;
}

/** `query` switched to `preset` (the other filters stay). */
export function withPreset(query: ListQuery, preset: ListPreset): ListQuery {
  if (preset === 'all') return { ...query, archived: false, statuses: [] };
  if (preset === 'archived') return { ...query, archived: true, statuses: [] };
  return { ...query, archived: false, statuses: [preset] };
}

/** How many advanced filters (status, customer, amounts, origin) are set. */
export function advancedFilterCount(query: ListQuery): number {
  return (
    (query.statuses.length > 1 ? 1 : 0) +
    (query.customerId ? 1 : 0) +
    (query.minAmount === undefined ? 0 : 1) +
    (query.maxAmount === undefined ? 0 : 1) +
    (query.origin ? 1 : 0)
  );
}

/** `query` without search and advanced filters (date range, view and sort stay). */
export function withoutFilters(query: ListQuery): ListQuery {
  return {
    ...query,
    statuses: [],
    q: '',
    customerId: '',
    minAmount: undefined,
    maxAmount: undefined,
    origin: '',
  };
}

/** The API filters for `query`. */
export function toLinkFilters(query: ListQuery): LinkFilters {
  const filters: LinkFilters = { from: query.from, to: query.to, sort: query.sort };
  if (query.archived) filters.archived = true;
  if (query.statuses.length > 0) filters.status = [...query.statuses];
  const q = query.q.trim();
  if (q) filters.q = q;
  if (query.customerId) filters.customerId = query.customerId;
  if (query.minAmount !== undefined) filters.minAmount = query.minAmount;
  if (query.maxAmount !== undefined) filters.maxAmount = query.maxAmount;
  if (query.origin) filters.origin = query.origin;
  return filters;
}

/** A stable key of the filters, to tell whether a fetch is still wanted. */
export function queryKey(query: ListQuery): string {
  return JSON.stringify(toLinkFilters(query));
}
