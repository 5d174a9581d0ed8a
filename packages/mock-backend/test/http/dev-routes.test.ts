import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LinkPage, MAX_CLOCK_STEP_MS, MockClock } from '@paylink/client/schemas';
import { getResponse } from 'msw';
import { createHandlers } from '../../src/http/index.ts';
import {
  BASE,
  call,
  expectError,
  expectJson,
  expectValidation,
  START,
  seedLink,
  useHarness,
} from '../support/http-harness.ts';

const harness = useHarness();
const { engine } = harness;

const DAY = 86_400_000;
const JSON_TYPE = { 'Content-Type': 'application/json' };

describe('development controls', () => {
  test('GET /__mock/clock answers now', async () => {
    assert.deepEqual(await expectJson(await call('GET', '/__mock/clock'), MockClock), {
      now: START,
    });
  });

  test('POST /__mock/clock advances the clock and expires links at once', async () => {
    const link = seedLink(engine, { expiresAt: new Date(Date.parse(START) + DAY).toISOString() });
    const moved = await expectJson(
      await call('POST', '/__mock/clock', { body: { advanceMs: 2 * DAY } }),
      MockClock,
    );
    assert.equal(moved.now, new Date(Date.parse(START) + 2 * DAY).toISOString());
    assert.equal(engine.getLink(link.id).status, 'expired');
  });

  test('POST /__mock/clock refuses negative or missing advanceMs', async () => {
    await expectValidation(await call('POST', '/__mock/clock', { body: { advanceMs: -1 } }), 'advanceMs');
    await expectValidation(await call('POST', '/__mock/clock', { body: { advance: 5 } }), 'advanceMs');
  });

  test('POST /__mock/seed adds demo links; POST /__mock/reset empties the engine', async () => {
    const seeded = await call('POST', '/__mock/seed', { body: { links: 25 } });
    assert.equal(seeded.status, 204);
    const everything = '/api/links?from=2000-01-01&limit=500';
    const active = await expectJson(await call('GET', everything), LinkPage);
    const archived = await expectJson(await call('GET', `${everything}&archived=true`), LinkPage);
    assert.equal(active.total + archived.total, 25);

    const reset = await call('POST', '/__mock/reset', { headers: JSON_TYPE });
    assert.equal(reset.status, 204);
    assert.equal((await expectJson(await call('GET', everything), LinkPage)).total, 0);
  });

  test('POST /__mock/seed validates links', async () => {
    await expectValidation(await call('POST', '/__mock/seed', { body: { links: 0 } }), 'links');
    await expectValidation(await call('POST', '/__mock/seed', { body: { links: 'many' } }), 'links');
  });
});

describe('no other web page can drive the controls', () => {
  test('without a Bearer token: 401, and nothing is reset', async () => {
    const link = seedLink(engine);
    for (const [method, path, body] of [
      ['POST', '/__mock/reset', undefined],
      ['POST', '/__mock/seed', { links: 5 }],
      ['POST', '/__mock/clock', { advanceMs: 1 }],
      ['GET', '/__mock/clock', undefined],
    ] as const) {
      await expectError(
        await call(method, path, { body, auth: false, headers: JSON_TYPE }),
        401,
        'unauthorized',
      );
    }
    assert.equal(engine.getLink(link.id).id, link.id);
  });

  test('a cross-site "simple" POST (text/plain, form) is refused with 415, and nothing is reset', async () => {
    const link = seedLink(engine);
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      for (const path of ['/__mock/reset', '/__mock/clock', '/__mock/seed']) {
        const response = await call('POST', path, {
          body: path === '/__mock/clock' ? '{"advanceMs":3e14}' : '{"links":5}',
          headers: { 'Content-Type': type },
        });
        await expectError(response, 415, 'unsupported_media_type');
      }
    }
    assert.equal(engine.getLink(link.id).id, link.id);
    assert.equal(new Date(engine.clock.now()).toISOString(), START);
  });

  test('clock moves are bounded: at most a year per move', async () => {
    await expectValidation(await call('POST', '/__mock/clock', { body: { advanceMs: 3e14 } }), 'advanceMs');
    await expectValidation(
      await call('POST', '/__mock/clock', { body: { advanceMs: MAX_CLOCK_STEP_MS + 1 } }),
      'advanceMs',
    );
    assert.equal(new Date(engine.clock.now()).toISOString(), START);
    await expectJson(
      await call('POST', '/__mock/clock', { body: { advanceMs: MAX_CLOCK_STEP_MS } }),
      MockClock,
    );
    // Links can still be created after the largest move.
    assert.equal(
      (await call('POST', '/api/links', { body: { amount: 1, title: 'x', customer: { name: 'y' } } })).status,
      201,
    );
  });
});

describe('controls: false', () => {
  test('every /__mock route answers 404', async () => {
    const handlers = createHandlers(engine, { baseUrl: BASE, controls: false });
    for (const [method, path] of [
      ['POST', '/__mock/reset'],
      ['POST', '/__mock/seed'],
      ['GET', '/__mock/clock'],
      ['POST', '/__mock/clock'],
    ] as const) {
      const request = new Request(`${BASE}${path}`, {
        method,
        headers: { Authorization: 'Bearer t', ...JSON_TYPE },
        body: method === 'POST' ? '{"links":5,"advanceMs":1}' : null,
      });
      await expectError((await getResponse(handlers, request))!, 404, 'not_found');
    }
  });
});
