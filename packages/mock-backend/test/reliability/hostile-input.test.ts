/**
 * A hostile-input corpus over every route of the real server: malformed and mistyped bodies of every
 * content type, oversized and deeply nested JSON, broken paths, queries and headers, methods the
 * routes do not answer. Every answer must be a 4xx carrying an error code, nothing may be reported
 * as an unexpected error (a 500), and the server must still answer afterwards.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { createEngine, ManualClock } from '../../src/engine/index.ts';
import { type MockServer, startMockServer } from '../../src/server.ts';
import { type RawAnswer, rawRequest } from '../support/raw-http.ts';

let server: MockServer;
const unexpected: unknown[] = [];
let ids: { link: string; token: string; payment: string; customer: string };

before(async () => {
  const engine = createEngine({ clock: new ManualClock('2026-11-27T10:00:00Z') });
  server = await startMockServer({ port: 0, engine, onError: (error) => unexpected.push(error) });
});
// The corpus posts to /__mock/reset too, so every test starts from things that exist.
beforeEach(() => {
  const { engine } = server;
  const link = engine.createLink({
    amount: 1250,
    title: 'Target',
    customer: { name: 'Ada', email: 'ada@example.com' },
  });
  const payment = engine.startPayment(link.token, { method: 'card' });
  ids = { link: link.id, token: link.token, payment: payment.id, customer: link.customer.id! };
});
after(() => server.close());

/** Every route, with the method it answers and a path naming things that exist. */
function routes(): { method: string; path: string; kind: 'json' | 'csv' | 'form' | 'none' }[] {
  const { link, token, payment, customer } = ids;
  return [
    { method: 'GET', path: '/api/links', kind: 'none' },
    { method: 'POST', path: '/api/links', kind: 'json' },
    { method: 'GET', path: `/api/links/${link}`, kind: 'none' },
    { method: 'PATCH', path: `/api/links/${link}`, kind: 'json' },
    { method: 'GET', path: `/api/links/${link}/events`, kind: 'none' },
    { method: 'GET', path: `/api/links/${link}/refunds`, kind: 'none' },
    { method: 'POST', path: `/api/links/${link}/refunds`, kind: 'json' },
    { method: 'POST', path: `/api/links/${link}/invitations`, kind: 'json' },
    { method: 'POST', path: '/api/links/invitations', kind: 'json' },
    { method: 'POST', path: '/api/links/archive', kind: 'json' },
    { method: 'POST', path: '/api/links/unarchive', kind: 'json' },
    { method: 'POST', path: '/api/links/import', kind: 'csv' },
    { method: 'GET', path: '/api/links/export', kind: 'none' },
    { method: 'GET', path: '/api/customers', kind: 'none' },
    { method: 'GET', path: `/api/customers/${customer}`, kind: 'none' },
    { method: 'GET', path: '/api/payment-methods', kind: 'none' },
    { method: 'GET', path: '/api/feed', kind: 'none' },
    { method: 'GET', path: `/api/pay/${token}`, kind: 'none' },
    { method: 'POST', path: `/api/pay/${token}/open`, kind: 'none' },
    { method: 'POST', path: `/api/pay/${token}/payments`, kind: 'json' },
    { method: 'GET', path: `/psp/${payment}`, kind: 'none' },
    { method: 'POST', path: `/psp/${payment}/complete`, kind: 'form' },
    { method: 'POST', path: '/__mock/reset', kind: 'json' },
    { method: 'POST', path: '/__mock/seed', kind: 'json' },
    { method: 'GET', path: '/__mock/clock', kind: 'none' },
    { method: 'POST', path: '/__mock/clock', kind: 'json' },
  ];
}

const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

/** Bodies that no JSON route accepts, by content type. */
const BAD_BODIES: { type: string; body: string | Buffer }[] = [
  { type: 'application/json', body: '{oops' },
  { type: 'application/json', body: 'null' },
  { type: 'application/json', body: '[]' },
  { type: 'application/json', body: '"text"' },
  { type: 'application/json', body: '12' },
  {
    type: 'application/json',
    body: '{"amount":"12","title":5,"ids":"x","links":-1,"advanceMs":3e14,"outcome":7}',
  },
  { type: 'application/json', body: deep(10_000) },
  { type: 'application/json', body: `{"a":${deep(60_000)}}` },
  { type: 'application/json', body: Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x7d]) },
  { type: 'multipart/form-data; boundary=xyz', body: '--nope\r\nbroken' },
  { type: 'multipart/form-data', body: 'no boundary at all' },
  { type: 'application/x-www-form-urlencoded', body: '%%%&&&=outcome=%ZZ' },
  { type: 'text/plain', body: '{"links":5}' },
  { type: 'application/xml', body: '<links>5</links>' },
  { type: 'text/csv', body: 'a,b\n1,2\n' },
  { type: '', body: '\u0000\u0001\u0002' },
  { type: 'application/json; charset=utf-16', body: Buffer.from('{"x":1}', 'utf16le') },
];

