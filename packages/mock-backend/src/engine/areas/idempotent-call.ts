/**
 * Runs a merchant call once per `Idempotency-Key`, as the contract promises for creating links,
 * refunds and invitations.
 * @module
 */
import type { CallOptions } from '../api.ts';
import { EngineError } from '../api.ts';
import { idempotencyScope, isExpired, requestHash } from '../idempotency.ts';
import type { EngineState } from '../state.ts';

/**
 * Runs `fn` once per idempotency key (scoped by operation and link): a replay with the same body
 * returns the first answer again without doing anything; a different body is a conflict. Failed
 * attempts are not remembered, so a corrected retry can succeed.
 */
export function idempotent<T>(
  state: EngineState,
  operation: string,
  linkId: string,
  input: unknown,
  options: CallOptions | undefined,
  fn: () => T,
): T {
  const key = options?.idempotencyKey;
  if (key === undefined || key === '') return fn();
  const store = state.store;
  const scope = idempotencyScope(operation, key, linkId);
  const hash = requestHash(input);
  const now = state.now();
  const seen = store.idempotency.get(scope);
  if (seen && !isExpired(seen, now)) {
    if (seen.hash !== hash) {
      throw new EngineError(
        'idempotency_conflict',
        'This Idempotency-Key was already used with a different body',
      );
    }
    return JSON.parse(seen.answer) as T;
  }
  const answer = fn();
  // Deleted first so a key reused after expiry goes to the end, keeping the map in time order.
  store.idempotency.delete(scope);
  store.idempotency.set(scope, { hash, at: now, answer: JSON.stringify(answer) });
  store.changes.idempotencyKey(scope);
  state.changed = true;
  return answer;
}
