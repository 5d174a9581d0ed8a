import type { RetryOptions } from './options.ts';

/** {@link RetryOptions} with every default filled in. */
export type RetryPolicy = Required<RetryOptions>;

/** The policy for `retry: false`, `undefined` or a partial object. */
export function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  return {
    limit: 2,
    delayMs: 300,
    backoffLimitMs: 10_000,
    maxRetryAfterMs: 60_000,
    ...(options === false ? { limit: 0 } : options),
  };
}

/** Statuses that say "try again later" rather than "this request is wrong". */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Milliseconds a `Retry-After` header asks for (delay-seconds or an HTTP date), if it is readable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * How long to wait before retry number `retry + 1`, or `undefined` when the server asks for a
 * longer wait than the policy allows. Exponential backoff keeps half of each step fixed and
 * randomises the other half, so many clients that failed together do not come back together.
 */
export function retryDelay(
  retry: number,
  retryAfter: string | null,
  policy: RetryPolicy,
  random: () => number = Math.random,
  now: number = Date.now(),
): number | undefined {
  const asked = parseRetryAfter(retryAfter, now);
  if (asked !== undefined) return asked > policy.maxRetryAfterMs ? undefined : asked;
  const step = Math.min(policy.backoffLimitMs, policy.delayMs * 2 ** retry);
  return step / 2 + (random() * step) / 2;
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const done = () => {
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });
}
