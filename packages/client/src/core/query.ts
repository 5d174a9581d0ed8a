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

/** Joins path segments, encoding each so an id or token can never change the route. */
export function path(...segments: string[]): string {
  return segments.map(encodeURIComponent).join('/');
}
