// What every merchant page of the demo shares: the in-browser mock backend, the provider holding the
// client, the light/dark switch and the page's status line.

import type { LinkStatus } from '@paylink/client';
import { PaylinkProvider } from '@paylink/elements/provider/define';
import { type MockWorker, startMockWorker } from '@paylink/mock-backend/browser';

const STORAGE_KEY = 'paylink-demo';
const THEME_KEY = 'paylink-demo-theme';
/** Links the demo starts with. */
export const DEMO_LINKS = 300;
/** How often the elements poll the event feed while nothing happens. */
export const FEED_POLL_MS = 5000;

/** The status words the list shows (docs/contract.md), so every page of the demo says the same. */
export const STATUS_TEXT: Record<LinkStatus, string> = {
  created: 'Created',
  clicked: 'Clicked',
  paid: 'Paid',
  expired: 'Expired',
  declined: 'Declined',
};

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
}

/** Light/dark switch: a class on <html> that the theme file reads; remembered across visits. */
export function setUpTheme(): void {
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
export function say(message: string): void {
  const status = byId('portal-status');
  clearTimeout(sayTimer);
  status.textContent = message;
  sayTimer = setTimeout(() => {
    status.textContent = '';
  }, 8000);
}

/**
 * Starts the mock backend in this page (its data is kept in localStorage under one key for every
 * page of the demo, so a link made here shows up in another tab) and a provider for the elements.
 */
export async function startPortal(): Promise<{ mock: MockWorker; provider: PaylinkProvider }> {
  // The worker must intercept before the elements' first request, so they come after it.
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
  return { mock, provider };
}
