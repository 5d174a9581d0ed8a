// The merchant portal of the demo: <paylink-list> inside <paylink-provider>, on the in-browser mock
// backend. Its data is kept in localStorage under the same key as the pay page's, so a link paid
// in the other tab shows up here (live, through the event feed).
/// <reference types="vite/client" />
import type { PaymentLink } from '@paylink/client';
import { PaylinkList } from '@paylink/elements/list/define';
import { PaylinkProvider } from '@paylink/elements/provider/define';
import { startMockWorker } from '@paylink/mock-backend/browser';
// Emitted by vite as <link>ed files, which a strict CSP allows (inline <style> it would not).
import '@paylink/elements/paylink-theme.css';
import './portal.css';

const STORAGE_KEY = 'paylink-demo';
const THEME_KEY = 'paylink-demo-theme';
const DEMO_LINKS = 300;

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

function say(message: string): void {
  byId('portal-status').textContent = message;
}

/** The side panel with a selected link's basics and its pay page. */
function showDetails(link: PaymentLink, money: string): void {
  const fields = byId('details-fields');
  const rows: [string, string][] = [
    ['Title', link.title],
    ['Status', link.status + (link.archived ? ' (archived)' : '')],
    ['Amount', money],
    ['Customer', link.customer.name],
    ['Reference', link.reference],
    ['Created', new Date(link.createdAt).toLocaleString()],
  ];
  // textContent only: link data is user-supplied and never becomes HTML.
  fields.replaceChildren(
    ...rows.flatMap(([label, value]) => {
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.textContent = value;
      return [dt, dd];
    }),
  );
  byId<HTMLAnchorElement>('open-pay-page').href = `/pay.html?token=${encodeURIComponent(link.token)}`;
  const panel = byId('details');
  panel.hidden = false;
  byId('details-title').focus();
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
  provider.append(list);
  byId('portal-list').append(provider);

  const details = byId('details');
  byId('details-title').tabIndex = -1;
  byId('close-details').addEventListener('click', () => {
    details.hidden = true;
  });

  list.addEventListener('paylink-select', async (event) => {
    try {
      const link = await provider.effectiveClient.links.get(event.detail.id);
      const money = new Intl.NumberFormat(undefined, { style: 'currency', currency: link.currency }).format(
        link.amount / 100,
      );
      showDetails(link, money);
    } catch (error) {
      say(`Could not open the link: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  list.addEventListener('paylink-create-request', () => {
    say('Creating links is done with <paylink-create-form>, which this demo does not include yet.');
  });
  list.addEventListener('paylink-archived', (event) => {
    const ids = new Set(event.detail.results.map((r) => r.id));
    if (ids.size > 0) details.hidden = true;
  });

  byId<HTMLButtonElement>('reset-demo').addEventListener('click', async () => {
    await mock.reset();
    details.hidden = true;
    await list.reload();
    say(`Demo data reset: ${DEMO_LINKS} fresh links.`);
  });
}

void main();
