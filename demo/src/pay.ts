// The customer's pay page of the demo: the in-browser mock backend (shared with the portal through
// localStorage), then <paylink-pay-page>, which reads ?token= from this page's URL.
/// <reference types="vite/client" />
import { PaylinkPayPage } from '@paylink/elements/pay-page/define';
import { startMockWorker } from '@paylink/mock-backend/browser';
// Light and dark palettes following the OS; vite emits it as a <link>ed file, which a strict CSP allows.
import '../../packages/elements/src/theme/paylink-theme.css';

// Page chrome through a constructed style sheet: allowed under style-src 'self', unlike <style>.
const page = new CSSStyleSheet();
page.replaceSync(`
  html { background: var(--paylink-color-surface-alt, #f4f6f8); }
  body { margin: 0; min-block-size: 100vh; }
  paylink-pay-page { padding-block: 2rem; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];

async function main(): Promise<void> {
  performance.mark('paylink-demo:script'); // the bench reports the time spent before and after the mock
  // The mock must intercept before the element's first request, so the element is created after it.
  await startMockWorker({
    storageKey: 'paylink-demo',
    pspPageUrl: '/psp.html?payment={paymentId}',
    payUrl: `${location.origin}/pay.html?token={token}`,
  });
  performance.mark('paylink-demo:mock-ready');
  // The class (not createElement) keeps the define module in the build even where a bundler would
  // treat it as free of side effects, and fails loudly if it was not registered.
  const payPage = new PaylinkPayPage();
  payPage.apiBase = '/api';
  document.getElementById('pay')?.append(payPage);
}

void main();
