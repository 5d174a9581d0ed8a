/**
 * `Idempotency-Key` support. Keys are scoped per operation (and per link for refunds and
 * invitations), so the same key used for two different things never collides.
 */

/** The store key for an idempotency key in a scope such as `refund:pl_123`. */
export function idempotencyScope(operation: string, key: string, linkId = ''): string {
  return `${operation}:${linkId}:${key}`;
}

/**
 * JSON with object keys sorted, so two bodies that differ only in key order count as the same
 * request.
 */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        return Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        );
      }
      return v;
    }) ?? 'undefined'
  );
}
