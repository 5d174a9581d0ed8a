import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import type { Engine } from './engine/api.ts';
import { createEngine } from './engine/index.ts';
import { allowedMethods } from './http/allowed-methods.ts';
import { type CorsOptions, CorsPolicy } from './http/cors.ts';
import { methodNotAllowed } from './http/fallback-routes.ts';
import { createHandlers } from './http/handlers.ts';
import { errorJson } from './http/responses.ts';
import { BodyTooLargeError, bodyLimitFor, readBody } from './node-server/body.ts';
import {
  BadRequestError,
  sendFetchResponse,
  targetPath,
  toFetchRequest,
} from './node-server/fetch-bridge.ts';
import { type AllowedHosts, defaultAllowedHosts, hostProblem } from './node-server/host.ts';
import { type Persistence, persistEngine } from './persist.ts';

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Default 4010; `0` picks a free port (read it from the result). */
  port?: number;
  /** Default `127.0.0.1`: the mock has no real security, so it is not reachable from the network by default. */
  host?: string;
  /**
   * Where browsers reach this server, e.g. `http://localhost:4010`: its origin starts every absolute
   * URL the server writes (the PSP redirect). Default: its own {@link MockServer.url}. The `Host`
   * header of a request is never used for this.
   */
  publicUrl?: string;
  /**
   * More host names the server answers to (`Host` header), against DNS rebinding. Always answered
   * when bound to loopback: `localhost`, `*.localhost`, `127.0.0.1`, `[::1]` and the host of
   * `publicUrl`; bound to another interface, any name is. `'*'` answers any host.
   */
  allowedHosts?: string[] | '*';
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
  /**
   * A lower cap on every request body, in bytes. Without it JSON and form bodies may have 128 KiB and
   * the CSV of an import 16 MiB; a bigger body gets `413 payload_too_large` before it is read whole.
   */
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

/** Methods the Fetch API refuses to represent, answered here before any route. */
const UNREPRESENTABLE_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** A whole HTTP/1.1 answer with a JSON error body, for the socket-level refusals. */
function rawJsonAnswer(status: string, code: string, message: string): string {
  const body = JSON.stringify({ code, message });
  return `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function originOf(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TypeError(`publicUrl must be an http(s) URL, got ${url}`);
  }
  return parsed.origin;
}

/**
 * Starts the mock backend as a real HTTP server: the same msw handlers the browser uses, run through
 * msw's `getResponse` (no request interception involved), with CORS and optional persistence.
 * Every request gets a 4xx with a code for anything it gets wrong (host, method, target, body size);
 * only a bug in the mock answers 500.
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
  // Known once the port is; until then nothing is answered.
  let origin = '';
  let allowedHosts: AllowedHosts = '*';

  async function answer(message: IncomingMessage, out: ServerResponse): Promise<void> {
    const requestOrigin = message.headers.origin ?? null;
    const corsHeaders = cors?.responseHeaders(requestOrigin) ?? {};
    try {
      const refusal = hostProblem(message.headers.host, allowedHosts);
      if (refusal) {
        await sendFetchResponse(errorJson(refusal.status, refusal.code, refusal.message), out, {});
        return;
      }
      if (cors && message.method === 'OPTIONS') {
        const privateNetwork = message.headers['access-control-request-private-network'] === 'true';
        const allowed = cors.preflightHeaders(requestOrigin, privateNetwork);
        const forbidden = errorJson(
          403,
          'forbidden_origin',
          `Origin ${requestOrigin ?? '(none)'} may not call this mock.`,
        );
        await sendFetchResponse(
          allowed ? new Response(null, { status: 204 }) : forbidden,
          out,
          allowed ?? corsHeaders,
        );
        return;
      }
      const method = (message.method ?? 'GET').toUpperCase();
      const path = targetPath(message.url ?? '/');
      if (UNREPRESENTABLE_METHODS.has(method)) {
        const url = new URL(`${origin}${path}`);
        const allowed = allowedMethods(handlers, url);
        const refusal =
          allowed.length > 0
            ? methodNotAllowed(method, url.pathname, allowed)
            : errorJson(404, 'not_found', `No route for ${method} ${url.pathname}.`);
        await sendFetchResponse(refusal, out, corsHeaders);
        return;
      }
      const hasBody = method !== 'GET' && method !== 'HEAD';
      const limit = bodyLimitFor(path.split('?')[0]!, options.bodyLimit);
      const body = hasBody ? await readBody(message, limit) : undefined;
      const request = toFetchRequest(message, origin, body);
      let response =
        (await getResponse(handlers, request)) ??
        errorJson(404, 'not_found', `No route for ${request.method} ${new URL(request.url).pathname}.`);
      // Nothing is answered before every change so far is on disk: this request's own, and any other
      // it may have seen, so an answer never shows what a crash could take back.
      if (persistence) {
        const saved = await persistence.settled().then(
          () => true,
          () => false,
        );
        if (!saved) {
          await response.body?.cancel();
          response = errorJson(
            503,
            'persistence_failed',
            'The mock cannot save changes to its data file; see its log.',
          );
        }
      }
      await sendFetchResponse(response, out, corsHeaders, method === 'HEAD');
    } catch (error) {
      if (out.headersSent) {
        out.destroy();
        return;
      }
      const tooLarge = error instanceof BodyTooLargeError;
      const badRequest = error instanceof BadRequestError;
      if (!tooLarge && !badRequest) report(error);
      const response = tooLarge
        ? errorJson(413, 'payload_too_large', error.message)
        : badRequest
          ? errorJson(400, 'bad_request', error.message)
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
  // Requests Node cannot parse (an unknown method, a broken request line) never reach `answer`.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return;
    const [status, code] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? ['431 Request Header Fields Too Large', 'headers_too_large']
        : ['400 Bad Request', 'bad_request'];
    socket.end(rawJsonAnswer(status, code, 'The request could not be read.'));
  });
  // CONNECT never reaches the request handler; without a listener Node just drops the connection.
  server.on('connect', (_message, socket) => {
    socket.end(rawJsonAnswer('405 Method Not Allowed', 'method_not_allowed', 'CONNECT is not allowed.'));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    await persistence?.close();
    throw error;
  });

  // Seeded only now, so a failed start never writes demo data into the data file.
  if (options.seed && options.seed > 0 && !persistence?.restored) engine.seed(options.seed);
  const port = (server.address() as AddressInfo).port;
  const url = `http://${urlHost(host)}:${port}`;
  origin = originOf(options.publicUrl ?? url);
  allowedHosts = options.allowedHosts === '*' ? '*' : defaultAllowedHosts(host, origin, options.allowedHosts);
  let closing: Promise<void> | undefined;
  return {
    url,
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
