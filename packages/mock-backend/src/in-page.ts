import { getResponse } from 'msw';
import type { Engine, EngineSnapshot } from './engine/api.ts';
import { createEngine } from './engine/index.ts';
import type { HandlerOptions } from './http/context.ts';
import { createHandlers } from './http/handlers.ts';

/** Options of {@link createBrowserEngine}. */
export interface BrowserEngineOptions {
  /** The engine to use. Default: a new one with `payUrl`. */
  engine?: Engine;
  /** Pay-page URL template for new links (`{token}` replaced). Ignored when `engine` is given. */
  payUrl?: string;
  /** Demo links to create when there is no saved data, and again on `reset()`. Default 0. */
  seed?: number;
  /** localStorage key to keep the data under, so it survives a reload. Default: not kept. */
  storageKey?: string;
}

/** An engine whose data lives in the page's localStorage. */
export interface BrowserEngine {
  readonly engine: Engine;
  /** Forgets saved data, empties the engine and seeds it again. */
  reset(): void;
}

const SAVE_DEBOUNCE_MS = 250;

/**
 * The mock engine for a browser page, restored from and saved to localStorage, so it survives a
 * reload and several tabs of one demo share their data (each loads what the others save). No service
 * worker is involved.
 */
export function createBrowserEngine(options: BrowserEngineOptions = {}): BrowserEngine {
  const engine = options.engine ?? createEngine(options.payUrl ? { payUrl: options.payUrl } : {});
  const storage = options.storageKey ? globalThis.localStorage : undefined;
  const key = options.storageKey ?? '';
  const restored = storage ? restoreFrom(storage, key, engine) : false;
  if (!restored && options.seed) engine.seed(options.seed);
  let saving: SaveControl | undefined;
  if (storage) {
    const sync = { applyingOtherTab: false };
    saving = saveOnChange(storage, key, engine, sync);
    followOtherTabs(key, engine, sync);
    // Fresh demo data is saved at once, not on the next change: another tab of the demo (the pay page
    // a link of this one opens) loads its links from storage and must find every link shown here.
    if (!restored && options.seed) saving.save();
  }
  return {
    engine,
    reset() {
      storage?.removeItem(key);
      engine.reset();
      if (options.seed) engine.seed(options.seed);
      saving?.reset();
    },
  };
}

/**
 * A `fetch` that answers the mock's routes (`/api`, `/psp`, `/__mock`) in the page itself, through
 * the same handlers as the service worker and the Node server, and sends anything else to the
 * network. Hand it to a client (`createPayClient({ fetch })`) when a page should not wait for msw's
 * service worker to install: the demo's pay page does, to show its Pay button sooner.
 */
export function createMockFetch(engine: Engine, options: HandlerOptions = {}): typeof fetch {
  const handlers = createHandlers(engine, options);
  return async (input, init) => {
    const request = new Request(
      typeof input === 'string' || input instanceof URL ? new URL(input, globalThis.location?.href) : input,
      init,
    );
    const response = await getResponse(handlers, request);
    return response ?? fetch(request);
  };
}

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

interface TabSync {
  /** True while this page loads what another tab saved: that must not be saved back (ping-pong). */
  applyingOtherTab: boolean;
}

/**
 * Loads what other tabs of the demo save, so a link paid in the pay-page tab shows as Paid in the
 * portal's tab (its list follows the feed, which now holds the other tab's events).
 */
function followOtherTabs(key: string, engine: Engine, sync: TabSync): void {
  globalThis.addEventListener?.('storage', (event: StorageEvent) => {
    if (event.key !== key || event.newValue === null) return;
    sync.applyingOtherTab = true;
    try {
      engine.restore(JSON.parse(event.newValue) as EngineSnapshot);
    } catch (error) {
      console.warn(`[paylink-mock] ignoring unreadable data another tab saved in "${key}":`, error);
    } finally {
      sync.applyingOtherTab = false;
    }
  });
}

/**
 * Saves the engine a moment after each change (and on `pagehide`); returns a save-at-once.
 *
 * Saving serialises every link on the page's main thread, which at tens of thousands of links takes
 * seconds and cannot fit in localStorage anyway. So the wait after a change grows with what the last
 * save cost (the page stays responsive under steady changes, e.g. expiries), and once the data no
 * longer fits, saving stops (with one warning) until the next reset.
 */
function saveOnChange(storage: Storage, key: string, engine: Engine, sync: TabSync): SaveControl {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSaveMs = 0;
  let tooBig = false;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (tooBig) return;
    const start = performance.now();
    try {
      storage.setItem(key, JSON.stringify(engine.snapshot()));
    } catch (error) {
      tooBig = error instanceof DOMException && error.name === 'QuotaExceededError';
      console.warn(
        tooBig
          ? `[paylink-mock] the data no longer fits in localStorage "${key}": it is kept in this page only, until reset()`
          : `[paylink-mock] could not save to localStorage "${key}":`,
        tooBig ? '' : error,
      );
    }
    lastSaveMs = performance.now() - start;
  };
  engine.onChange(() => {
    if (timer) clearTimeout(timer);
    if (sync.applyingOtherTab || tooBig) {
      timer = undefined;
      return;
    }
    timer = setTimeout(save, Math.max(SAVE_DEBOUNCE_MS, lastSaveMs * 10));
  });
  // A reload right after a change would otherwise lose it.
  globalThis.addEventListener?.('pagehide', () => {
    if (timer) save();
  });
  return {
    save,
    reset: () => {
      tooBig = false;
      lastSaveMs = 0;
      save();
    },
  };
}

interface SaveControl {
  /** Saves now. */
  save(): void;
  /** Forgets that the data was too big (it was just emptied) and saves. */
  reset(): void;
}
