import { SERVER_ERROR_STATUS, type ValidationIssue } from '@paylink/client/schemas';
import { EngineError } from '../engine/api.ts';
import { engineErrorCode } from '../engine/error-code.ts';
import { errorJson, ResponseContractError } from './responses.ts';

/** Shorthand for the `validation_failed` errors the HTTP layer raises itself (bad JSON, bad query). */
export function validationFailed(message: string, details: ValidationIssue[]): EngineError {
  return new EngineError('validation_failed', message, details);
}

/** Shorthand for a `not_found` raised by the HTTP layer. */
export function notFound(message = 'Not found'): EngineError {
  return new EngineError('not_found', message);
}

/**
 * A refusal of the HTTP layer with a status and code outside the contract's table, such as
 * `413 payload_too_large`. Matched by name, like `engineErrorCode`.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Rate-limited clients are told when to retry; the mock has no real window, one second is enough. */
const RETRY_AFTER_SECONDS = '1';

/**
 * Turns anything a route threw into a JSON error answer. Engine refusals keep their code and the
 * contract's status; everything else becomes a 500 `internal_error` with no stack, reported through
 * `report` so it is never silent.
 */
export function errorToResponse(error: unknown, report: (error: unknown) => void): Response {
  const code = engineErrorCode(error);
  if (code) {
    const { message, details } = error as EngineError;
    const headers: Record<string, string> =
      code === 'rate_limited' ? { 'Retry-After': RETRY_AFTER_SECONDS } : {};
    if (code === 'unauthorized') headers['WWW-Authenticate'] = 'Bearer';
    return errorJson(SERVER_ERROR_STATUS[code], code, message, details, headers);
  }
  if (error instanceof Error && error.name === 'HttpError') {
    const { status, code, message } = error as HttpError;
    return errorJson(status, code, message);
  }
  report(error);
  if (error instanceof ResponseContractError) {
    return errorJson(500, 'internal_error', error.message, error.issues);
  }
  return errorJson(500, 'internal_error', 'The mock backend failed unexpectedly; see its log.');
}
