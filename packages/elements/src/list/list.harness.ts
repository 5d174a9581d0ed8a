// Helpers shared by the list's browser tests: one mock backend (msw service worker) per test page,
// a way to mount a list with its inputs set before it connects, and queries into its shadow DOM.
// Test-only (`*.harness.ts` is left out of the npm build and the manifest).

import type { LinkOrigin, LinkPage, PaylinkClient, PaymentLink } from '@paylink/client';
import { type MockWorker, startMockWorker } from '@paylink/mock-backend/browser';
import { cleanupFixtures, shadow, waitUntil } from '../../test-support/fixture.ts';
import './define.ts';
import type { PaylinkList } from './list.ts';

export { cleanupFixtures, nextEvent, shadow, waitUntil } from '../../test-support/fixture.ts';

let mock: MockWorker | undefined;
let started: Promise<MockWorker> | undefined;

/** Starts the in-page mock backend once per test page (no auth, so tests need no token). */
export function mockBackend(): Promise<MockWorker> {
  started ??= startMockWorker({ auth: false }).then((m) => {
    mock = m;
    return m;
  });
  return started;
}

/** Stops the worker; call in the file's `after`. */
export async function stopMockBackend(): Promise<void> {
  await mock?.worker.stop();
  mock = undefined;
  started = undefined;
}

let counter = 0;

/** Moves a link to `clicked` (the customer opened it). */
export function openLink(m: MockWorker, link: PaymentLink): void {
  m.engine.open(link.token);
}

/** Moves a link to `paid` through the mock PSP. */
export function payLink(m: MockWorker, link: PaymentLink): void {
  m.engine.open(link.token);
  const payment = m.engine.startPayment(link.token, { method: 'card' });
  m.engine.completePayment(payment.id, { outcome: 'approve' });
}

/** Creates a link now through the engine (so it is inside the default 30-day range). */
export function createLink(
  m: MockWorker,
  init: { title?: string; amount?: number; origin?: LinkOrigin; email?: string | null; mobile?: string } = {},
): PaymentLink {
  counter++;
  const customer: { name: string; email?: string; mobile?: string } = { name: `Customer ${counter}` };
  if (init.email !== null) customer.email = init.email ?? `customer${counter}@example.com`;
  if (init.mobile) customer.mobile = init.mobile;
  return m.engine.createLink({
    amount: init.amount ?? 1000 + counter,
    title: init.title ?? `Link ${counter}`,
    origin: init.origin ?? 'manual',
    customer,
  });
}

/** A client whose list answers come from `list` (for loading, error and bench-like tests). */
export function stubClient(list: (query: unknown) => Promise<LinkPage>): PaylinkClient {
  const never = () => new Promise<never>(() => {});
  return {
    links: { list, get: never },
    customers: { list: async () => ({ items: [] }) },
    feed: {
      poll: async () => ({ items: [], cursor: '0' }),
      // A quiet feed: no events until the follower stops.
      async *pages(options: { signal?: AbortSignal } = {}) {
        await new Promise((resolve) => options.signal?.addEventListener('abort', resolve));
      },
    },
  } as unknown as PaylinkClient;
}

/** A made-up link number `i` (newest first), valid against the client's schema. */
export function syntheticLink(i: number, now = Date.UTC(2026, 10, 30)): PaymentLink {
  const statuses = ['created', 'clicked', 'paid', 'expired', 'declined'] as const;
  const n = String(i).padStart(6, '0');
  return {
    id: `lnk_syn_${n}`,
    token: `tok_syn_${n}`.padEnd(32, '0'),
    url: `/pay.html?token=tok_syn_${n}`,
    status: statuses[i % statuses.length]!,
    archived: false,
    amount: 100 + i,
    currency: 'EUR',
    title: `Synthetic ${n}`,
    reference: `PL-${n}`,
    customer: { name: `Customer ${n}` },
    language: 'en',
    methods: ['card'],
    origin: 'manual',
    refundedAmount: 0,
    createdAt: new Date(now - i * 60_000).toISOString(),
    updatedAt: new Date(now - i * 60_000).toISOString(),
  };
}

/**
 * A client listing `total` made-up links in pages by cursor (the offset), made on demand so a
 * test can browse 100 000 links without building them all. `delayMs` holds each later page back,
 * so "Loading more…" can be seen; `pages` counts the requests.
 */
