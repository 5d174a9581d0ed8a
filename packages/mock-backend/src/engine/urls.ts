import { MAX_URL_LENGTH } from '@paylink/client/schemas';

/**
 * `url` as the platform's URL parser writes it: ASCII only (an international host in punycode,
 * every other character percent-encoded). Stored URLs are kept in this form because they end up in
 * HTTP headers (the PSP's `Location`), which cannot carry an emoji. Throws a TypeError for text that
 * is not a URL.
 */
export function canonicalUrl(url: string): string {
  return new URL(url).href;
}

/**
 * The canonical form of a URL the request schema already accepted, or a message when percent-encoding
 * made it longer than {@link MAX_URL_LENGTH}.
 */
export function storableUrl(url: string): { url: string } | { problem: string } {
  const canonical = canonicalUrl(url);
  return canonical.length > MAX_URL_LENGTH
    ? { problem: `must be at most ${MAX_URL_LENGTH} characters once percent-encoded` }
    : { url: canonical };
}
