import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LinkEventList } from '@paylink/client/schemas';
import { call, expectJson, expectValidation, seedLink, useHarness } from '../support/http-harness.ts';

const harness = useHarness();
const { engine } = harness;

describe('GET /api/links/:id/events is paged', () => {
  test('a link changed 1 200 times answers 500 events a page; following nextCursor neither skips nor repeats', async () => {
    const link = seedLink(engine);
    for (let i = 0; i < 1200; i++) engine.setLanguage(link.id, { language: i % 2 === 0 ? 'nl' : 'en' });
    const all = engine.listEvents(link.id).map((event) => event.id);
    assert.equal(all.length, 1201);

    const first = await expectJson(await call('GET', `/api/links/${link.id}/events`), LinkEventList);
    assert.equal(first.items.length, 500);
    assert.equal(first.items[0]!.type, 'created', 'oldest first');

    const seen: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    do {
      const query = after ? `?limit=300&after=${after}` : '?limit=300';
      const page = await expectJson(await call('GET', `/api/links/${link.id}/events${query}`), LinkEventList);
      seen.push(...page.items.map((event) => event.id));
      after = page.nextCursor;
      pages++;
    } while (after);
    assert.equal(pages, 5);
    assert.deepEqual(seen, all);
  });

  test('a short history is one page with nextCursor null, as before', async () => {
    const link = seedLink(engine);
    const page = await expectJson(await call('GET', `/api/links/${link.id}/events`), LinkEventList);
    assert.deepEqual(
      page.items.map((event) => event.type),
      ['created'],
    );
    assert.equal(page.nextCursor, null);
  });

  test('bad paging parameters are a validation error', async () => {
    const link = seedLink(engine);
    await expectValidation(await call('GET', `/api/links/${link.id}/events?limit=0`), 'limit');
    await expectValidation(await call('GET', `/api/links/${link.id}/events?limit=501`), 'limit');
    await expectValidation(await call('GET', `/api/links/${link.id}/events?after=nonsense`), 'after');
  });
});
