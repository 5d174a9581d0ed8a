import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import type { Engine } from './engine/api.ts';
import { createEngine } from './engine/index.ts';
import { type CorsOptions, CorsPolicy } from './http/cors.ts';
import { createHandlers } from './http/handlers.ts';
import { errorJson } from './http/responses.ts';
import { type Persistence, persistEngine } from './persist.ts';

/** A request body over the server's limit. */
class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit} bytes.`);
    this.name = 'BodyTooLargeError';
  }
}

async function readBody(message: IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer>> {
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

/**
 * Turns a Node request into a Fetch `Request` for msw's `getResponse`. The body is buffered (with a
 * limit) because handlers read it as text, JSON or form data. The URL keeps the Host the client used,
 * so links the mock hands out (the PSP redirect) point back to where the client reached it.
 */
async function toFetchRequest(
  message: IncomingMessage,
  fallbackHost: string,
  limit: number,
): Promise<Request> {
  const headers = new Headers();
  for (let i = 0; i + 1 < message.rawHeaders.length; i += 2) {
    const name = message.rawHeaders[i]!;
    if (!name.startsWith(':')) headers.append(name, message.rawHeaders[i + 1]!);
  }
  const method = (message.method ?? 'GET').toUpperCase();
  const url = new URL(message.url ?? '/', `http://${message.headers.host ?? fallbackHost}`);
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const body = hasBody ? await readBody(message, limit) : undefined;
  return new Request(url, { method, headers, body: body && body.length > 0 ? body : null });
}

/** Sends a Fetch `Response` through a Node `ServerResponse`, plus any extra headers (CORS). */
async function sendFetchResponse(
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
  const body = headOnly || response.body === null ? undefined : Buffer.from(await response.arrayBuffer());
  if (body) headers['content-length'] = String(body.length);
  out.writeHead(response.status, headers);
  out.end(body);
}

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Default 4010; `0` picks a free port (read it from the result). */
  port?: number;
  /** Default `127.0.0.1`: the mock has no real security, so it is not reachable from the network by default. */
  host?: string;
  /** The engine to serve. Default: a new one with `payUrl`. */
  engine?: Engine;
  /** Browser origins allowed to call across origins, or `false` for no CORS headers at all. Default: localhost on any port. */
  cors?: CorsOptions | false;
  /** Pay-page URL template for new links (`{token}` is replaced). Ignored when `engine` is given. */
  payUrl?: string;
  /** Where the PSP redirect sends customers (`{paymentId}` is replaced). Default: this server's `/psp/:id`. */
  pspPageUrl?: string;
  /** Serve the development controls under `/__mock/`. Default `true`; `false` answers 404 there. */
  controls?: boolean;
  /** Number of demo links to create at start. Skipped when `dataFile` already held data. */
  seed?: number;
  /** JSON file to restore from at start and to save to after changes. */
  dataFile?: string;
  /** Largest accepted request body in bytes; bigger ones get 413. Default 20 MB. */
  bodyLimit?: number;
  /** Receives unexpected errors (answered as 500). Default: `console.error`. */
  onError?: (error: unknown) => void;
}

/** A running mock server. */
export interface MockServer {
  /** e.g. `http://127.0.0.1:4010`, without a trailing slash. */
  readonly url: string;
  readonly port: number;
  readonly engine: Engine;
  /** Stops accepting requests, drops idle connections and writes the data file one last time. */
  close(): Promise<void>;
}

const DEFAULT_BODY_LIMIT = 20 * 1024 * 1024;

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Starts the mock backend as a real HTTP server: the same msw handlers the browser uses, run through
 * msw's `getResponse` (no request interception involved), with CORS and optional persistence.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const engine = options.engine ?? createEngine(options.payUrl ? { payUrl: options.payUrl } : {});
  const report = options.onError ?? ((error: unknown) => console.error('[paylink-mock]', error));
  const persistence: Persistence | undefined = options.dataFile
    ? persistEngine(engine, options.dataFile, { onError: report })
    : undefined;

  const handlers = createHandlers(engine, {
    baseUrl: '*',
    ...(options.controls === false ? { controls: false } : {}),
    ...(options.pspPageUrl ? { pspPageUrl: options.pspPageUrl } : {}),
    onError: (error, request) =>
      report(new Error(`${request.method} ${request.url} failed`, { cause: error })),
  });
  const cors = options.cors === false ? undefined : new CorsPolicy(options.cors);
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  let fallbackHost = `${urlHost(host)}:${options.port ?? 4010}`;

  async function answer(message: IncomingMessage, out: ServerResponse): Promise<void> {
    const origin = message.headers.origin ?? null;
    const corsHeaders = cors?.responseHeaders(origin) ?? {};
    try {
      if (cors && message.method === 'OPTIONS') {
        const privateNetwork = message.headers['access-control-request-private-network'] === 'true';
        const allowed = cors.preflightHeaders(origin, privateNetwork);
        const refusal = errorJson(
          403,
          'forbidden_origin',
          `Origin ${origin ?? '(none)'} may not call this mock.`,
        );
        await sendFetchResponse(
          allowed ? new Response(null, { status: 204 }) : refusal,
          out,
          allowed ?? corsHeaders,
        );
        return;
      }
      const request = await toFetchRequest(message, fallbackHost, bodyLimit);
      const response =
        (await getResponse(handlers, request)) ??
        errorJson(404, 'not_found', `No route for ${request.method} ${new URL(request.url).pathname}.`);
      await sendFetchResponse(response, out, corsHeaders, request.method === 'HEAD');
    } catch (error) {
      if (out.headersSent) {
        out.destroy();
        return;
      }
      const tooLarge = error instanceof BodyTooLargeError;
      if (!tooLarge) report(error);
      const response = tooLarge
        ? errorJson(413, 'payload_too_large', error.message)
        : errorJson(500, 'internal_error', 'The mock backend failed unexpectedly; see its log.');
      // The rest of an oversized body is not read, so the connection cannot be reused.
      await sendFetchResponse(
        response,
        out,
        tooLarge ? { ...corsHeaders, Connection: 'close' } : corsHeaders,
      );
    }
  }

  const server = createServer((message, out) => {
    // Last resort: even a failure while sending an error must not become an unhandled rejection.
    answer(message, out).catch((error: unknown) => {
      report(error);
      out.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch((error: unknown) => {
    persistence?.close();
    throw error;
  });

  // Seeded only now, so a failed start never writes demo data into the data file.
  if (options.seed && options.seed > 0 && !persistence?.restored) engine.seed(options.seed);
  const port = (server.address() as AddressInfo).port;
  fallbackHost = `${urlHost(host)}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${fallbackHost}`,
    port,
    engine,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).finally(() => persistence?.close());
      return closing;
    },
  };
}
