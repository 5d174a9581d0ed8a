import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PaymentLink } from '@paylink/client/schemas';
import { getResponse } from 'msw';
import type { Engine } from '../../src/engine/api.ts';
import { createHandlers } from '../../src/http/index.ts';
import {
  BASE,
  call,
  expectError,
  expectJson,
  expectValidation,
  newLink,
  payLink,
  seedLink,
  useHarness,
} from '../support/http-harness.ts';

const harness = useHarness();
const { engine } = harness;

describe('engine refusals keep their code and status', () => {
  test('validation_failed: 400 with a path per bad field', async () => {
    const response = await call('POST', '/api/links', {
      body: newLink({ amount: -5, title: 'x'.repeat(141) }),
    });
    const details = await expectValidation(response, 'amount');
    assert.ok(details.some((issue) => issue.path === 'title'));
  });

  test('not_found: 404 for an unknown link', async () => {
    await expectError(await call('GET', '/api/links/lnk_missing'), 404, 'not_found');
    await expectError(await call('GET', '/api/links/lnk_missing/events'), 404, 'not_found');
    await expectError(await call('GET', '/api/customers/cus_missing'), 404, 'not_found');
  });

  test('invalid_transition: 409 when paying a paid link again', async () => {
    const link = payLink(engine, seedLink(engine));
    const response = await call('POST', `/api/pay/${link.token}/payments`, {
      body: { method: 'card' },
      auth: false,
    });
    await expectError(response, 409, 'invalid_transition');
  });

  test('refund_not_allowed: 409 on a link that is not paid', async () => {
    const link = seedLink(engine);
    const response = await call('POST', `/api/links/${link.id}/refunds`, {
      body: { amount: 100, message: 'x' },
    });
    await expectError(response, 409, 'refund_not_allowed');
  });

  test('idempotency_conflict: 409 for the same key with another body', async () => {
    const headers = { 'Idempotency-Key': 'k-1' };
    await expectJson(await call('POST', '/api/links', { body: newLink(), headers }), PaymentLink, 201);
    const response = await call('POST', '/api/links', { body: newLink({ amount: 999 }), headers });
    await expectError(response, 409, 'idempotency_conflict');
  });

  test('refund_exceeds_remaining: 422 beyond what is left', async () => {
    const link = payLink(engine, seedLink(engine));
    engine.refund(link.id, { amount: 1000, message: 'most' });
    const response = await call('POST', `/api/links/${link.id}/refunds`, {
      body: { amount: 251, message: 'rest' },
    });
    await expectError(response, 422, 'refund_exceeds_remaining');
  });

  test('method_not_active: 422 when creating with an inactive method', async () => {
    const response = await call('POST', '/api/links', { body: newLink({ methods: ['card', 'paypal'] }) });
    await expectError(response, 422, 'method_not_active');
  });

  test('missing_recipient: 422 when the customer has no address for the channel', async () => {
    const link = seedLink(engine, { customer: { name: 'No Phone', email: 'np@example.com' } });
    const response = await call('POST', `/api/links/${link.id}/invitations`, { body: { channel: 'sms' } });
    await expectError(response, 422, 'missing_recipient');
  });
});

