import type { IncomingMessage } from 'node:http';
import { MAX_CSV_BODY_BYTES, MAX_JSON_BODY_CHARS } from '../http/request.ts';

/** A request body over its route's limit. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit} bytes.`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * The largest body a request to `pathname` may have, in bytes, never above `cap`: the CSV of an
 * import may have 16 MiB (about 100 000 rows), every JSON or form body 128 KiB (the largest, 500 ids
 * of a bulk action, is well under 100 KiB). The same limits the routes apply in a browser.
 */
export function bodyLimitFor(pathname: string, cap = Number.POSITIVE_INFINITY): number {
  const limit = /^\/api\/links\/import\/?$/.test(pathname) ? MAX_CSV_BODY_BYTES : MAX_JSON_BODY_CHARS;
  return Math.min(limit, cap);
}

/**
 * Reads a request body as the chunks it arrived in, refusing it as soon as it passes `limit`
 * (declared or actual). Chunks, not one buffer: a route that streams the body (the CSV import) then
 * reads it without another copy of 16 MB in one go.
 */
export async function readBody(
  message: IncomingMessage,
  limit: number,
): Promise<{ chunks: Buffer[]; size: number }> {
  const declared = Number(message.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(chunk as Buffer);
  }
  return { chunks, size };
}
