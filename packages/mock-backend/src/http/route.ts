import { HttpHandler, http } from 'msw';
import { EngineError } from '../engine/api.ts';
import type { RouteContext } from './context.ts';
import { errorToResponse } from './errors.ts';
import { hasBearerToken, mediaType } from './request.ts';
import { errorJson } from './responses.ts';

/** What a route resolver receives: the request and its path parameters, always single strings. */
export interface RouteArgs {
  request: Request;
  params: Record<string, string>;
  /** The query string of the request. */
  query: URLSearchParams;
}

export type RouteResolver = (args: RouteArgs) => Response | Promise<Response>;

/**
 * Which authentication a route needs. `merchant` routes need a Bearer token when auth is on;
 * `control` routes (the mock's `/__mock/*`) need it too, and their POSTs need a JSON body type, so a
 * page on another site cannot call them with a simple (preflight-free) request.
 */
export type RouteAccess = 'merchant' | 'public' | 'control';

export type RouteMethod = 'get' | 'post' | 'patch' | 'all';

function singleParams(
  params: Record<string, string | readonly string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) out[key] = typeof value === 'string' ? value : value.join('/');
  }
  return out;
}

/**
 * Defines one route on the shared wrapper every route set uses (the Paylink API now, a
 * Twikey-compatible set later): checks access, then turns any throw into a JSON error answer, so a
 * resolver only describes the success path and no request can crash the mock or leak a stack.
 */
export function route(
  ctx: RouteContext,
  method: RouteMethod,
  path: string,
  access: RouteAccess,
  resolve: RouteResolver,
): HttpHandler {
  const resolver = async ({
    request,
    params,
  }: {
    request: Request;
    params: Record<string, string | readonly string[] | undefined>;
  }) => {
    try {
      if (access !== 'public' && ctx.auth && !hasBearerToken(request)) {
        throw new EngineError(
          'unauthorized',
          access === 'merchant'
            ? 'Send "Authorization: Bearer <token>" to use the merchant API.'
            : 'Send "Authorization: Bearer <token>" to use the development controls.',
        );
      }
      if (access === 'control' && request.method === 'POST' && mediaType(request) !== 'application/json') {
        return errorJson(
          415,
          'unsupported_media_type',
          'Development controls take "Content-Type: application/json", so no other web page can call them.',
        );
      }
      const query = new URL(request.url).searchParams;
      const response = await resolve({ request, params: singleParams(params), query });
      return request.method === 'HEAD' ? withoutBody(response) : response;
    } catch (error) {
      return errorToResponse(error, (unexpected) => ctx.onError(unexpected, request));
    }
  };
  // Every GET route answers HEAD too: the same status and headers, no body (RFC 9110 §9.3.2).
  if (method === 'get') return new HttpHandler(GET_OR_HEAD, `${ctx.base}${path}`, resolver);
  return http[method](`${ctx.base}${path}`, resolver);
}

/** The methods a GET route answers. */
export const GET_OR_HEAD = /^(GET|HEAD)$/;

function withoutBody(response: Response): Response {
  // The body is never read: cancel it so a streamed one (the export) stops producing.
  void response.body?.cancel().catch(() => undefined);
  return new Response(null, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
