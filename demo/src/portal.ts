// The merchant portal of the demo: <paylink-list> inside <paylink-provider>, on the in-browser mock
// backend. Its data is kept in localStorage under the same key as the pay page's, so a link paid
// in the other tab shows up here (live, through the event feed).
/// <reference types="vite/client" />
import { PaylinkImport } from '@paylink/elements/import/define';
import { PaylinkList } from '@paylink/elements/list/define';
import { PaylinkProvider } from '@paylink/elements/provider/define';
import { startMockWorker } from '@paylink/mock-backend/browser';
// Emitted by vite as <link>ed files, which a strict CSP allows (inline <style> it would not).
import '@paylink/elements/paylink-theme.css';
import './portal.css';
import { DetailsPanel } from './details-panel.ts';

const STORAGE_KEY = 'paylink-demo';
const THEME_KEY = 'paylink-demo-theme';
const DEMO_LINKS = 300;
/** How often the list and the details panel poll the event feed while nothing happens. */
const FEED_POLL_MS = 5000;

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

/** Light/dark switch: a class on <html> that the theme file reads; remembered across visits. */
function setUpTheme(): void {
  const toggle = byId<HTMLButtonElement>('theme-toggle');
  const apply = (dark: boolean) => {
    document.documentElement.classList.toggle('paylink-dark', dark);
    document.documentElement.classList.toggle('paylink-light', !dark);
    toggle.setAttribute('aria-pressed', String(dark));
    localStorage.setItem(THEME_KEY, dark ? 'dark' : 'light');
  };
  const saved = localStorage.getItem(THEME_KEY);
  apply(saved ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches);
  toggle.addEventListener('click', () => apply(toggle.getAttribute('aria-pressed') !== 'true'));
}

let sayTimer: ReturnType<typeof setTimeout> | undefined;

/** Says one thing at a time in the page's status line, then clears it so it never goes stale. */
function say(message: string): void {
  const status = byId('portal-status');
  clearTimeout(sayTimer);
  status.textContent = message;
  sayTimer = setTimeout(() => {
    status.textContent = '';
  }, 8000);
}

/**
 * "Import CSV" opens <paylink-import> in a modal dialog (Escape or Close shut it, focus goes back to
 * the button); links it created show in the list at once.
 */
function setUpImport(provider: PaylinkProvider, list: PaylinkList): void {
  const open = byId<HTMLButtonElement>('import-open');
  const dialog = byId<HTMLDialogElement>('import-dialog');
  const importer = new PaylinkImport();
  importer.client = provider.effectiveClient;
  importer.headingLevel = 3;
  byId('import-body').append(importer);
  open.addEventListener('click', () => {
    dialog.showModal();
    // Into the dialog: the import's file input (or the state it shows), not the Close button.
    importer.focus();
  });
  byId<HTMLButtonElement>('import-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => open.focus());
  importer.addEventListener('paylink-imported', (event) => {
    const { created, invalid, failed } = event.detail;
    say(
      `Import: ${created} links created, ${invalid} rows rejected${failed ? `, ${failed} not imported` : ''}.`,
    );
    if (created > 0) void list.reload();
  });
}

async function main(): Promise<void> {
  setUpTheme();
  // The worker must intercept before the list's first request, so the elements come after it.
  const mock = await startMockWorker({
    storageKey: STORAGE_KEY,
    pspPageUrl: '/psp.html?payment={paymentId}',
    payUrl: `${location.origin}/pay.html?token={token}`,
    seed: DEMO_LINKS,
  });
  document.documentElement.setAttribute('data-mock', 'ready'); // this page's /api is mocked now

  const provider = new PaylinkProvider();
  provider.apiBase = '/api';
  // A real portal returns its session's access token here; the mock accepts any non-empty one.
  provider.getToken = () => 'demo-merchant-token';
  const list = new PaylinkList();
  list.pollInterval = FEED_POLL_MS;
  provider.append(list);
  byId('portal-list').append(provider);

  // Until <paylink-detail> replaces it, the panel follows the feed like the list's rows do.
  const details = new DetailsPanel({ client: () => provider.effectiveClient, pollMs: FEED_POLL_MS, say });
  list.addEventListener('paylink-select', (event) => void details.show(event.detail.id));
  list.addEventListener('paylink-create-request', () => {
    say('Creating links is done with <paylink-create-form>, which this demo does not include yet.');
  });
  list.addEventListener('paylink-archived', (event) => {
    // Show at once what became of the link on show: archived, or deleted (the panel then closes).
    if (event.detail.results.some((r) => r.id === details.linkId)) void details.refresh();
  });

  setUpImport(provider, list);

  byId<HTMLButtonElement>('reset-demo').addEventListener('click', async () => {
    await mock.reset();
    details.hide();
    await list.reload();
    say(`Demo data reset: ${DEMO_LINKS} fresh links.`);
  });
}

void main();
