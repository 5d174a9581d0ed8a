// The merchant portal of the demo: <paylink-list> inside <paylink-provider>, and <paylink-detail> for
// the selected link, on the in-browser mock backend. Its data is kept in localStorage under the same
// key as the pay page's, so a link paid in the other tab shows up here (live, through the event feed).
/// <reference types="vite/client" />
import { PaylinkList } from '@paylink/elements/list/define';
import { PaylinkProvider } from '@paylink/elements/provider/define';
import { startMockWorker } from '@paylink/mock-backend/browser';
// Emitted by vite as <link>ed files, which a strict CSP allows (inline <style> it would not).
import '@paylink/elements/paylink-theme.css';
import './portal.css';
import { describeCreateRequest, type PaylinkCreateRequestDetail } from './create-request.ts';
import { DetailPane } from './detail-pane.ts';

const STORAGE_KEY = 'paylink-demo';
const THEME_KEY = 'paylink-demo-theme';
const DEMO_LINKS = 300;
/** How often the list and the detail poll the event feed while nothing happens. */
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
 * Every "make a new link" request of the portal, from New payment link in the list and from Create
 * new link on an expired link's detail (with a prefill): the one place to open <paylink-create-form>.
 */
function onCreateRequest(detail: PaylinkCreateRequestDetail): void {
  say(describeCreateRequest(detail));
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

  const pane = new DetailPane({ client: () => provider.effectiveClient, pollMs: FEED_POLL_MS });
  list.addEventListener('paylink-select', (event) => pane.open(event.detail.id));
  // The list's and the detail's events bubble out of their shadow roots to the page around them.
  byId('portal-main').addEventListener('paylink-create-request', (event) => onCreateRequest(event.detail));

  byId<HTMLButtonElement>('reset-demo').addEventListener('click', async () => {
    await mock.reset();
    pane.close();
    await list.reload();
    say(`Demo data reset: ${DEMO_LINKS} fresh links.`);
  });
}

void main();
