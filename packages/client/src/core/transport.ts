import { asPaylinkError, PaylinkError } from '../errors.ts';
import { newIdempotencyKey } from './idempotency.ts';
import type { TransportOptions } from './options.ts';
import { errorFromAnswer, type Reader } from './read.ts';
import { isRetryableStatus, retryDelay, retryPolicy, sleep } from './retry.ts';

/** One API call as the resource modules describe it. */
export interface Call {
  /** Default `GET`. */
  method?: 'GET' | 'POST' | 'PATCH';
  /** Relative to the API root, without a leading slash, segments already encoded. */
  path: string;
  query?: URLSearchParams;
  /** A JSON body. */
  json?: unknown;
  /** A raw body (the CSV import), sent with `contentType`. */
  body?: string | Blob;
  contentType?: string;
  /** Default `application/json`. */
  accept?: string;
  /**
   * Makes a write retry-safe: an `Idempotency-Key` (`idempotencyKey`, else a fresh UUID) is sent
   * with every attempt of this call. GETs are retry-safe without one.
   */
  keyed?: boolean;
  idempotencyKey?: string | undefined;
  signal?: AbortSignal | undefined;
}

/** Sends a {@link Call} and reads its answer, or throws a {@link PaylinkError}; nothing else. */
export type Send = <T>(call: Call, read: Reader<T>) => Promise<T>;

/** Everything the transport needs; the merchant client adds auth to the pay client's options. */
export interface TransportConfig extends TransportOptions {
  getToken?: (() => string | Promise<string>) | undefined;
  credentials?: RequestCredentials | undefined;
  headers?: Record<string, string> | undefined;
}

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

/**
 * Builds the one function every method goes through, on plain `fetch`. The attempt loop is ours
 * because retrying depends on the route (only GETs and keyed writes), a 401 is retried once with a
 * fresh token whatever the route, and every failure must come out as a PaylinkError. (ky was the
 * design card's choice, but with this loop it only joined URLs, and its 9.6 KB gzip alone would
 * break the pay page's 17 KB client budget.)
 */
export function createTransport(config: TransportConfig): Send {
  const policy = retryPolicy(config.retry);
  const timeout = config.timeout ?? 15_000;
  const base = config.baseUrl ?? '/api';
  const root = base.endsWith('/') ? base : `${base}/`;
  const doFetch = config.fetch ?? ((input: string, init?: RequestInit) => globalThis.fetch(input, init));

  return async (call, read) => {
    const method = call.method ?? 'GET';
    const key = call.keyed ? (call.idempotencyKey ?? newIdempotencyKey()) : undefined;
    const retryable = method === 'GET' || key !== undefined;
    let retries = 0;
    let refreshed = false;
    for (;;) {
      let failure: PaylinkError;
      let retryAfter: string | null = null;
      try {
        const headers: Record<string, string> = {
          ...config.headers,
          accept: call.accept ?? 'application/json',
        };
        if (key !== undefined) headers['idempotency-key'] = key;
        let body: string | Blob | undefined = call.body;
        if (call.json !== undefined) {
          body = JSON.stringify(call.json);
          headers['content-type'] = 'application/json';
        } else if (call.contentType) headers['content-type'] = call.contentType;
        if (config.getToken) headers.authorization = `Bearer ${await token(config.getToken)}`;
        const query = call.query?.toString();
        const url = `${root}${call.path}${query ? `?${query}` : ''}`;
        const init: RequestInit = { method, headers };
        if (body !== undefined) init.body = body;
        if (config.credentials) init.credentials = config.credentials;
        const answer = await attempt(doFetch, timeout, call.signal, url, init);
        if (answer.status >= 200 && answer.status < 300) return read(answer.body, answer.status);
        // The server refused before doing anything, so even a non-keyed write may be resent.
        if (answer.status === 401 && config.getToken && !refreshed) {
          refreshed = true;
          continue;
        }
        failure = errorFromAnswer(answer.status, answer.body);
        retryAfter = answer.headers.get('retry-after');
      } catch (error) {
        failure = asPaylinkError(error);
      }
      const retryWorthy = failure.code === 'network_error' || isRetryableStatus(failure.status);
      const wait =
        retryable && retryWorthy && retries < policy.limit && retryDelay(retries, retryAfter, policy);
      if (wait === false || wait === undefined) throw failure;
      retries++;
      try {
        await sleep(wait, call.signal);
      } catch (cause) {
        throw new PaylinkError('aborted', 'The request was aborted.', { cause });
      }
    }
  };
}

/**
 * One request and its body under one timer. Racing against our own controller keeps abort and
 * timeout honest even with a custom `fetch` that ignores its signal.
 */
async function attempt(
  doFetch: (input: string, init?: RequestInit) => Promise<Response>,
  timeout: number,
  signal: AbortSignal | undefined,
  url: string,
  init: RequestInit,
): Promise<Answer> {
  if (signal?.aborted)
    throw new PaylinkError('aborted', 'The request was aborted.', { cause: signal.reason });
  const controller = new AbortController();
  let timedOut = false;
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  const timer =
    timeout > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout)
      : undefined;
  const stopped = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  try {
    return await Promise.race([
      stopped,
      (async () => {
        const response = await doFetch(url, { ...init, signal: controller.signal });
        return { status: response.status, headers: response.headers, body: await response.text() };
      })(),
    ]);
  } catch (cause) {
    if (signal?.aborted) throw new PaylinkError('aborted', 'The request was aborted.', { cause });
    if (timedOut) throw new PaylinkError('timeout', `No answer within ${timeout} ms.`, { cause });
    throw new PaylinkError('network_error', 'The server could not be reached.', { cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

async function token(getToken: () => string | Promise<string>): Promise<string> {
  try {
    return await getToken();
  } catch (cause) {
    throw new PaylinkError('unauthorized', 'getToken() failed.', { cause });
  }
}
