import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ApiErrorBody,
  type LinkEvent,
  LinkEventList,
  PaymentLink,
  type PaymentStarted,
  PaymentStarted as PaymentStartedSchema,
  PayView,
  Refund,
} from '@paylink/client/schemas';
import { createEngine, ManualClock } from '../../src/engine/index.ts';
import { type MockServer, startMockServer } from '../../src/server.ts';
import { parsed, request } from '../support/real-server.ts';

const errors: unknown[] = [];
let server: MockServer;

before(async () => {
  const engine = createEngine({
    clock: new ManualClock('2026-11-27T10:00:00Z'),
    payUrl: 'http://localhost:5173/pay.html?token={token}',
  });
  server = await startMockServer({ port: 0, engine, onError: (error) => errors.push(error) });
});
after(async () => {
  await server.close();
  assert.deepEqual(errors, [], 'the server reported unexpected errors');
});

describe('startMockServer over real sockets', () => {
  test('binds 127.0.0.1 on an ephemeral port and reports it', () => {
    assert.ok(server.port > 0);
    assert.equal(server.url, `http://127.0.0.1:${server.port}`);
  });

  test('full scenario: create → pay page → open → pay at the PSP by form → paid → refund → events', async () => {
    const created = await request(`${server.url}/api/links`, {
      method: 'POST',
      body: {
        amount: 4200,
        title: 'Bike repair',
        customer: { name: 'Grace Hopper', email: 'grace@example.com' },
      },
    });
    assert.equal(created.status, 201, created.text);
    const link = parsed<PaymentLink>(PaymentLink, created.body);

    const view = await request(`${server.url}/api/pay/${link.token}`, { auth: false });
    assert.equal(parsed<PayView>(PayView, view.body).status, 'created');
    const opened = await request(`${server.url}/api/pay/${link.token}/open`, { method: 'POST', auth: false });
    assert.equal(parsed<PayView>(PayView, opened.body).status, 'clicked');

    const started = await request(`${server.url}/api/pay/${link.token}/payments`, {
      method: 'POST',
      body: { method: 'card' },
      auth: false,
    });
    assert.equal(started.status, 201, started.text);
    const { paymentId, redirectUrl } = parsed<PaymentStarted>(PaymentStartedSchema, started.body);
    assert.equal(redirectUrl, `${server.url}/psp/${paymentId}`);

    const page = await fetch(redirectUrl);
    assert.equal(page.status, 200);
    assert.ok(page.headers.get('Content-Security-Policy'));
    const html = await page.text();
    const action =
      /<form method="post" action="([^"]+)"><button type="submit" name="outcome" value="approve">/.exec(
        html,
      )?.[1];
    assert.equal(action, `/psp/${paymentId}/complete`);

    const approved = await fetch(new URL(action!, redirectUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'outcome=approve',
      redirect: 'manual',
    });
    assert.equal(approved.status, 303);
    assert.equal(approved.headers.get('Location'), link.url);

    const paid = parsed<PaymentLink>(PaymentLink, (await request(`${server.url}/api/links/${link.id}`)).body);
    assert.equal(paid.status, 'paid');
    assert.equal(paid.paidMethod, 'card');

    const refunded = await request(`${server.url}/api/links/${link.id}/refunds`, {
      method: 'POST',
      body: { amount: 1000, message: 'Part missing' },
      headers: { 'Idempotency-Key': 'r-1' },
    });
    assert.equal(refunded.status, 201, refunded.text);
    assert.equal(parsed<Refund>(Refund, refunded.body).status, 'pending');
    const clock = await request(`${server.url}/__mock/clock`, {
      method: 'POST',
      body: { advanceMs: 5000 },
    });
    assert.equal(clock.status, 200);

    const events = await request(`${server.url}/api/links/${link.id}/events`);
    const types = parsed<{ items: LinkEvent[] }>(LinkEventList, events.body).items.map((e) => e.type);
    assert.deepEqual(types, [
      'created',
      'opened',
      'payment_started',
      'paid',
      'refund_requested',
      'refund_succeeded',
    ]);
  });

  test('errors over the wire: malformed JSON 400, unknown path 404, all JSON', async () => {
    const bad = await request(`${server.url}/api/links`, {
      method: 'POST',
      body: '{oops',
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(bad.status, 400);
    assert.equal(parsed<ApiErrorBody>(ApiErrorBody, bad.body).code, 'validation_failed');
    for (const path of ['/', '/favicon.ico', '/api/nothing-here']) {
      const missing = await request(`${server.url}${path}`);
      assert.equal(missing.status, 404, path);
      assert.equal(parsed<ApiErrorBody>(ApiErrorBody, missing.body).code, 'not_found');
    }
    const unauthorized = await request(`${server.url}/api/links`, { auth: false });
    assert.equal(unauthorized.status, 401);
  });
});

describe('CORS', () => {
  const preflight = (origin: string, url = `${server.url}/api/links`) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key',
      },
    });

  test('a preflight from http://localhost:5173 is allowed with the needed headers', async () => {
    const response = await preflight('http://localhost:5173');
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), 'http://localhost:5173');
    const allowed = (response.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'content-type', 'idempotency-key'])
      assert.ok(allowed.includes(header));
    assert.match(response.headers.get('Access-Control-Allow-Methods') ?? '', /PATCH/);
    assert.match(response.headers.get('Vary') ?? '', /Origin/);
  });

  test('answers from an allowed origin expose Retry-After and Content-Disposition', async () => {
    const response = await fetch(`${server.url}/api/links/export`, {
      headers: { Origin: 'http://127.0.0.1:8080', Authorization: 'Bearer x' },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), 'http://127.0.0.1:8080');
    assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /Content-Disposition/);
    assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
    await response.arrayBuffer();
  });

  test('https://evil.example is refused: no Allow-Origin on the preflight or the answer', async () => {
    const response = await preflight('https://evil.example');
    assert.notEqual(response.status, 204);
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), null);
    await response.arrayBuffer();
    const plain = await fetch(`${server.url}/api/pay/nothing`, {
      headers: { Origin: 'https://evil.example' },
    });
    assert.equal(plain.headers.get('Access-Control-Allow-Origin'), null);
    await plain.arrayBuffer();
    for (const lookalike of [
      'http://localhost.evil.example',
      'http://127.0.0.1.evil.example:80',
      'https://localhost:5173',
    ]) {
      const answer = await preflight(lookalike);
      assert.equal(answer.headers.get('Access-Control-Allow-Origin'), null, lookalike);
      await answer.arrayBuffer();
    }
  });

  test('origins are configurable, and body size is limited', async () => {
    const custom = await startMockServer({
      port: 0,
      cors: { origins: ['https://shop.example', /^https:\/\/.*\.shop\.example$/] },
      bodyLimit: 1024,
    });
    try {
      const shop = await preflight('https://admin.shop.example', `${custom.url}/api/links`);
      assert.equal(shop.headers.get('Access-Control-Allow-Origin'), 'https://admin.shop.example');
      const local = await preflight('http://localhost:5173', `${custom.url}/api/links`);
      assert.equal(local.headers.get('Access-Control-Allow-Origin'), null);
      const big = await request(`${custom.url}/api/links`, {
        method: 'POST',
        body: { title: 'x'.repeat(4096) },
      });
      assert.equal(big.status, 413);
      assert.equal(parsed<ApiErrorBody>(ApiErrorBody, big.body).code, 'payload_too_large');
    } finally {
      await custom.close();
    }
  });
});
