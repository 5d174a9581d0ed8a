// The customer's pay page of the demo: the in-browser mock backend (shared with the portal through
// localStorage), then <paylink-pay-page>, which reads ?token= from this page's URL.
/// <reference types="vite/client" />
import { createPayClient } from '@paylink/client/pay';
import { PaylinkPayPage } from '@paylink/elements/pay-page/define';
import { createBrowserEngine, createMockFetch } from '@paylink/mock-backend/in-page';
// Light and dark palettes following the OS; vite emits it as a <link>ed file, which a strict CSP allows.
import '@paylink/elements/paylink-theme.css';

// Page chrome through a constructed style sheet: allowed under style-src 'self', unlike <style>.
const page = new CSSStyleSheet();
page.replaceSync(`
  html { background: var(--paylink-color-surface-alt, #f4f6f8); }
  body { margin: 0; min-block-size: 100vh; }
  paylink-pay-page { padding-block: 2rem; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];

const PSP_PAGE_URL = '/psp.html?payment={paymentId}';

function main(): void {
  performance.mark('paylink-demo:script'); // the bench reports the time spent before and after the mock
  // The mock runs in this page and answers the element's client directly: waiting for msw's service
  // worker to install and take control cost a cold visit about a third of a second.
  const { engine } = createBrowserEngine({
    storageKey: 'paylink-demo',
    payUrl: `${location.origin}/pay.html?token={token}`,
  });
  performance.mark('paylink-demo:mock-ready');
  // The class (not createElement) keeps the define module in the build even where a bundler would
  // treat it as free of side effects, and fails loudly if it was not registered.
  const payPage = new PaylinkPayPage();
  payPage.client = createPayClient({ fetch: createMockFetch(engine, { pspPageUrl: PSP_PAGE_URL }) });
  document.getElementById('pay')?.append(payPage);

  // Later, the service worker over the same engine, so this page's own /api answers too (dev tools,
  // the end-to-end tests). It gets no storage key: the engine above already loads and saves.
  setTimeout(() => {
    void import('@paylink/mock-backend/browser')
      .then(({ startMockWorker }) => startMockWorker({ engine, pspPageUrl: PSP_PAGE_URL }))
      // Tests and scripts wait for this before calling the page's own /api.
      .then(() => document.documentElement.setAttribute('data-mock', 'ready'));
  }, 0);
}

main();
