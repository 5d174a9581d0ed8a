import { type SetupWorker, setupWorker } from 'msw/browser';
import type { Engine, EngineSnapshot } from './engine/api.ts';
import { createEngine } from './engine/index.ts';
import { createHandlers } from './http/handlers.ts';

/** Options of {@link startMockWorker}. */
export interface MockWorkerOptions {
  /** The engine to serve. Default: a new one with `payUrl`. */
  engine?: Engine;
  /** URL of msw's `mockServiceWorker.js`; its folder must cover the page's scope. Default `/mockServiceWorker.js`. */
  workerUrl?: string;
  /**
   * Page the PSP redirect sends customers to, `{paymentId}` replaced. Give one: the service worker
   * does not intercept navigations, so the mock's own `/psp/:id` page cannot be reached in the browser.
   */
  pspPageUrl?: string;
  /** Pay-page URL template for new links (`{token}` replaced). Ignored when `engine` is given. */
  payUrl?: string;
  /** Demo links to create when there is no saved data, and again on `reset()`. Default 0. */
  seed?: number;
  /** localStorage key to keep the data under, so it survives a reload. Default: not kept. */
  storageKey?: string;
  /** Require a Bearer token on merchant routes. Default `true`. */
  auth?: boolean;
}

/** A running mock in the page. */
export interface MockWorker {
  readonly worker: SetupWorker;
  readonly engine: Engine;
  /** Forgets saved data, empties the engine and seeds it again. */
  reset(): Promise<void>;
}

const SAVE_DEBOUNCE_MS = 250;

function restoreFrom(storage: Storage, key: string, engine: Engine): boolean {
  const saved = storage.getItem(key);
  if (saved === null) return false;
  try {
    engine.restore(JSON.parse(saved) as EngineSnapshot);
    return true;
  } catch (error) {
    // Saved by an older version or edited by hand: starting fresh beats a demo that cannot load.
    console.warn(`[paylink-mock] ignoring unreadable data in localStorage "${key}":`, error);
    storage.removeItem(key);
    return false;
  }
}

function saveOnChange(storage: Storage, key: string, engine: Engine): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    try {
      storage.setItem(key, JSON.stringify(engine.snapshot()));
    } catch (error) {
      console.warn(`[paylink-mock] could not save to localStorage "${key}":`, error);
    }
  };
  engine.onChange(() => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, SAVE_DEBOUNCE_MS);
  });
  // A reload right after a change would otherwise lose it.
  globalThis.addEventListener?.('pagehide', () => {
    if (timer) {
      clearTimeout(timer);
      save();
    }
  });
}

/**
 * Runs the mock backend in the page with msw's service worker: the same handlers as the Node server,
 * on the page's own origin (`/api`, `/psp`, `/__mock`). Requests it does not know go to the network.
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const engine = options.engine ?? createEngine(options.payUrl ? { payUrl: options.payUrl } : {});
  const storage = options.storageKey ? globalThis.localStorage : undefined;
  const key = options.storageKey ?? '';
  const restored = storage ? restoreFrom(storage, key, engine) : false;
  if (!restored && options.seed) engine.seed(options.seed);
  if (storage) saveOnChange(storage, key, engine);

  const worker = setupWorker(
    ...createHandlers(engine, {
      ...(options.pspPageUrl ? { pspPageUrl: options.pspPageUrl } : {}),
      ...(options.auth === false ? { auth: false } : {}),
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
    async reset() {
      storage?.removeItem(key);
      engine.reset();
      if (options.seed) engine.seed(options.seed);
    },
  };
}
