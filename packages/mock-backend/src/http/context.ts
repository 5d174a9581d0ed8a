import type { Engine } from '../engine/api.ts';

/** Options of {@link createHandlers}. */
export interface HandlerOptions {
  /**
   * Server root the routes live under, without a trailing slash, e.g. `http://127.0.0.1:4010`.
   * `''` (default) keeps the paths relative: in the browser they resolve against the page origin.
   * `'*'` matches any origin; the Node server uses it because it answers on whatever host it is reached by.
   */
  baseUrl?: string;
  /** Require `Authorization: Bearer <token>` on merchant routes and development controls. Default `true`. */
  auth?: boolean;
  /** Serve the development controls under `/__mock/` (reset, seed, clock). Default `true`; `false` answers 404. */
  controls?: boolean;
  /**
   * Where `POST /api/pay/:token/payments` sends the customer, with `{paymentId}` replaced. Default:
   * `/psp/{paymentId}` on the origin the request came to. The in-browser demo needs a page of its
   * own because msw's service worker does not intercept navigations.
   */
  pspPageUrl?: string;
  /** Receives unexpected errors (answered as 500 `internal_error`). Default: `console.error`. */
  onError?: (error: unknown, request: Request) => void;
}

/** What every route set receives: the engine and the resolved options. */
export interface RouteContext {
  readonly engine: Engine;
  /** Prefix for msw path patterns: `''`, `'*'` or an absolute root. */
  readonly base: string;
  /** Path prefix for links the mock writes into HTML (form actions), `''` at the server root. */
  readonly basePath: string;
  readonly auth: boolean;
  readonly controls: boolean;
  readonly pspPageUrl: string | undefined;
  readonly onError: (error: unknown, request: Request) => void;
}

function pathOf(baseUrl: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(baseUrl)) return '';
  return new URL(baseUrl).pathname.replace(/\/+$/, '');
}

/** Resolves {@link HandlerOptions} once, so routes do not repeat defaults. */
export function createContext(engine: Engine, options: HandlerOptions = {}): RouteContext {
  const base = (options.baseUrl ?? '').replace(/\/+$/, '');
  return {
    engine,
    base,
    basePath: pathOf(base),
    auth: options.auth ?? true,
    controls: options.controls ?? true,
    pspPageUrl: options.pspPageUrl,
    onError:
      options.onError ??
      ((error, request) => console.error(`[paylink-mock] ${request.method} ${request.url} failed:`, error)),
  };
}