export function syntheticClient(total: number, delayMs = 0): PaylinkClient & { pages: number } {
  const state = { pages: 0 };
  const client = stubClient(async (query) => {
    const { cursor, limit = 50 } = query as { cursor?: string; limit?: number };
    const offset = cursor ? Number(cursor) : 0;
    state.pages++;
    if (offset > 0 && delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const end = Math.min(total, offset + limit);
    const items = Array.from({ length: end - offset }, (_, k) => syntheticLink(offset + k));
    return { items, nextCursor: end < total ? String(end) : null, total };
  });
  return Object.defineProperty(client, 'pages', { get: () => state.pages }) as PaylinkClient & {
    pages: number;
  };
}

/** Mounts `<paylink-list>` with properties set before it connects. */
export async function mountList(
  props: Partial<Pick<PaylinkList, 'pollInterval' | 'lang' | 'client'>> & {
    attrs?: Record<string, string>;
  } = {},
  container: HTMLElement = document.body,
): Promise<PaylinkList> {
  const list = document.createElement('paylink-list');
  for (const [name, value] of Object.entries(props.attrs ?? {})) list.setAttribute(name, value);
  if (props.pollInterval) list.pollInterval = props.pollInterval;
  if (props.lang) list.lang = props.lang;
  if (props.client) list.client = props.client;
  container.append(list);
  mounted.add(list);
  await list.updateComplete;
  return list;
}

const mounted = new Set<Element>();

/** Removes lists mounted by {@link mountList} and fixtures. */
export function cleanup(): void {
  for (const element of mounted) element.remove();
  mounted.clear();
  cleanupFixtures();
}

/** Resolves when the first page is shown (rows, or the empty state). */
export async function loaded(list: PaylinkList): Promise<void> {
  await waitUntil(
    () => !!$(list, '.body [role="row"]') || !!$(list, '[part~="empty"]') || !!$(list, '[part~="error"]'),
    'list loaded',
  );
  await list.updateComplete;
}

/** First element matching `selector` in the list's shadow root. */
export function $<T extends Element = HTMLElement>(list: PaylinkList, selector: string): T | null {
  return shadow(list).querySelector<T>(selector);
}

/** All elements matching `selector` in the list's shadow root. */
export function $$<T extends Element = HTMLElement>(list: PaylinkList, selector: string): T[] {
  return [...shadow(list).querySelectorAll<T>(selector)];
}

/** Rendered rows (only those drawn for the visible part of the table). */
export function rows(list: PaylinkList): HTMLElement[] {
  return $$(list, '.body [role="row"]');
}

/**
 * The link whose row is on screen at the middle of the table (what a person sees there), once the
 * drawn rows have caught up with the scroll position.
 */
export async function linkOnScreen(list: PaylinkList, at = 0.5): Promise<PaymentLink> {
  const scroller = $(list, '.scroller')!;
  let found: PaymentLink | undefined;
  await waitUntil(() => {
    const box = scroller.getBoundingClientRect();
    const hit = shadow(list).elementFromPoint(box.left + 60, box.top + box.height * at);
    const id = hit?.closest<HTMLElement>('.body [role="row"]')?.dataset.id;
    found = list.loadedLinks.find((link) => link.id === id);
    return found !== undefined;
  }, 'a row drawn on screen');
  return found!;
}

/** Title texts of the rendered rows. */
export function titles(list: PaylinkList): string[] {
  return rows(list).map((row) => row.querySelector('.title-button')?.textContent?.trim() ?? '');
}

/** The rendered row of the link titled `title`. */
export function rowByTitle(list: PaylinkList, title: string): HTMLElement {
  const row = rows(list).find((r) => r.querySelector('.title-button')?.textContent?.trim() === title);
  if (!row) throw new Error(`no row "${title}" among ${titles(list).join(', ')}`);
  return row;
}

/** The button whose text (accessible name) is exactly `name`. */
export function button(list: PaylinkList, name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(list, 'button').find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Every request the page makes to `/api/links` (GET list), as URLs, from now on. */
export function recordListRequests(): { urls: URL[]; stop(): void } {
  const urls: URL[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (
      url.pathname === '/api/links' &&
      (init?.method ?? (input instanceof Request ? input.method : 'GET')) === 'GET'
    ) {
      urls.push(url);
    }
    return original(input, init);
  };
  return {
    urls,
    stop: () => {
      window.fetch = original;
    },
  };
}

/** The live region's text once it is not empty. */
export async function announced(list: PaylinkList, includes: string): Promise<string> {
  await waitUntil(
    () => ($(list, '[part="live"]')?.textContent ?? '').includes(includes),
    `announcement "${includes}"`,
  );
  return $(list, '[part="live"]')?.textContent ?? '';
}
