import {
  isCalendarDate,
  LINK_ORIGINS,
  LINK_SORTS,
  LINK_STATUSES,
  type LinkFilters,
  type LinkOrigin,
  type LinkSort,
  type LinkStatus,
  type ListLinksQuery,
  MAX_ID_LENGTH,
  MAX_PAGE_SIZE,
  type ValidationIssue,
} from '@paylink/client/schemas';
import { validationFailed } from './errors.ts';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const WHOLE_NUMBER = /^\d+$/;
/** Longest free text in a query (`q`); ids and cursors have their own, shorter limits. */
const MAX_QUERY_TEXT = 200;
/** Longest cursor the mock hands out is far shorter; anything longer is not one of its cursors. */
export const MAX_CURSOR_LENGTH = 512;
/** Most ids one export may name, as many as a bulk action takes. */
export const MAX_EXPORT_IDS = 500;

/** False for `2027-02-30`, which `Date.parse` rolls over to 2 March instead of refusing. */
function isRealDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  return isCalendarDate(year, month, day);
}

/**
 * Collects every problem in a query string at once so a client sees all bad parameters in one
 * `validation_failed`, each with its parameter name as `path`.
 */
class QueryReader {
  readonly issues: ValidationIssue[] = [];
  constructor(readonly params: URLSearchParams) {}

  text(name: string, maxLength = MAX_QUERY_TEXT): string | undefined {
    const value = this.params.get(name);
    if (value !== null && value.length > maxLength) {
      this.issues.push({ path: name, message: `must be at most ${maxLength} characters` });
      return undefined;
    }
    return value === null || value === '' ? undefined : value;
  }

  date(name: string): string | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const shaped = DATE_ONLY.test(value) || TIMESTAMP.test(value);
    if (!shaped || Number.isNaN(Date.parse(value)) || !isRealDay(value)) {
      this.issues.push({ path: name, message: 'must be a date (2026-11-01) or an ISO 8601 timestamp' });
      return undefined;
    }
    return value;
  }

  integer(name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const number = WHOLE_NUMBER.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < min || number > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`;
      this.issues.push({ path: name, message: `must be a whole number ${range}` });
      return undefined;
    }
    return number;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      this.issues.push({ path: name, message: `must be one of ${allowed.join(', ')}` });
      return undefined;
    }
    return value as T;
  }

  /** Repeatable (`status=a&status=b`); a comma-separated value is accepted as well. */
  many<T extends string>(name: string, allowed: readonly T[]): T[] | undefined {
    const values = this.params
      .getAll(name)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter((value) => value !== '');
    if (values.length === 0) return undefined;
    const bad = values.filter((value) => !(allowed as readonly string[]).includes(value));
    if (bad.length > 0) {
      this.issues.push({
        path: name,
        message: `must be one of ${allowed.join(', ')} (got ${bad.join(', ')})`,
      });
      return undefined;
    }
    return [...new Set(values)] as T[];
  }

  flag(name: string): boolean | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    if (value === 'true' || value === 'false') return value === 'true';
    this.issues.push({ path: name, message: 'must be true or false' });
    return undefined;
  }

  finish(): void {
    if (this.issues.length > 0) throw validationFailed('Invalid query parameters.', this.issues);
  }
}

// Leaves out absent keys instead of writing `key: undefined`, so the engine sees exactly what was asked.
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function readFilters(reader: QueryReader): LinkFilters {
  const filters: LinkFilters = {
    from: reader.date('from'),
    to: reader.date('to'),
    status: reader.many<LinkStatus>('status', LINK_STATUSES),
    archived: reader.flag('archived'),
    q: reader.text('q'),
    customerId: reader.text('customerId', MAX_ID_LENGTH),
    minAmount: reader.integer('minAmount', 0),
    maxAmount: reader.integer('maxAmount', 0),
    origin: reader.oneOf<LinkOrigin>('origin', LINK_ORIGINS),
    sort: reader.oneOf<LinkSort>('sort', LINK_SORTS),
  };
  if (
    filters.minAmount !== undefined &&
    filters.maxAmount !== undefined &&
    filters.minAmount > filters.maxAmount
  ) {
    reader.issues.push({ path: 'maxAmount', message: 'must not be less than minAmount' });
  }
  return compact(filters);
}

/** The list filters of `GET /api/links/export` (and of the list). Throws `validation_failed`. */
export function parseLinkFilters(params: URLSearchParams): LinkFilters {
  const reader = new QueryReader(params);
  const filters = readFilters(reader);
  reader.finish();
  return filters;
}

/** The query of `GET /api/links`: the filters plus `cursor` and `limit`. Throws `validation_failed`. */
export function parseListQuery(params: URLSearchParams): ListLinksQuery {
  const reader = new QueryReader(params);
  const query: ListLinksQuery = compact({
    ...readFilters(reader),
    cursor: reader.text('cursor', MAX_CURSOR_LENGTH),
    limit: reader.integer('limit', 1, MAX_PAGE_SIZE),
  });
  reader.finish();
  return query;
}

/**
 * `ids=a,b` (or repeated `ids`) of the export, or `undefined` when the list filters apply. At most
 * {@link MAX_EXPORT_IDS} ids of at most `MAX_ID_LENGTH` characters each.
 */
export function parseIds(params: URLSearchParams): string[] | undefined {
  const ids = params
    .getAll('ids')
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  if (ids.length > MAX_EXPORT_IDS || ids.some((id) => id.length > MAX_ID_LENGTH)) {
    throw validationFailed('Invalid query parameters.', [
      {
        path: 'ids',
        message: `must be at most ${MAX_EXPORT_IDS} ids of at most ${MAX_ID_LENGTH} characters`,
      },
    ]);
  }
  return ids.length > 0 ? ids : undefined;
}

/** A cursor parameter (`after`) of at most {@link MAX_CURSOR_LENGTH} characters, or `undefined`. */
export function parseCursor(params: URLSearchParams, name: string): string | undefined {
  const reader = new QueryReader(params);
  const cursor = reader.text(name, MAX_CURSOR_LENGTH);
  reader.finish();
  return cursor;
}

/** `?dryRun=true` of the import; anything but `true`/`false` is an error, so a typo never imports for real. */
export function parseDryRun(params: URLSearchParams): boolean {
  const reader = new QueryReader(params);
  const dryRun = reader.flag('dryRun');
  reader.finish();
  return dryRun ?? false;
}

/** The `q` of `GET /api/customers`, at most 200 characters, or `undefined`. */
export function parseSearch(params: URLSearchParams): string | undefined {
  const reader = new QueryReader(params);
  const q = reader.text('q');
  reader.finish();
  return q;
}

/** `limit` (1–500) and `after` of `GET /api/links/:id/events`, the mock's paging extension. */
export function parseEventPage(params: URLSearchParams): { limit?: number; after?: string } {
  const reader = new QueryReader(params);
  const page = compact({
    limit: reader.integer('limit', 1, 500),
    after: reader.text('after', MAX_CURSOR_LENGTH),
  });
  reader.finish();
  return page;
}
