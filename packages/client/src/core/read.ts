import type { ZodMiniType } from 'zod/mini';
import { PaylinkError } from '../errors.ts';
import { ApiErrorBody, SERVER_ERROR_STATUS, type ServerErrorCode } from '../schemas/error.ts';
import { describeIssues } from '../schemas/issues.ts';

/** Turns the text of a successful answer into the value a method returns (or throws). */
export type Reader<T> = (text: string, status: number) => T;

/** Reads a JSON answer and checks it against `schema`; unknown extra fields are dropped. */
export function json<T>(schema: ZodMiniType<T>): Reader<T> {
  return (text, status) => {
    const result = schema.safeParse(parseJson(text));
    if (result.success) return result.data;
    throw new PaylinkError('invalid_response', 'The server answered with an unexpected shape.', {
      status,
      details: describeIssues(result.error.issues),
      cause: result.error,
    });
  };
}

/** Returns the answer's text as is (the CSV export). */
export const text: Reader<string> = (body) => body;

/** The error an unsuccessful answer stands for: the server's own code when its body says so. */
export function errorFromAnswer(status: number, body: string): PaylinkError {
  const parsed = ApiErrorBody.safeParse(parseJson(body));
  if (parsed.success) {
    const { code, message, details } = parsed.data;
    return new PaylinkError(code, message, { status, details });
  }
  return new PaylinkError(codeForStatus(status), `The server answered with HTTP ${status}.`, { status });
}

// The code a bare status stands for, when exactly one server code uses it (409 and 422 are shared
// by several codes, so they stay `http_error`). Derived from the contract so the two cannot drift.
function codeForStatus(status: number): string {
  const wanted = Math.min(status, 500);
  const codes = (Object.keys(SERVER_ERROR_STATUS) as ServerErrorCode[]).filter(
    (code) => SERVER_ERROR_STATUS[code] === wanted,
  );
  return codes.length === 1 && codes[0] ? codes[0] : 'http_error';
}

// `undefined` for anything that is not JSON, which no schema accepts.
function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
