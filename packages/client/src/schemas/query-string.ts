/**
 * How the query schemas (see `queries.ts`) are written in a query string, so a server can read one
 * through the same schema the client writes it from, and the OpenAPI description can list it.
 * @module
 */

/** How one query parameter is written: a list repeats (or comma-separates), a flag is `true`/`false`. */
export type QueryParameterKind = 'list' | 'flag' | 'number' | 'text';

/**
 * The part of a zod schema this module reads: its kind, and what an optional wraps. Structural, so
 * it accepts any zod (mini or classic) schema without tying the type to zod's internals further.
 */
interface SchemaNode {
  _zod: { def: { type: string; innerType?: SchemaNode } };
}

/** An object schema whose fields are query parameters. */
export interface QuerySchema {
  shape: Record<string, SchemaNode>;
}

const KIND_OF_TYPE: Record<string, QueryParameterKind> = { array: 'list', boolean: 'flag', number: 'number' };

/** Every parameter of a query schema with how it is written, in the schema's order. */
export function queryParameters(schema: QuerySchema): [name: string, kind: QueryParameterKind][] {
  return Object.entries(schema.shape).map(([name, field]) => {
    let node = field;
    while (node._zod.def.type === 'optional' && node._zod.def.innerType) node = node._zod.def.innerType;
    return [name, KIND_OF_TYPE[node._zod.def.type] ?? 'text'];
  });
}

const WHOLE_NUMBER = /^\d+$/;

/**
 * Query values, as text or already typed, read into the input of `schema`: a list from an array or
 * a comma-separated text (items trimmed, each once), a flag from `true`/`false`, a number from whole
 * digits. Empty values, `null` and parameters the schema does not have are left out; anything else
 * is passed on as it is, for the schema to refuse with a message naming the parameter.
 */
export function readQueryValues(
  schema: QuerySchema,
  values: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [name, kind] of queryParameters(schema)) {
    const value = kind === 'list' ? listItems(values[name]) : values[name];
    if (value === undefined || value === null || value === '') continue;
    if (kind === 'flag') input[name] = value === 'true' ? true : value === 'false' ? false : value;
    else if (kind === 'number' && typeof value === 'string') {
      input[name] = WHOLE_NUMBER.test(value.trim()) ? Number(value) : value;
    } else input[name] = value;
  }
  return input;
}

/** {@link readQueryValues} of a query string, where a list may repeat its parameter. */
export function readQueryString(schema: QuerySchema, params: URLSearchParams): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, kind] of queryParameters(schema)) {
    values[name] = kind === 'list' ? params.getAll(name) : (params.get(name) ?? undefined);
  }
  return readQueryValues(schema, values);
}

/** The items of a list value: an array or a comma-separated text; `undefined` when there are none. */
function listItems(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && !Array.isArray(value)) return value;
  const items = (Array.isArray(value) ? value : [value])
    .flatMap((item: unknown) =>
      typeof item === 'string' ? item.split(',').map((part) => part.trim()) : [item],
    )
    .filter((item) => item !== '');
  return items.length > 0 ? [...new Set(items)] : undefined;
}
