/** Which browser origins may call the mock across origins. */
export interface CorsOptions {
  /**
   * Allowed origins: exact strings (`'*'` allows any) or patterns. Default: any
   * `http://localhost:<port>`, `http://127.0.0.1:<port>` and `http://[::1]:<port>`.
   */
  origins?: (string | RegExp)[];
}

/** The default: local development servers on any port, nothing else. */
export const LOCAL_ORIGINS: readonly RegExp[] = [
  /^http:\/\/localhost(:\d{1,5})?$/,
  /^http:\/\/127\.0\.0\.1(:\d{1,5})?$/,
  /^http:\/\/\[::1\](:\d{1,5})?$/,
];

const ALLOWED_METHODS = 'GET, POST, PATCH, OPTIONS';
const ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key';
const EXPOSED_HEADERS = 'Retry-After, Content-Disposition';
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/** Decides CORS headers for one request. Kept free of `node:` imports so it can be unit-tested anywhere. */
export class CorsPolicy {
  private readonly origins: readonly (string | RegExp)[];

  constructor(options: CorsOptions = {}) {
    this.origins = options.origins ?? LOCAL_ORIGINS;
  }

  allows(origin: string): boolean {
    return this.origins.some((allowed) =>
      typeof allowed === 'string' ? allowed === '*' || allowed === origin : allowed.test(origin),
    );
  }

  /** Headers for an ordinary answer to `origin`; none when the origin is not allowed. */
  responseHeaders(origin: string | null): Record<string, string> {
    if (!origin || !this.allows(origin)) return origin ? { Vary: 'Origin' } : {};
    return {
      'Access-Control-Allow-Origin': origin,
      // The client may send cookies instead of a Bearer token; an echoed origin makes that legal.
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Expose-Headers': EXPOSED_HEADERS,
      Vary: 'Origin',
    };
  }

  /**
   * Headers for a preflight from `origin`, or `undefined` when it is refused. `privateNetwork` is
   * Chromium's Private Network Access question (asked before a public page may call localhost); an
   * allowed origin is let through.
   */
  preflightHeaders(origin: string | null, privateNetwork = false): Record<string, string> | undefined {
    if (!origin || !this.allows(origin)) return undefined;
    const headers: Record<string, string> = {
      ...this.responseHeaders(origin),
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': PREFLIGHT_MAX_AGE_SECONDS,
    };
    if (privateNetwork) {
      headers['Access-Control-Allow-Private-Network'] = 'true';
    }
    return headers;
  }
}
