import type { CallOptions } from '../engine/api.ts';
import { validationFailed } from './errors.ts';

/**
 * Reads a JSON body. An empty body reads as `undefined` so the engine reports the missing fields
 * with paths; text that is not JSON is a 400 `validation_failed` here, before the engine.
 */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw validationFailed('The request body is not valid JSON.', [
      { path: '', message: 'must be valid JSON' },
    ]);
  }
}

/** The engine options carried by headers: today only `Idempotency-Key`. */
export function callOptions(request: Request): CallOptions {
  const key = request.headers.get('Idempotency-Key')?.trim();
  return key ? { idempotencyKey: key } : {};
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
