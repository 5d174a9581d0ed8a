import type { CallOptions } from '../engine/api.ts';
import { HttpError, validationFailed } from './errors.ts';

/** Longest JSON body in characters; the Node server refuses longer ones before reading them whole. */
export const MAX_JSON_BODY_CHARS = 128 * 1024;
/** Deepest nesting of arrays and objects a JSON body may have; the contract's bodies need 3. */
export const MAX_JSON_DEPTH = 32;
/** Largest CSV import body in bytes (about 100 000 rows); the Node server refuses larger ones unread. */
export const MAX_CSV_BODY_BYTES = 16 * 1024 * 1024;
/** Longest `Idempotency-Key`, as Stripe allows. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/**
 * Reads a JSON body. An empty body reads as `undefined` so the engine reports the missing fields
 * with paths; text that is not JSON, or nested deeper than {@link MAX_JSON_DEPTH}, is a 400
 * `validation_failed` here, before the engine (100 000 levels overflowed the stack later on).
 */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > MAX_JSON_BODY_CHARS) {
    throw new HttpError(
      413,
      'payload_too_large',
      `The request body is longer than ${MAX_JSON_BODY_CHARS} characters.`,
    );
  }
  if (text.trim() === '') return undefined;
  if (nestedDeeperThan(text, MAX_JSON_DEPTH)) {
    throw validationFailed('The request body is nested too deeply.', [
      { path: '', message: `must not nest arrays and objects more than ${MAX_JSON_DEPTH} deep` },
    ]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw validationFailed('The request body is not valid JSON.', [
      { path: '', message: 'must be valid JSON' },
    ]);
  }
}

/** True when the JSON text opens more than `max` arrays or objects inside each other (strings skipped). */
export function nestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      if (++depth > max) return true;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return false;
}

/** The engine options carried by headers: today only `Idempotency-Key`. */
export function callOptions(request: Request): CallOptions {
  const key = request.headers.get('Idempotency-Key')?.trim();
  if (key && key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw validationFailed('The Idempotency-Key is too long.', [
      { path: 'Idempotency-Key', message: `must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters` },
    ]);
  }
  return key ? { idempotencyKey: key } : {};
}

/** The `charset` parameter of the request's Content-Type, if it has one. */
export function charsetOf(request: Request): string | undefined {
  const match = /;\s*charset\s*=\s*("?)([^";]*)\1/i.exec(request.headers.get('Content-Type') ?? '');
  return match?.[2];
}

/** The media type of the request without parameters, lower-cased; '' when absent. */
export function mediaType(request: Request): string {
  return (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/** True when `Authorization` carries a Bearer scheme with a non-empty token. The mock accepts any token. */
export function hasBearerToken(request: Request): boolean {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer[ \t]+(.*)$/i.exec(header);
  return match !== null && match[1]!.trim() !== '';
}