describe('HTTP-level errors', () => {
  test('malformed JSON: 400 validation_failed before the engine sees it', async () => {
    const response = await call('POST', '/api/links', {
      body: '{"amount": 12,',
      headers: { 'Content-Type': 'application/json' },
    });
    await expectValidation(response, '');
    assert.equal(engine.findLinks({}).length, 0);
  });

  test('an empty body is a validation error with field paths', async () => {
    await expectError(await call('POST', '/api/links', { body: '' }), 400, 'validation_failed');
    await expectValidation(
      await call('POST', '/__mock/clock', { body: '{}', headers: { 'Content-Type': 'application/json' } }),
      'advanceMs',
    );
  });

  test('unknown routes under /api, /psp and /__mock: 404 not_found JSON', async () => {
    for (const [method, path] of [
      ['GET', '/api/nope'],
      ['DELETE', '/api/nope/x'],
      ['GET', '/api/pay/tok/extra/deep'],
      ['PUT', '/psp/x/y/z'],
      ['GET', '/__mock/nothing'],
    ] as const) {
      const body = await expectError(await call(method, path), 404, 'not_found');
      assert.match(body.message, new RegExp(`${method} `));
    }
  });

  test('a known path with a method it does not answer: 405 method_not_allowed with Allow', async () => {
    for (const [method, path, allow] of [
      ['DELETE', '/api/links/x', 'GET, HEAD, OPTIONS, PATCH'],
      ['POST', '/api/links/x', 'GET, HEAD, OPTIONS, PATCH'],
      ['PUT', '/psp/x', 'GET, HEAD, OPTIONS'],
      ['DELETE', '/api/links', 'GET, HEAD, OPTIONS, POST'],
      ['GET', '/psp/x/complete', 'OPTIONS, POST'],
      ['PUT', '/api/feed', 'GET, HEAD, OPTIONS'],
      ['PATCH', '/__mock/reset', 'OPTIONS, POST'],
    ] as const) {
      const response = await call(method, path);
      assert.equal(response.headers.get('Allow'), allow, `${method} ${path}`);
      const body = await expectError(response, 405, 'method_not_allowed');
      assert.match(body.message, new RegExp(`^${method} `));
    }
  });

  test('HEAD answers on every GET route: same status and headers, no body', async () => {
    const link = seedLink(engine);
    for (const path of [
      '/api/links',
      `/api/links/${link.id}`,
      `/api/links/${link.id}/events`,
      `/api/links/${link.id}/refunds`,
      '/api/links/export',
      '/api/customers',
      '/api/payment-methods',
      '/api/feed',
      `/api/pay/${link.token}`,
      '/__mock/clock',
    ]) {
      const get = await call('GET', path);
      const head = await call('HEAD', path);
      assert.equal(head.status, get.status, path);
      assert.equal(head.status, 200, path);
      assert.equal(head.headers.get('Content-Type'), get.headers.get('Content-Type'), path);
      assert.equal(await head.text(), '', path);
      await get.arrayBuffer();
    }
    const payment = engine.startPayment(link.token, { method: 'card' });
    assert.equal((await call('HEAD', `/psp/${payment.id}`)).status, 200);
    await expectError(await call('GET', '/api/links/missing'), 404, 'not_found');
    assert.equal((await call('HEAD', '/api/links/missing')).status, 404);
  });

  test('an unexpected exception: 500 internal_error JSON without a stack, reported', async () => {
    const broken = new Proxy(engine, {
      get(target, key, receiver) {
        if (key === 'listPaymentMethods') {
          return () => {
            throw new TypeError('secret internals at engine.ts:42');
          };
        }
        return Reflect.get(target, key, receiver);
      },
    }) as Engine;
    const reported: unknown[] = [];
    const handlers = createHandlers(broken, { baseUrl: BASE, onError: (error) => reported.push(error) });
    const request = new Request(`${BASE}/api/payment-methods`, { headers: { Authorization: 'Bearer t' } });
    const response = (await getResponse(handlers, request))!;
    const body = await expectError(response, 500, 'internal_error');
    assert.doesNotMatch(JSON.stringify(body), /secret|engine\.ts|TypeError/);
    assert.equal(reported.length, 1);
  });

  test('an answer that fails its schema is a loud 500, not a silent drift', async () => {
    const drifting = new Proxy(engine, {
      get(target, key, receiver) {
        if (key === 'getLink')
          return (id: string) => ({ ...target.getLink(id), status: 'lost', amount: 12.5 });
        return Reflect.get(target, key, receiver);
      },
    }) as Engine;
    const link = seedLink(engine);
    const reported: unknown[] = [];
    const handlers = createHandlers(drifting, { baseUrl: BASE, onError: (error) => reported.push(error) });
    const request = new Request(`${BASE}/api/links/${link.id}`, { headers: { Authorization: 'Bearer t' } });
    const body = await expectError((await getResponse(handlers, request))!, 500, 'internal_error');
    const paths = (body.details ?? []).map((issue) => issue.path);
    assert.deepEqual(paths.sort(), ['amount', 'status']);
    assert.equal(reported.length, 1);
  });
});