function expectRefusal(answer: RawAnswer, label: string): void {
  const what = label.length > 100 ? `${label.slice(0, 100)}…` : label;
  assert.ok(
    answer.status >= 400 && answer.status < 500,
    `${what}: ${answer.status} ${answer.body.slice(0, 300)}`,
  );
  if (answer.headers['content-type']?.startsWith('application/json')) {
    const body = JSON.parse(answer.body) as { code?: unknown };
    assert.equal(typeof body.code, 'string', `${what}: no code in ${answer.body.slice(0, 200)}`);
  } else {
    // The mock PSP answers a browser's form post with an HTML page.
    assert.match(
      answer.headers['content-type'] ?? '',
      /^text\/html/,
      `${what}: neither JSON nor the PSP page`,
    );
  }
}

function request(
  method: string,
  path: string,
  options: { type?: string; body?: string | Buffer; headers?: string[] } = {},
): Buffer {
  const body = options.body === undefined ? Buffer.alloc(0) : Buffer.from(options.body);
  const lines = [
    `${method} ${path} HTTP/1.1`,
    `Host: 127.0.0.1:${server.port}`,
    'Authorization: Bearer hostile',
    'Connection: close',
    ...(options.type ? [`Content-Type: ${options.type}`] : []),
    ...(method === 'GET' || method === 'HEAD' ? [] : [`Content-Length: ${body.length}`]),
    ...(options.headers ?? []),
  ];
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body]);
}

