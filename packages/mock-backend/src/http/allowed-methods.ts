import { type HttpHandler, matchRequestUrl } from 'msw';
import { GET_OR_HEAD } from './route.ts';

/**
 * The methods the routes among `handlers` answer at `url`, for a `405` with `Allow`; empty when no
 * route has that path. Catch-all handlers (the fallbacks, method `all`) are not routes and are skipped.
 */
export function allowedMethods(handlers: readonly HttpHandler[], url: URL): string[] {
  const methods = new Set<string>();
  for (const handler of handlers) {
    const { method, path } = handler.info;
    if (typeof path !== 'string' && !(path instanceof RegExp)) continue;
    const names = method === GET_OR_HEAD ? ['GET', 'HEAD'] : typeof method === 'string' ? [method] : [];
    if (names.length === 0) continue;
    if (!safeMatch(url, path)) continue;
    for (const name of names) methods.add(name.toUpperCase());
  }
  if (methods.size > 0) methods.add('OPTIONS');
  return [...methods].sort();
}

function safeMatch(url: URL, path: string | RegExp): boolean {
  try {
    return matchRequestUrl(url, path).matches;
  } catch {
    // A malformed escape in the path (`%E0%A4%A`) matches nothing rather than failing the request.
    return false;
  }
}
