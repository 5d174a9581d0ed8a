import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LinkPage, MockClock } from '@paylink/client/schemas';
import { call, expectJson, expectValidation, START, seedLink, useHarness } from '../support/http-harness.ts';

const harness = useHarness();
const { engine } = harness;

const DAY = 86_400_000;

describe('development controls need no auth', () => {
  test('GET /__mock/clock answers now', async () => {
    assert.deepEqual(await expectJson(await call('GET', '/__mock/clock', { auth: false }), MockClock), {
      now: START,
    });
  });

  test('POST /__mock/clock advances the clock and expires links at once', async () => {
    const link = seedLink(engine, { expiresAt: new Date(Date.parse(START) + DAY).toISOString() });
    const moved = await expectJson(
      await call('POST', '/__mock/clock', { body: { advanceMs: 2 * DAY }, auth: false }),
      MockClock,
    );
    assert.equal(moved.now, new Date(Date.parse(START) + 2 * DAY).toISOString());
    assert.equal(engine.getLink(link.id).status, 'expired');
  });

  test('POST /__mock/clock refuses negative or missing advanceMs', async () => {
    await expectValidation(
      await call('POST', '/__mock/clock', { body: { advanceMs: -1 }, auth: false }),
      'advanceMs',
    );
    await expectValidation(
      await call('POST', '/__mock/clock', { body: { advance: 5 }, auth: false }),
      'advanceMs',
    );
  });

  test('POST /__mock/seed adds demo links; POST /__mock/reset empties the engine', async () => {
    const seeded = await call('POST', '/__mock/seed', { body: { links: 25 }, auth: false });
    assert.equal(seeded.status, 204);
    const everything = '/api/links?from=2000-01-01&limit=500';
    const active = await expectJson(await call('GET', everything), LinkPage);
    const archived = await expectJson(await call('GET', `${everything}&archived=true`), LinkPage);
    assert.equal(active.total + archived.total, 25);

    const reset = await call('POST', '/__mock/reset', { auth: false });
    assert.equal(reset.status, 204);
    assert.equal((await expectJson(await call('GET', everything), LinkPage)).total, 0);
  });

  test('POST /__mock/seed validates links', async () => {
    await expectValidation(await call('POST', '/__mock/seed', { body: { links: 0 }, auth: false }), 'links');
    await expectValidation(
      await call('POST', '/__mock/seed', { body: { links: 'many' }, auth: false }),
      'links',
    );
  });
});
