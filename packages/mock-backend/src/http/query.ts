/**
 * Query strings of the HTTP routes, read through the client's query schemas
 * (`@paylink/client/schemas`, `queries.ts`): one schema per route, the same the client writes from.
 * @module
 */
import {
  CustomerQuery,
  ExportQuery,
  FeedQuery,
  ImportQuery,
  LinkEventsQuery,
  LinkFilters,
  ListLinksQuery,
  type QuerySchema,
  readQueryString,
} from '@paylink/client/schemas';
import { type InputSchema, parseQuery } from '../engine/validation.ts';

/** A route's query schema: its parameters, and the check of their values. */
type RouteQuery<T> = QuerySchema & InputSchema<T>;

/** The query string read through `schema`; every bad parameter at once as `validation_failed`. */
function read<T>(schema: RouteQuery<T>, params: URLSearchParams): T {
  return parseQuery(schema, readQueryString(schema, params));
}

/** The query of `GET /api/links`: the filters plus `cursor` and `limit`. Throws `validation_failed`. */
export function parseListQuery(params: URLSearchParams): ListLinksQuery {
  return read(ListLinksQuery, params);
}

/** The list filters alone, as the export reads them. Throws `validation_failed`. */
export function parseLinkFilters(params: URLSearchParams): LinkFilters {
  return read(LinkFilters, params);
}

/**
 * The selection of `GET /api/links/export`: the `ids` when given (in that order), else the list
 * filters. Throws `validation_failed`.
 */
export function parseExportSelection(params: URLSearchParams): { ids: string[] } | { filters: LinkFilters } {
  const { ids, ...filters } = read(ExportQuery, params);
  return ids ? { ids } : { filters };
}

/** `?dryRun=true` of the import; anything but `true`/`false` is an error, so a typo never imports for real. */
export function parseDryRun(params: URLSearchParams): boolean {
  return read(ImportQuery, params).dryRun ?? false;
}

/** The `q` of `GET /api/customers`, or `undefined`. */
export function parseSearch(params: URLSearchParams): string | undefined {
  return read(CustomerQuery, params).q;
}

/** The `after` cursor of `GET /api/feed`, or `undefined`. */
export function parseFeedAfter(params: URLSearchParams): string | undefined {
  return read(FeedQuery, params).after;
}

/** `limit` (1–500) and `after` of `GET /api/links/:id/events`, the mock's paging extension. */
export function parseEventPage(params: URLSearchParams): LinkEventsQuery {
  return read(LinkEventsQuery, params);
}
