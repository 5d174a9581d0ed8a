import type { IncomingMessage } from 'node:http';

/** A request body over its route's limit. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit} bytes.`);
    this.name = 'BodyTooLargeError';
  }
}

/** Largest request bodies, in bytes, by kind of route. */
export interface BodyLimits {
  /** Every JSON or form body. Default {@link DEFAULT_BODY_LIMITS}`.json` (128 KiB). */
  json?: number;
  /** The CSV of `POST /api/links/import`. Default {@link DEFAULT_BODY_LIMITS}`.csv` (16 MiB). */
  csv?: number;
}

/**
 * JSON bodies are small (the largest, 500 ids of a bulk action, is well under 100 KiB); a CSV import
 * of 100 000 rows is about 12 MiB.
 */
export const DEFAULT_BODY_LIMITS: Readonly<Required<BodyLimits>> = {
  json: 128 * 1024,
  csv: 16 * 1024 * 1024,
};

/** The limit for a request to `pathname`, never above `cap`. */
export function bodyLimitFor(
  pathname: string,
  limits: Required<BodyLimits>,
  cap = Number.POSITIVE_INFINITY,
): number {
  const limit = /^\/api\/links\/import\/?$/.test(pathname) ? limits.csv : limits.json;
  return Math.min(limit, cap);
}

/** Reads a request body, refusing it as soon as it passes `limit` (declared or actual). */
export async function readBody(message: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(message.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(chunk as Buffer);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}
