import type { z } from 'zod/mini';
import type { QuerySchema } from '../schemas/query-string.ts';

/** A value a query object may hold; `undefined` and `null` are left out of the URL. */
export type QueryValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly (string | number | boolean)[];

/**
 * Turns a typed filter object into search parameters: arrays become repeated keys
 * (`status=paid&status=expired`), booleans and numbers their text, missing values nothing.
 */
export function toSearchParams(query: object = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [string, QueryValue][]) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) params.append(key, String(item));
    }
  }
  return params;
}

/**
 * The search parameters of a route's query schema (see `schemas/queries.ts`): only the parameters
 * the schema names, written as {@link toSearchParams} writes them. Not validated here: the server
 * answers a bad value with `validation_failed`, naming the parameter.
 */
export function queryFor<S extends QuerySchema & z.ZodMiniType>(
  schema: S,
  query?: z.input<S>,
): URLSearchParams {
  const known: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query ?? {}))
    if (Object.hasOwn(schema.shape, key)) known[key] = value;
  return toSearchParams(known);
}

/** Joins path segments, encoding each so an id or token can never change the route. */
export function path(...segments: string[]): string {
  return segments.map(encodeURIComponent).join('/');
}
