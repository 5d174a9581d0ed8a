import type { SetupWorker } from 'msw/browser';
import type { Engine } from './engine/api.ts';
import { createHandlers } from './http/handlers.ts';
import { type BrowserEngineOptions, createBrowserEngine } from './in-page.ts';

/** Options of {@link startMockWorker}: where the data lives, plus the service worker's. */
export interface MockWorkerOptions extends BrowserEngineOptions {
  /** URL of msw's `mockServiceWorker.js`; its folder must cover the page's scope. Default `/mockServiceWorker.js`. */
  workerUrl?: string;
  /**
   * Page the PSP redirect sends customers to, `{paymentId}` replaced. Give one: the service worker
   * does not intercept navigations, so the mock's own `/psp/:id` page cannot be reached in the browser.
   */
  pspPageUrl?: string;
  /** Require a Bearer token on merchant routes and development controls. Default `true`. */
  auth?: boolean;
  /** Serve the development controls under `/__mock/`. Default `true`. */
  controls?: boolean;
}

/** A running mock in the page. */
export interface MockWorker {
  readonly worker: SetupWorker;
  readonly engine: Engine;
  /** Forgets saved data, empties the engine and seeds it again. */
  reset(): Promise<void>;
}

/**
 * Runs the mock backend in the page with msw's service worker: the same handlers as the Node server,
 * on the page's own origin (`/api`, `/psp`, `/__mock`). Requests it does not know go to the network.
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const { engine, reset } = createBrowserEngine(options);

  // Loaded here, not at the top: msw's browser entry does not exist under Node's conditions, and
  // importing this module in Node (a test runner, a server-side build) must not throw.
  const { setupWorker } = await import('msw/browser');
  const worker = setupWorker(
    ...createHandlers(engine, {
      ...(options.pspPageUrl ? { pspPageUrl: options.pspPageUrl } : {}),
      ...(options.auth === false ? { auth: false } : {}),
      ...(options.controls === false ? { controls: false } : {}),
    }),
  );
  await worker.start({
    serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });

  return {
    worker,
    engine,
    reset: async () => reset(),
  };
}
