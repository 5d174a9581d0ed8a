/**
 * The one mapping from anything thrown to a contract error code, for the HTTP answers and for the
 * per-item results of bulk actions.
 * @module
 */
import { SERVER_ERROR_STATUS, type ServerErrorCode } from '@paylink/client/schemas';
import type { EngineError } from './api.ts';

/**
 * The contract code of an engine refusal, or `undefined` for any other error. Duck-typed rather
 * than `instanceof`, so an engine loaded from `dist` still maps correctly when the handlers come
 * from `src` (or the other way round).
 */
export function engineErrorCode(error: unknown): ServerErrorCode | undefined {
  if (!(error instanceof Error) || error.name !== 'EngineError') return undefined;
  const code: unknown = (error as Partial<EngineError>).code;
  return typeof code === 'string' && Object.hasOwn(SERVER_ERROR_STATUS, code)
    ? (code as ServerErrorCode)
    : undefined;
}

/** The code a bulk action reports for an item that failed: the refusal's, else `internal_error`. */
export function errorCode(error: unknown): string {
  return engineErrorCode(error) ?? 'internal_error';
}
