import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PaymentStarted, PayView } from '@paylink/client/schemas';
import { getResponse } from 'msw';
import { createHandlers } from '../../src/http/index.ts';
import {
  BASE,
  call,
  expectError,
  expectJson,
  payLink,
  seedLink,
  useHarness,
} from '../support/http-harness.ts';

const harness = useHarness();
const { engine } = harness;

const pay = (method: string, path: string, body?: unknown) => call(method, path, { body, auth: false });

describe('public pay routes', () => {
  test('GET /api/pay/:token answers the PayView without auth and nothing about the customer', async () => {
    const link = seedLink(engine, { message: 'Thanks!' });
    seedLink(engine, { title: 'Someone else', customer: { name: 'Other', email: 'other@example.com' } });
    const response = await pay('GET', `/api/pay/${link.token}`);
    const view = await expectJson(response, PayView);
    assert.equal(view.token, link.token);
    assert.equal(view.title, link.title);
    assert.equal(view.status, 'created');
    assert.equal(view.merchant.name, engine.merchantName);
    const text = JSON.stringify(view);
    for (const secret of [
      link.id,
      'ada@example.com',
      'Ada Lovelace',
      '+32470000001',
      'Someone else',
      'other@',
    ]) {
      assert.ok(!text.includes(secret), `PayView leaks ${secret}`);
    }
    assert.ok(!('customer' in view) && !('id' in view));
  });

  test('POST /api/pay/:token/open moves created → clicked', async () => {
    const link = seedLink(engine);
    const view = await expectJson(await pay('POST', `/api/pay/${link.token}/open`), PayView);
    assert.equal(view.status, 'clicked');
    assert.equal(engine.getLink(link.id).status, 'clicked');
  });

  test('POST /api/pay/:token/payments: 201 with the mock PSP page on the same origin', async () => {
    const link = seedLink(engine);
    const started = await expectJson(
      await pay('POST', `/api/pay/${link.token}/payments`, { method: 'bancontact' }),
      PaymentStarted,
      201,
    );
    assert.equal(started.redirectUrl, `${BASE}/psp/${started.paymentId}`);
    const payment = engine.getPayment(started.paymentId);
    assert.equal(payment.method, 'bancontact');
    assert.equal(payment.returnUrl, link.url);
  });

  test('pspPageUrl replaces {paymentId} in the redirect', async () => {
    const link = seedLink(engine);
    const handlers = createHandlers(engine, {
      baseUrl: BASE,
      pspPageUrl: 'http://demo.test/psp.html?payment={paymentId}',
    });
    const request = new Request(`${BASE}/api/pay/${link.token}/payments`, {
      method: 'POST',
      body: JSON.stringify({ method: 'card', returnUrl: 'http://demo.test/done' }),
    });
    const started = await expectJson((await getResponse(handlers, request))!, PaymentStarted, 201);
    assert.equal(started.redirectUrl, `http://demo.test/psp.html?payment=${started.paymentId}`);
  });

  test('a method the link does not offer is method_not_active', async () => {
    const link = seedLink(engine, { methods: ['card'] });
    await expectError(
      await pay('POST', `/api/pay/${link.token}/payments`, { method: 'ideal' }),
      422,
      'method_not_active',
    );
  });

  test('unknown, deleted and archived tokens answer the same 404 on every pay route', async () => {
    const deleted = seedLink(engine);
    engine.archive({ ids: [deleted.id] });
    const archived = payLink(engine, seedLink(engine));
    engine.archive({ ids: [archived.id] });
    const archivedDunning = seedLink(engine, { origin: 'dunning' });
    engine.archive({ ids: [archivedDunning.id] });
    const unknown = 'x'.repeat(deleted.token.length);

    for (const [method, suffix, body] of [
      ['GET', '', undefined],
      ['POST', '/open', undefined],
      ['POST', '/payments', { method: 'card' }],
    ] as const) {
      const answers = [];
      for (const token of [unknown, deleted.token, archived.token, archivedDunning.token]) {
        const response = await pay(method, `/api/pay/${token}${suffix}`, body);
        answers.push({ status: response.status, body: await expectError(response, 404, 'not_found') });
      }
      for (const answer of answers.slice(1))
        assert.deepEqual(answer, answers[0], `${method} ${suffix} differs`);
    }
  });

  test('an unarchived link can be opened again', async () => {
    const link = seedLink(engine, { origin: 'dunning' });
    engine.archive({ ids: [link.id] });
    await expectError(await pay('GET', `/api/pay/${link.token}`), 404, 'not_found');
    engine.unarchive({ ids: [link.id] });
    await expectJson(await pay('GET', `/api/pay/${link.token}`), PayView);
  });
});
