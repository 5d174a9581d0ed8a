/**
 * Stands in for `tldts` in the demo build. msw's in-browser cookie store (tough-cookie) imports only
 * `getDomain` from it, and tldts carries the whole public-suffix list: 258 KB of the mock's 520 KB.
 * The demo runs on localhost, where "the last two labels" is the right answer.
 */
export function getDomain(hostname: string): string | null {
  if (!hostname) return null;
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':')) return hostname; // an IP address
  const labels = hostname.split('.');
  return labels.length <= 2 ? hostname : labels.slice(-2).join('.');
}
