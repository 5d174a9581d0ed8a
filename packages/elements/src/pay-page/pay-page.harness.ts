// Shared set-up of the pay-page tests. Test-only: `*.harness.ts` is left out of the npm build and
// the manifest (it imports the mock backend).
import type { PaymentLink } from '@paylink/client/schemas';
import { type MockWorker, startMockWorker } from '@paylink/mock-backend/browser';
import { cleanupFixtures, fixture, shadow, waitUntil } from '../../test-support/fixture.ts';
import './define.ts';
import type { PaylinkPayPage } from './pay-page.ts';
import { forgetVisit } from './visit.ts';

export type { PaylinkPayPage };

export const DAY = 24 * 60 * 60 * 1000;

/** Starts the real mock backend in the page (msw's service worker). */
export function startBackend(): Promise<MockWorker> {
  return startMockWorker({ workerUrl: '/mockServiceWorker.js' });
}

/**
 * The mock backend for one test file: started before its tests, its per-test msw overrides and
 * mounted fixtures cleared after each, stopped after the file. Usable once `before` has run.
 */
export function useBackend(): MockWorker {
  let started: MockWorker | undefined;
  const current = (): MockWorker => {
    if (!started) throw new Error('the mock backend starts in before(); use it inside tests');
    return started;
  };
  before(async () => {
    started = await startBackend();
  });
  after(() => current().worker.stop());
  afterEach(() => {
    cleanupFixtures();
    current().worker.resetHandlers();
  });
  return {
    get worker() {
      return current().worker;
    },
    get engine() {
      return current().engine;
    },
    reset: () => current().reset(),
  };
}

/** Creates a link of €12.50 with card, Bancontact and iDEAL, valid for a week on the engine's clock. */
export function createLink(backend: MockWorker, overrides: Record<string, unknown> = {}): PaymentLink {
  const { engine } = backend;
  return engine.createLink({
    amount: 1250,
    currency: 'EUR',
    title: 'Invoice 2026-041',
    message: 'Thanks for your order!',
    reference: 'INV-2026-041',
    customer: { name: 'Jane Doe', email: 'jane@example.com' },
    language: 'en',
    methods: ['card', 'bancontact', 'ideal'],
    expiresAt: new Date(engine.clock.now() + 7 * DAY).toISOString(),
    ...overrides,
  });
}

/** The states a link can be put in for the pay page. */
export type LinkState = 'created' | 'clicked' | 'paid' | 'declined' | 'expired' | 'deleted' | 'archived';

/** A link brought into `state` through the engine's own lifecycle (no shortcuts). */
export function linkIn(
  backend: MockWorker,
  state: LinkState,
  overrides: Record<string, unknown> = {},
): PaymentLink {
  const { engine } = backend;
  if (state === 'expired') {
    const link = createLink(backend, {
      expiresAt: new Date(engine.clock.now() + 60_000).toISOString(),
      ...overrides,
    });
    engine.advanceClock(120_000);
    return engine.getLink(link.id);
  }
  const link = createLink(backend, overrides);
  if (state === 'created') return link;
  if (state === 'deleted') {
    engine.archive({ ids: [link.id] });
    return link;
  }
  engine.open(link.token);
  if (state === 'archived') engine.archive({ ids: [link.id] });
  if (state === 'paid' || state === 'declined') {
    const payment = engine.startPayment(link.token, { method: 'bancontact' });
    engine.completePayment(payment.id, { outcome: state === 'paid' ? 'approve' : 'decline' });
  }
  return engine.getLink(link.id);
}

/** How many `type` events the engine recorded for the link. */
export function eventCount(backend: MockWorker, linkId: string, type: string): number {
  return backend.engine.listEvents(linkId).filter((event) => event.type === type).length;
}

/** The element's card has left the loading state. */
export function settled(el: PaylinkPayPage): boolean {
  return el.shadowRoot?.querySelector('.card')?.getAttribute('aria-busy') === 'false';
}

/** Mounts the markup's pay page and waits until it shows a state in its final language. */
export async function mountPayPage(markup: string, container?: HTMLElement): Promise<PaylinkPayPage> {
  const el = await fixture<PaylinkPayPage>(markup, container);
  await waitUntil(() => settled(el), 'pay page settled');
  await el.ready();
  return el;
}

/** Simulates the page load that follows the PSP: the same tab, a fresh document. */
export function simulateReload(): void {
  forgetVisit();
}

/** Shortcuts into the rendered state. */
export function q<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in ${el.localName}`);
  return found;
}

export function headingText(el: Element): string {
  return q(el, '[data-heading]').textContent?.trim() ?? '';
}

export function buttons(el: Element): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('button')];
}

export function buttonNamed(el: Element, name: string | RegExp): HTMLButtonElement {
  const found = buttons(el).find((b) => {
    const text = b.textContent?.trim().replace(/\s+/g, ' ') ?? '';
    return typeof name === 'string' ? text === name : name.test(text);
  });
  if (!found)
    throw new Error(`no button named ${name}; have ${buttons(el).map((b) => b.textContent?.trim())}`);
  return found;
}

/** `text` with every run of white space (including the narrow no-break spaces Intl uses) as one space. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
