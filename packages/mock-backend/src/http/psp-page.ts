import type { PspPayment } from '../engine/api.ts';
import { escapeHtml, isHttpUrl } from './html.ts';
import { formatMoney } from './money.ts';

// Kept in the head and allowed by its hash, so the page needs neither inline style attributes
// nor 'unsafe-inline' under its strict CSP.
const STYLE = [
  'body{margin:0;background:#f4f5f7;color:#1b1f24;font:16px/1.5 system-ui,sans-serif}',
  'main{max-width:28rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:.5rem;box-shadow:0 1px 3px #0003}',
  '.note{margin:0;font-size:.875rem;color:#4a5361}',
  'dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}',
  'dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}',
  '.actions{display:flex;gap:.75rem;margin-top:1.5rem}',
  'button{font:inherit;padding:.6rem 1.2rem;border-radius:.375rem;border:2px solid;cursor:pointer}',
  'button[value=approve]{background:#0b6b3a;border-color:#0b6b3a;color:#fff}',
  'button[value=decline]{background:#fff;border-color:#a11212;color:#a11212}',
  'button:focus-visible,a:focus-visible{outline:3px solid #1a56db;outline-offset:2px}',
].join('');

let styleHash: Promise<string | undefined> | undefined;

// crypto.subtle exists in Node ≥ 19 and in secure browser contexts; where it does not, the page
// goes without styles rather than loosening its CSP.
function hashStyle(): Promise<string | undefined> {
  styleHash ??= (async () => {
    try {
      const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(STYLE));
      let binary = '';
      for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
      return `'sha256-${btoa(binary)}'`;
    } catch {
      return undefined;
    }
  })();
  return styleHash;
}

/** A page to send: its HTML and the Content-Security-Policy that goes with it. */
export interface HtmlPage {
  html: string;
  csp: string;
}

async function page(title: string, body: string, formTargets: string[]): Promise<HtmlPage> {
  const hash = await hashStyle();
  // Chromium checks form-action against redirect targets too, so the return URL's origin is listed.
  const formAction = ["'self'", ...new Set(formTargets.filter(isHttpUrl).map((url) => new URL(url).origin))];
  const csp = [
    "default-src 'none'",
    `style-src ${hash ?? "'none'"}`,
    `form-action ${formAction.join(' ')}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
${hash ? `<style>${STYLE}</style>` : ''}
</head>
<body>
<main>
<p class="note">Mock payment provider — a test page, no money moves.</p>
${body}
</main>
</body>
</html>
`;
  return { html, csp };
}

const OUTCOME_HEADINGS: Record<Exclude<PspPayment['state'], 'pending'>, string> = {
  approved: 'Payment approved',
  declined: 'Payment declined',
  failed: 'Payment failed',
};

/**
 * The mock PSP's page for one payment: what is paid to whom and how, and two plain forms that
 * approve or decline it. No script at all, every value escaped.
 */
export function renderPspPage(
  payment: PspPayment,
  methodName: string,
  actionPath: string,
): Promise<HtmlPage> {
  const amount = formatMoney(payment.amount, payment.currency);
  const details = `<dl>
<dt>Amount</dt><dd>${escapeHtml(amount)}</dd>
<dt>Merchant</dt><dd>${escapeHtml(payment.merchantName)}</dd>
<dt>For</dt><dd>${escapeHtml(payment.title)}</dd>
<dt>Payment method</dt><dd>${escapeHtml(methodName)}</dd>
</dl>`;
  if (payment.state !== 'pending') {
    const back = isHttpUrl(payment.returnUrl)
      ? `<p><a href="${escapeHtml(payment.returnUrl)}">Back to ${escapeHtml(payment.merchantName)}</a></p>`
      : '';
    const heading = OUTCOME_HEADINGS[payment.state];
    return page(heading, `<h1>${escapeHtml(heading)}</h1>\n${details}\n${back}`, []);
  }
  const action = escapeHtml(actionPath);
  const body = `<h1>Pay ${escapeHtml(amount)} to ${escapeHtml(payment.merchantName)}</h1>
${details}
<div class="actions">
<form method="post" action="${action}"><button type="submit" name="outcome" value="approve">Approve</button></form>
<form method="post" action="${action}"><button type="submit" name="outcome" value="decline">Decline</button></form>
</div>`;
  return page(`Pay ${amount} to ${payment.merchantName}`, body, [payment.returnUrl]);
}

/** A plain error page for browser navigations to the PSP, e.g. an unknown payment id. */
export function renderPspError(heading: string, message: string): Promise<HtmlPage> {
  return page(heading, `<h1>${escapeHtml(heading)}</h1>\n<p>${escapeHtml(message)}</p>`, []);
}

/** Wraps a page in a Response with its CSP and the headers that keep it from being framed or cached. */
export function htmlResponse({ html, csp }: HtmlPage, status = 200): Response {
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    },
  });
}
