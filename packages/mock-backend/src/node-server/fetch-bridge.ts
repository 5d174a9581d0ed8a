import type { IncomingMessage, ServerResponse } from 'node:http';
import { yieldToOthers } from '../engine/yield.ts';

/** A request the server refuses before any route sees it (bad request target, forbidden method). */
export class BadRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadRequestError';
  }
}

/**
 * The path and query of a request target: origin-form (`/api/links?x=1`) as is, absolute-form
 * (`http://other/api/links`) reduced to its path. Anything else (`*`, `example.com:443`,
 * `//evil.example/x`) has no path a route could answer.
 */
export function targetPath(target: string): string {
  // `//host/path` is a network-path reference: whatever reads it next may take `host` for a host.
  if (target.startsWith('/') && !target.startsWith('//')) return target;
  if (/^https?:\/\//i.test(target)) {
    try {
      const url = new URL(target);
      return `${url.pathname}${url.search}`;
    } catch {
      // falls through to the refusal
    }
  }
  throw new BadRequestError(`The request target ${JSON.stringify(target.slice(0, 100))} is not a path.`);
}

/**
 * The Fetch `Request` msw's `getResponse` runs on. Its URL is built on the configured public origin
 * (by joining text, so a target such as `//evil.example/x` stays a path), never on the `Host` the
 * client sent, so every absolute URL a route writes points where the operator said the mock is.
 */
export function toFetchRequest(
  message: IncomingMessage,
  origin: string,
  body: { chunks: readonly Uint8Array[]; size: number } | undefined,
): Request {
  let url: URL;
  try {
    url = new URL(`${origin}${targetPath(message.url ?? '/')}`);
  } catch (error) {
    if (error instanceof BadRequestError) throw error;
    throw new BadRequestError('The request target is not a valid path.');
  }
  try {
    const headers = new Headers();
    for (let i = 0; i + 1 < message.rawHeaders.length; i += 2) {
      const name = message.rawHeaders[i]!;
      if (!name.startsWith(':')) headers.append(name, message.rawHeaders[i + 1]!);
    }
    const method = (message.method ?? 'GET').toUpperCase();
    if (!body || body.size === 0) return new Request(url, { method, headers });
    return new Request(url, {
      method,
      headers,
      body: chunkStream(body.chunks),
      duplex: 'half',
    } as RequestInit);
  } catch {
    throw new BadRequestError('The request has a header or method that cannot be read.');
  }
}

/** A stream of the chunks a body arrived in, handed out one per read. */
function chunkStream(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream({
    pull(controller) {
      if (next < chunks.length) controller.enqueue(chunks[next++]!);
      else controller.close();
    },
  });
}

/** Bodies up to this size are sent with a Content-Length; larger ones (the export) are streamed. */
const BUFFERED_BODY_BYTES = 1024 * 1024;

/**
 * Sends a Fetch `Response` through a Node `ServerResponse`, plus any extra headers (CORS). A large
 * body is streamed chunk by chunk, waiting for the socket to drain, so an export of 100 000 links
 * never sits in memory as one string; a client that goes away stops the stream.
 */
export async function sendFetchResponse(
  response: Response,
  out: ServerResponse,
  extraHeaders: Record<string, string>,
  headOnly = false,
): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  // Lower-cased so an extra header replaces a handler's instead of going out twice.
  for (const [name, value] of Object.entries(extraHeaders)) headers[name.toLowerCase()] = value;
  if (headOnly || response.body === null) {
    await response.body?.cancel();
    out.writeHead(response.status, headers);
    out.end();
    return;
  }
  const reader = response.body.getReader();
  const start: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      headers['content-length'] = String(size);
      out.writeHead(response.status, headers);
      out.end(Buffer.concat(start));
      return;
    }
    start.push(value);
    size += value.length;
    if (size > BUFFERED_BODY_BYTES) break;
  }
  delete headers['content-length'];
  out.writeHead(response.status, headers);
  let gone = false;
  out.once('close', () => {
    gone = true;
  });
  for (const chunk of start) await write(out, chunk);
  while (!gone) {
    // A local socket takes megabytes without pushing back, so the loop would never let go of the
    // thread: each chunk (a few ms of work to make) is followed by a turn for other requests.
    await yieldToOthers();
    const { done, value } = await reader.read();
    if (done) break;
    await write(out, value);
  }
  if (gone) await reader.cancel();
  else out.end();
}

function write(out: ServerResponse, chunk: Uint8Array): Promise<void> {
  if (out.destroyed) return Promise.resolve();
  if (out.write(chunk)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}
