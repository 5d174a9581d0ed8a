/** How failed requests are retried. Only GETs and writes that carry an `Idempotency-Key` are. */
export interface RetryOptions {
  /** Retries after the first attempt. Default `2`. */
  limit?: number;
  /** Wait before the first retry; it doubles for each further one (with jitter). Default `300`. */
  delayMs?: number;
  /** Upper bound of one backoff wait. Default `10000`. */
  backoffLimitMs?: number;
  /**
   * A `Retry-After` asking for a longer wait than this is not waited for: the call fails with the
   * server's error (`rate_limited`, …) so the caller can tell the user. Default `60000`.
   */
  maxRetryAfterMs?: number;
}

/** Transport options shared by `createPaylinkClient` and `createPayClient`. */
export interface TransportOptions {
  /** API root including `/api`, e.g. `https://pay.example.com/api`. Default `/api` (same origin). */
  baseUrl?: string;
  /** `fetch` to use instead of the global one (tests, instrumented fetches, older runtimes). */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds one attempt may take, body included. Default `15000`; `0` disables it. */
  timeout?: number;
  /** Retry policy, or `false` to never retry. */
  retry?: RetryOptions | false;
}

/** Options every method takes. */
export interface CallOptions {
  /** Aborting it ends the call (and any wait between retries) with `PaylinkError('aborted')`. */
  signal?: AbortSignal;
}

/** Options of the writes that are safe to retry because they carry an `Idempotency-Key`. */
export interface KeyedCallOptions extends CallOptions {
  /**
   * The `Idempotency-Key` to send. By default a fresh UUID per call, reused by that call's retries;
   * pass your own to make a retry across page reloads safe too.
   */
  idempotencyKey?: string;
}
