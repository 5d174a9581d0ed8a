import type { ServerErrorCode } from './schemas/error.ts';

/**
 * Codes the client itself produces when no server answer explains the failure:
 * - `network_error`: the request never got an HTTP answer (offline, DNS, CORS, connection reset);
 * - `timeout`: one attempt took longer than the `timeout` option;
 * - `aborted`: the caller's `AbortSignal` fired;
 * - `invalid_response`: the answer was not JSON or did not match its schema;
 * - `http_error`: an error status without a readable error body and no obvious code for it.
 */
export type ClientErrorCode = 'network_error' | 'timeout' | 'aborted' | 'invalid_response' | 'http_error';

/**
 * Every code a {@link PaylinkError} can carry. Codes a newer server invents pass through as plain
 * strings, so switch on the known ones and keep a default branch.
 */
// `string & {}` keeps editor completion for the known codes while allowing any string.
export type PaylinkErrorCode = ServerErrorCode | ClientErrorCode | (string & {});

/** What {@link PaylinkError}'s constructor takes besides the code and message. */
export interface PaylinkErrorInit {
  /** HTTP status of the answer, or `0` when there was none. */
  status?: number;
  /** Extra information, e.g. `{ path, message }[]` for `validation_failed` and `invalid_response`. */
  details?: unknown;
  /** The underlying error (a fetch `TypeError`, a JSON `SyntaxError`, the abort reason, …). */
  cause?: unknown;
}

/**
 * The only error the Paylink clients ever throw or reject with. Branch on `code`, which is stable;
 * `message` is for people and may change.
 */
export class PaylinkError extends Error {
  /** Stable machine-readable reason; see {@link PaylinkErrorCode}. */
  readonly code: PaylinkErrorCode;
  /** HTTP status of the answer, or `0` when there was none (network error, timeout, abort). */
  readonly status: number;
  /** Extra information from the server (or the schema issues for `invalid_response`). */
  readonly details: unknown;

  /**
   * @param code - stable reason, see {@link PaylinkErrorCode}
   * @param message - human-readable explanation
   * @param init - status, details and cause
   */
  constructor(code: PaylinkErrorCode, message: string, init: PaylinkErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'PaylinkError';
    this.code = code;
    this.status = init.status ?? 0;
    this.details = init.details;
  }
}

/**
 * Whether `error` is a {@link PaylinkError}. Also recognises one created by another copy of this
 * package (a script-tag bundle next to an npm import), where `instanceof` would say no.
 */
export function isPaylinkError(error: unknown): error is PaylinkError {
  return (
    error instanceof PaylinkError ||
    (error instanceof Error &&
      error.name === 'PaylinkError' &&
      typeof (error as PaylinkError).code === 'string' &&
      typeof (error as PaylinkError).status === 'number')
  );
}

/**
 * `error` as a {@link PaylinkError}: itself when it is one, an `AbortError` as `aborted`, and
 * anything else (a failure with no HTTP answer to explain it) as `network_error`, keeping its message
 * and the original as `cause`. The one place where something thrown becomes a `PaylinkError`.
 */
export function asPaylinkError(error: unknown): PaylinkError {
  if (isPaylinkError(error)) return error;
  if (error instanceof Error && error.name === 'AbortError') {
    return new PaylinkError('aborted', 'The request was aborted.', { cause: error });
  }
  const message = error instanceof Error && error.message ? error.message : 'The request failed.';
  return new PaylinkError('network_error', message, { cause: error });
}
