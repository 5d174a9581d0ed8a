/**
 * `Idempotency-Key` support. Keys are scoped per operation (and per link for refunds and
 * invitations), so the same key used for two different things never collides. A key is kept for
 * {@link IDEMPOTENCY_TTL_MS} (24 hours, as Stripe does) with a hash of its request and its answer as
 * JSON text, never the request itself.
 */
import { sha256Hex } from './sha256.ts';

/** How long an `Idempotency-Key` is remembered, in clock milliseconds: 24 hours. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** The first answer given for an `Idempotency-Key`, and which request it answered. */
export interface IdempotencyRecord {
  /** SHA-256 (hex) of the request's canonical JSON: enough to tell a replay from a different body. */
  hash: string;
  /** When the key was first used (clock milliseconds); it expires {@link IDEMPOTENCY_TTL_MS} later. */
  at: number;
  /** The answer as JSON text: one string per key weighs far less than a copy of the object. */
  answer: string;
}

/** The hash a key's record keeps of its request. */
export function requestHash(input: unknown): string {
  return sha256Hex(canonicalJson(input));
}

/**
 * A saved record as this version keeps it. Snapshots written before hashing kept the whole body
 * (`{ body, answer }`); those are hashed now and count as used at `now`, so they still expire.
 */
export function readIdempotencyRecord(value: unknown, now: number): IdempotencyRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.hash === 'string' && typeof record.at === 'number' && typeof record.answer === 'string') {
    return { hash: record.hash, at: record.at, answer: record.answer };
  }
  if (typeof record.body === 'string' && record.answer !== undefined) {
    return { hash: sha256Hex(record.body), at: now, answer: JSON.stringify(record.answer) };
  }
  return undefined;
}

/** True when a record made at `at` is past its 24 hours at `now`. */
export function isExpired(record: IdempotencyRecord, now: number): boolean {
  return now >= record.at + IDEMPOTENCY_TTL_MS;
}

/**
 * Forgets keys past their 24 hours. Keys go into the map in the order they were used, so the oldest
 * are first and the sweep stops at the first live one: it costs nothing when nothing is due.
 */
export function expireIdempotencyKeys(records: Map<string, IdempotencyRecord>, now: number): string[] {
  const expired: string[] = [];
  for (const [key, record] of records) {
    if (!isExpired(record, now)) break;
    records.delete(key);
    expired.push(key);
  }
  return expired;
}

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
