// The placeholder URLs the docs use, and how the docs test points them at what it runs. Samples are
// written for a merchant's real setup; only these prefixes are rewritten, nothing else.

/** Where the docs say the built `packages/elements/dist/` folder is served from. */
export const CDN_PREFIX = 'https://cdn.example.com/@paylink/elements@0.1/dist/';
/** The Paylink API's origin in the docs (`https://pay.example.com/api`). */
export const API_ORIGIN = 'https://pay.example.com';
/**
 * The merchant's own backend route that hands the signed-in merchant a short-lived Paylink token
 * (`getToken` samples fetch it); the test's page server stands in for it.
 */
export const TOKEN_ROUTE = '/session/paylink-token';
/** What the stand-in token route answers. */
export const SESSION_TOKEN = 'docs-sample-session';

/** The bundles of `dist/` and the types a sample that imports them is checked against. */
export const BUNDLE_TYPES: Record<string, string> = {
  'paylink-elements.js': '@paylink/elements/bundles/paylink-elements',
  'paylink-elements.iife.js': '@paylink/elements/bundles/paylink-elements',
  'pay-page.js': '@paylink/elements/bundles/pay-page',
  'import.js': '@paylink/elements/bundles/import',
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Points the placeholder CDN at `cdn` (e.g. `/cdn/`) and the placeholder API at `api` (an origin). */
export function rewriteUrls(text: string, { cdn, api }: { cdn: string; api: string }): string {
  return (
    text
      .replace(new RegExp(escapeRegExp(CDN_PREFIX), 'g'), cdn)
      .replace(new RegExp(escapeRegExp(API_ORIGIN), 'g'), api)
      // The mock backend's address in the docs (`paylink-mock --port 4010`).
      .replace(/http:\/\/(?:127\.0\.0\.1|localhost):4010/g, api)
  );
}

/** For type checking: an import of a bundle from the CDN is an import of that bundle's types. */
export function bundleImportsAsPackages(text: string): string {
  return text.replace(
    new RegExp(`(['"])${escapeRegExp(CDN_PREFIX)}([\\w.-]+\\.js)\\1`, 'g'),
    (whole, quote: string, file: string) => {
      const types = BUNDLE_TYPES[file];
      return types ? `${quote}${types}${quote}` : whole;
    },
  );
}