describe('hostile input: every route answers 4xx with a code, never 500', () => {
  test('malformed and mistyped bodies of every content type', async () => {
    for (const route of routes()) {
      if (route.method === 'GET') continue;
      for (const bad of BAD_BODIES) {
        if (route.kind === 'none' && bad.type === '') continue;
        const answer = await rawRequest(server.port, request(route.method, route.path, bad));
        // A POST that ignores its body (open) may succeed; everything else must refuse.
        if (route.kind === 'none' && answer.status < 400) continue;
        // Reset takes no body: any JSON-typed post resets.
        if (
          route.path === '/__mock/reset' &&
          bad.type.startsWith('application/json') &&
          answer.status === 204
        )
          continue;
        expectRefusal(answer, `${route.method} ${route.path} ${bad.type} ${String(bad.body).slice(0, 30)}`);
      }
    }
  });

  test('bodies over the route limit: 413 before they are read whole', async () => {
    const big = Buffer.alloc(200 * 1024, 0x20);
    for (const route of routes()) {
      if (route.method === 'GET' || route.kind === 'csv') continue;
      const answer = await rawRequest(
        server.port,
        request(route.method, route.path, { type: 'application/json', body: big }),
      );
      assert.equal(answer.status, 413, `${route.method} ${route.path}: ${answer.body}`);
      expectRefusal(answer, route.path);
    }
    const csv = await rawRequest(
      server.port,
      `POST /api/links/import HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer x\r\nContent-Type: text/csv\r\nContent-Length: 20000000\r\nConnection: close\r\n\r\nAmount,Title\r\n`,
    );
    assert.equal(csv.status, 413);
    expectRefusal(csv, 'CSV of 20 MB');
  });

  test('100 000-deep JSON with an Idempotency-Key: refused, not a stack overflow', async () => {
    for (const levels of [100_000, 30_000]) {
      const answer = await rawRequest(
        server.port,
        request('POST', '/api/links', {
          type: 'application/json',
          body: `{"amount":${deep(levels)}}`,
          headers: ['Idempotency-Key: deep-1'],
        }),
      );
      assert.equal(answer.status, levels === 100_000 ? 413 : 400, answer.body);
      expectRefusal(answer, `${levels} levels`);
    }
  });

  test('broken paths and path parameters', async () => {
    const { link } = ids;
    for (const path of [
      `/api/links/${'x'.repeat(5000)}`,
      '/api/links/%E0%A4%A',
      '/api/links/%00',
      '/api/links/..%2F..%2Fetc%2Fpasswd/events',
      '/api/pay/%F0%9F%8E%89',
      '/psp/%ZZ',
      `/api/links/${link}/events/%C0%AF`,
      '/api/customers/%E0%A4%A',
      '//evil.example/api/links',
      '/api/links?limit=%E0%A4%A',
    ]) {
      const answer = await rawRequest(server.port, request('GET', path));
      expectRefusal(answer, path);
    }
    for (const target of ['*', 'example.com:443', 'http://[/api/links']) {
      expectRefusal(await rawRequest(server.port, request('GET', target)), target);
    }
  });

  test('bad query parameters', async () => {
    for (const query of [
      'limit=-1',
      'limit=abc',
      'limit=100000',
      'status=bogus',
      'from=2027-02-30',
      'to=tomorrow',
      'sort=random',
      'archived=maybe',
      'minAmount=1e3',
      `q=${'x'.repeat(5000)}`,
      'cursor=%%%',
      `cursor=${'A'.repeat(3000)}`,
      'origin=attacker',
    ]) {
      expectRefusal(await rawRequest(server.port, request('GET', `/api/links?${query}`)), query);
    }
    expectRefusal(await rawRequest(server.port, request('GET', '/api/feed?after=garbage')), 'feed after');
    expectRefusal(
      await rawRequest(server.port, request('GET', `/api/links/${ids.link}/events?limit=0`)),
      'events limit',
    );
    expectRefusal(
      await rawRequest(server.port, request('GET', `/api/links/${ids.link}/events?after=zz`)),
      'events after',
    );
    expectRefusal(
      await rawRequest(
        server.port,
        request('POST', '/api/links/import?dryRun=perhaps', {
          type: 'text/csv',
          body: 'Amount,Title,Customer name\n1,x,y\n',
        }),
      ),
      'dryRun',
    );
  });

  test('bad headers: Host, Idempotency-Key, Authorization', async () => {
    for (const host of ['[', 'evil.example', 'evil.example:4010', 'a b', '127.0.0.1:99999', '']) {
      const raw = Buffer.from(
        `GET /api/links HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer x\r\nConnection: close\r\n\r\n`,
      );
      expectRefusal(await rawRequest(server.port, raw), `Host: ${host}`);
    }
    const body = JSON.stringify({ amount: 100, title: 'x', customer: { name: 'y' } });
    expectRefusal(
      await rawRequest(
        server.port,
        request('POST', '/api/links', {
          type: 'application/json',
          body,
          headers: [`Idempotency-Key: ${'k'.repeat(1000)}`],
        }),
      ),
      'long Idempotency-Key',
    );
    for (const auth of ['Bearer', 'Bearer    ', 'Basic dXNlcg==', 'bearer']) {
      const raw = Buffer.from(
        `GET /api/links HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${auth}\r\nConnection: close\r\n\r\n`,
      );
      const answer = await rawRequest(server.port, raw);
      assert.equal(answer.status, 401, auth);
      expectRefusal(answer, auth);
    }
  });

  test('methods the routes do not answer: 405 with Allow (or 404 off the routes)', async () => {
    const answered = new Map<string, Set<string>>();
    for (const route of routes()) {
      answered.set(route.path, (answered.get(route.path) ?? new Set()).add(route.method));
    }
    for (const route of routes()) {
      // GET and PATCH on /api/links/archive and its siblings are GET/PATCH /api/links/:id (a 404).
      const underLinkId = /^\/api\/links\/[a-z]+$/.test(route.path);
      const others = underLinkId
        ? []
        : ['GET', 'POST', 'PATCH'].filter((m) => !answered.get(route.path)!.has(m));
      for (const method of ['TRACE', 'TRACK', 'DELETE', 'PUT', 'FOO', ...others]) {
        const answer = await rawRequest(server.port, request(method, route.path));
        // Node's parser refuses methods it does not know (a JSON 400 from the server's clientError).
        if ((method === 'FOO' || method === 'TRACK') && answer.status === 400) {
          expectRefusal(answer, `${method} ${route.path}`);
          continue;
        }
        assert.equal(answer.status, 405, `${method} ${route.path}: ${answer.body}`);
        assert.ok(
          answer.headers.allow?.includes(route.method),
          `${method} ${route.path}: Allow ${answer.headers.allow}`,
        );
        expectRefusal(answer, `${method} ${route.path}`);
      }
    }
    expectRefusal(await rawRequest(server.port, request('TRACE', '/nowhere')), 'TRACE /nowhere');
    const connect = await rawRequest(
      server.port,
      Buffer.from(`CONNECT 127.0.0.1:${server.port} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`),
    );
    assert.equal(connect.status, 405);
  });

  test('HEAD on every GET route answers like GET, without a body', async () => {
    for (const route of routes()) {
      if (route.method !== 'GET') continue;
      const answer = await rawRequest(server.port, request('HEAD', route.path));
      assert.equal(answer.status, 200, `HEAD ${route.path}`);
      assert.equal(answer.body, '');
    }
  });

  test('the server is alive afterwards and reported no unexpected error', async () => {
    const answer = await rawRequest(server.port, request('GET', '/api/payment-methods'));
    assert.equal(answer.status, 200);
    assert.deepEqual(unexpected.map(String), []);
  });
});
