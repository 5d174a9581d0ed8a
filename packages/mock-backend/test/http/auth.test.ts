import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { getResponse } from 'msw';
import { createHandlers } from '../../src/http/index.ts';
import { BASE, expectError, useHarness } from '../support/http-harness.ts';
import { MERCHANT_ROUTES } from '../support/merchant-routes-table.ts';

const harness = useHarness();

function send(route: (typeof MERCHANT_ROUTES)[number], authorization?: string): Promise<Response> {
  const headers: Record<string, string> = {};
  if (authorization !== undefined) headers.Authorization = authorization;
  let body: string | undefined;
  if (route.csv !== undefined) {
    headers['Content-Type'] = 'text/csv';
    body = route.csv;
  } else if (route.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(route.body);
  }
  return fetch(`${BASE}${route.path}`, { method: route.method, headers, body });
}

describe('merchant routes require a Bearer token', () => {
  for (const route of MERCHANT_ROUTES) {
    const name = `${route.method} ${route.path}`;
    test(`${name}: 401 without Authorization`, async () => {
      const response = await send(route);
      await expectError(response, 401, 'unauthorized');
      assert.equal(response.headers.get('WWW-Authenticate'), 'Bearer');
    });
    test(`${name}: 401 with an empty Bearer token or another scheme`, async () => {
      for (const authorization of ['Bearer ', 'Bearer    ', 'Bearer', 'Basic dXNlcjpwdw==', 'test-token']) {
        await expectError(await send(route, authorization), 401, 'unauthorized');
      }
    });
    test(`${name}: any non-empty Bearer token passes`, async () => {
      const response = await send(route, 'bearer abc');
      assert.notEqual(response.status, 401, await response.text());
    });
  }

  test('an unauthorized create changes nothing', async () => {
    const route = MERCHANT_ROUTES.find((r) => r.method === 'POST' && r.path === '/api/links')!;
    await expectError(await send(route), 401, 'unauthorized');
    assert.equal(harness.engine.findLinks({ from: '2000-01-01' }).length, 0);
  });
});

describe('auth: false', () => {
  test('merchant routes answer without a token', async () => {
    // A second handler set goes through getResponse: one process holds one msw interception.
    const handlers = createHandlers(harness.engine, { baseUrl: 'http://open.test', auth: false });
    const response = await getResponse(handlers, new Request('http://open.test/api/payment-methods'));
    assert.equal(response?.status, 200);
  });
});
