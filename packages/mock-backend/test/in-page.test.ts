// The in-page mock as the demo uses it on a first visit: a portal tab that seeds the demo data and a
// pay-page tab that starts from what the portal saved, both answering through the real handlers.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { LinkPage, type PaymentLink, PayView } from '@paylink/client/schemas';
import { createBrowserEngine, createMockFetch } from '../src/in-page.ts';

const ORIGIN = 'http://demo.test';
const KEY = 'paylink-demo';

/** The part of the Web Storage API the in-page mock uses, in memory (Node has no localStorage). */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

let storage: MemoryStorage;
const global = globalThis as { localStorage?: unknown };

beforeEach(() => {
  storage = new MemoryStorage();
  global.localStorage = storage;
});

afterEach(() => {
  delete global.localStorage;
});

/** A tab of the demo: its own engine on the shared storage, and a fetch over the real handlers. */
function openTab(seed?: number) {
  const mock = createBrowserEngine({
    storageKey: KEY,
    payUrl: `${ORIGIN}/pay.html?token={token}`,
    ...(seed ? { seed } : {}),
  });
  const fetch = createMockFetch(mock.engine, { baseUrl: ORIGIN });
  return { ...mock, fetch };
}

async function listLinks(tab: ReturnType<typeof openTab>, q?: string): Promise<PaymentLink[]> {
  const query = new URLSearchParams({ limit: '50' });
  if (q !== undefined) query.set('q', q);
  const response = await tab.fetch(`${ORIGIN}/api/links?${query}`, {
    headers: { Authorization: 'Bearer demo' },
  });
  assert.equal(response.status, 200);
  return LinkPage.parse(await response.json()).items;
}

describe('createBrowserEngine on a first visit (empty storage)', () => {
  test('search finds every listed link by a title word, its customer and its reference', async () => {
    const portal = openTab(120);
    const shown = await listLinks(portal);
    assert.ok(shown.length > 20, `${shown.length} links in the last 30 days`);
    for (const link of shown.slice(0, 20)) {
      const word = link.title.split(/\s+/).find((w) => w.length > 3) ?? link.title;
      for (const q of [word, link.customer.name, link.reference]) {
        const found = (await listLinks(portal, q)).map((l) => l.id);
        assert.ok(found.includes(link.id), `searching "${q}" finds ${link.reference} (${link.title})`);
      }
    }
  });

  test('the seeded data is saved at once: a pay-page tab opened right away finds every link', async () => {
    const portal = openTab(60);
    const shown = await listLinks(portal);
    assert.ok(storage.getItem(KEY), 'saved before any change and before any timer');
    const payTab = openTab(); // the pay page seeds nothing: it only loads what the portal saved
    for (const link of shown) {
      const response = await payTab.fetch(`${ORIGIN}/api/pay/${encodeURIComponent(link.token)}`);
      const expected = link.archived ? 404 : 200;
      assert.equal(response.status, expected, `${link.reference} (${link.status}) on the pay page`);
      if (expected === 200) assert.equal(PayView.parse(await response.json()).title, link.title);
    }
  });

  test('a second visit restores instead of seeding again', async () => {
    const first = await listLinks(openTab(40));
    const again = await listLinks(openTab(40));
    assert.deepEqual(
      again.map((l) => l.token),
      first.map((l) => l.token),
    );
  });

  test('reset() saves the fresh data at once, for the other tabs', async () => {
    const portal = openTab(30);
    const before = storage.getItem(KEY);
    portal.reset();
    const after = storage.getItem(KEY);
    assert.ok(after, 'saved right after the reset');
    assert.notEqual(after, before);
    const payTab = openTab();
    const [link] = (await listLinks(portal)).filter((l) => !l.archived);
    assert.ok(link);
    const response = await payTab.fetch(`${ORIGIN}/api/pay/${encodeURIComponent(link.token)}`);
    assert.equal(response.status, 200);
  });
});

describe('createBrowserEngine when the data outgrows localStorage', () => {
  test('stops serialising after a quota error instead of blocking the page on every change, until reset()', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const tab = openTab(5);
    let writes = 0;
    let full = true;
    storage.setItem = (key: string, value: string) => {
      writes++;
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      storage.items.set(key, value);
    };
    const warn = t.mock.method(console, 'warn', () => {});
    const create = (title: string) =>
      tab.engine.createLink({ amount: 100, title, customer: { name: 'Quota Customer' } });
    create('first');
    t.mock.timers.tick(60_000);
    assert.equal(writes, 1);
    assert.match(String(warn.mock.calls[0]?.arguments[0]), /no longer fits/);
    for (let i = 0; i < 5; i++) {
      create(`more ${i}`);
      t.mock.timers.tick(60_000);
    }
    assert.equal(writes, 1, 'no further attempt while it does not fit');
    full = false;
    tab.reset();
    assert.equal(writes, 2);
    create('after reset');
    t.mock.timers.tick(60_000);
    assert.equal(writes, 3, 'saving again after reset()');
    assert.match(storage.items.get(KEY) ?? '', /after reset/);
  });
});
