// Helpers shared by the detail's browser tests: links in every status on the in-page mock backend,
// a way to mount a detail with its inputs set before it connects, and queries into its shadow DOM.
// Test-only (`*.harness.ts` is left out of the npm build and the manifest).

import type { LinkStatus, PaymentLink } from '@paylink/client';
import type { MockWorker } from '@paylink/mock-backend/browser';
import { shadow, waitUntil } from '../../test-support/fixture.ts';
import { cleanup as cleanupLists, mockBackend, stopMockBackend } from '../list/list.harness.ts';
import type { PaylinkDetail } from './detail.ts';
import './define.ts';

export { nextEvent, shadow, waitUntil } from '../../test-support/fixture.ts';
export { mockBackend, stopMockBackend };

let counter = 0;

/** What a test link may set besides its status. */
export interface LinkInit {
  title?: string;
  amount?: number;
  origin?: PaymentLink['origin'];
  email?: string | null;
  mobile?: string;
  invoice?: string;
  language?: string;
  /** How a Declined link got there: the customer declined, or the PSP failed (with a reference). */
  decline?: 'decline' | 'fail';
}

/** Creates a link and moves it to `status` the only way the lifecycle allows: by the customer, the PSP or time. */
export function linkIn(m: MockWorker, status: LinkStatus | 'archived', init: LinkInit = {}): PaymentLink {
  counter++;
  const customer: { name: string; email?: string; mobile?: string; customerNumber?: string } = {
    name: `Customer ${counter}`,
    customerNumber: `C-${counter}`,
  };
  if (init.email !== null) customer.email = init.email ?? `customer${counter}@example.com`;
  if (init.mobile) customer.mobile = init.mobile;
  const expires = status === 'expired';
  const link = m.engine.createLink({
    amount: init.amount ?? 10_000,
    title: init.title ?? `Detail ${counter}`,
    origin: init.origin ?? 'manual',
    customer,
    language: init.language ?? 'en',
    methods: ['card', 'bancontact'],
    ...(init.invoice ? { invoice: init.invoice } : {}),
    ...(expires
      ? { expiresAt: new Date(Date.parse(m.engine.advanceClock(0).now) + 60_000).toISOString() }
      : {}),
  });
  const pay = (outcome: 'approve' | 'decline' | 'fail') => {
    const payment = m.engine.startPayment(link.token, { method: 'card' });
    m.engine.completePayment(payment.id, { outcome });
  };
  switch (status) {
    case 'clicked':
      m.engine.open(link.token);
      break;
    case 'paid':
      pay('approve');
      break;
    case 'declined':
      pay(init.decline ?? 'fail');
      break;
    case 'expired':
      m.engine.advanceClock(120_000);
      break;
    case 'archived':
      m.engine.open(link.token);
      m.engine.archive({ ids: [link.id] });
      break;
  }
  return m.engine.getLink(link.id);
}

const mounted = new Set<Element>();

/** Mounts `<paylink-detail>` with properties set before it connects. */
export async function mountDetail(
  linkId: string,
  props: Partial<Pick<PaylinkDetail, 'pollInterval' | 'lang' | 'client'>> = {},
  container: HTMLElement = document.body,
): Promise<PaylinkDetail> {
  const detail = document.createElement('paylink-detail');
  detail.setAttribute('link-id', linkId);
  detail.pollInterval = props.pollInterval ?? 100;
  if (props.lang) detail.lang = props.lang;
  if (props.client) detail.client = props.client;
  container.append(detail);
  mounted.add(detail);
  await detail.updateComplete;
  return detail;
}

/** Removes details mounted by {@link mountDetail} (and lists and fixtures). */
export function cleanup(): void {
  for (const element of mounted) element.remove();
  mounted.clear();
  cleanupLists();
}

/** Resolves once the link (or a state: not found, error) is shown. */
export async function shown(detail: PaylinkDetail): Promise<void> {
  await waitUntil(() => !!$(detail, '.header') || !!$(detail, '.state[aria-busy="false"]'), 'detail shown');
  await detail.localeReady();
  await detail.updateComplete;
}

/** First element matching `selector` in the detail's shadow root. */
export function $<T extends Element = HTMLElement>(detail: PaylinkDetail, selector: string): T | null {
  return shadow(detail).querySelector<T>(selector);
}

/** All elements matching `selector` in the detail's shadow root. */
export function $$<T extends Element = HTMLElement>(detail: PaylinkDetail, selector: string): T[] {
  return [...shadow(detail).querySelectorAll<T>(selector)];
}

/** The button (or button-like link) whose text is exactly `name`; `within` narrows the search. */
export function button(detail: PaylinkDetail, name: string, within = ''): HTMLElement {
  const found = $$(detail, `${within} button, ${within} a.button`).find(
    (b) => b.textContent?.trim() === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Whether a button named `name` is there. */
export function hasButton(detail: PaylinkDetail, name: string): boolean {
  return $$(detail, 'button, a.button').some((b) => b.textContent?.trim() === name);
}

/** The names of the tabs, in order. */
export function tabNames(detail: PaylinkDetail): string[] {
  return $$(detail, '[role="tab"]').map((tab) => tab.textContent?.trim() ?? '');
}

/** The tab named `name`. */
export function tab(detail: PaylinkDetail, name: string): HTMLElement {
  const found = $$(detail, '[role="tab"]').find((t) => t.textContent?.trim() === name);
  if (!found) throw new Error(`no tab "${name}" among ${tabNames(detail).join(', ')}`);
  return found;
}

/** Opens the tab named `name` by clicking it. */
export async function openTab(detail: PaylinkDetail, name: string): Promise<HTMLElement> {
  tab(detail, name).click();
  await detail.updateComplete;
  return $(detail, '[role="tabpanel"]')!;
}

/** The open dialog's element, by its id (`send-dialog`, `refund-dialog`, …), once it is open. */
export async function openDialog(detail: PaylinkDetail, part: string): Promise<HTMLDialogElement> {
  await waitUntil(() => !!$<HTMLDialogElement>(detail, `dialog[part~="${part}"]`)?.open, `${part} open`);
  return $<HTMLDialogElement>(detail, `dialog[part~="${part}"]`)!;
}

/** The live region's text once it says `includes`. */
export async function announced(detail: PaylinkDetail, includes: string): Promise<string> {
  await waitUntil(
    () => ($(detail, '[part="live"]')?.textContent ?? '').includes(includes),
    `announcement "${includes}"`,
  );
  return $(detail, '[part="live"]')?.textContent ?? '';
}

/** Sets an input's value as typing does (an `input` event), then waits for the render. */
export async function type(detail: PaylinkDetail, input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await detail.updateComplete;
}

/** Every request the page makes whose path ends with `suffix`, method and headers included, from now on. */
export function recordRequests(suffix: string): { calls: Request[]; stop(): void } {
  const calls: Request[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname.endsWith(suffix)) calls.push(request.clone());
    return original(input, init);
  };
  return {
    calls,
    stop: () => {
      window.fetch = original;
    },
  };
}

/**
 * Resolves once the detail follows the feed and has polled it (twice, so the first answer, which
 * sets where "now" is, has come back): a change made after this is news to it.
 */
export async function followingFeed(detail: PaylinkDetail): Promise<void> {
  const feed = recordRequests('/api/feed');
  try {
    await waitUntil(() => detail.following && feed.calls.length >= 2, 'polling the feed');
  } finally {
    feed.stop();
  }
}
