// Wire-level behaviour (retries, timeouts, aborts, auth refresh, validation) against hand-written
// msw handlers, so each failure mode can be produced exactly.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { delay, HttpResponse, http } from 'msw';
import { createPaylinkClient, isPaylinkError, type PaylinkError } from '../src/index.ts';
import { API, aLink, FAST_RETRY } from './support/fixtures.ts';
import { useMswServer } from './support/msw.ts';

const server = useMswServer();
const client = (options: Parameters<typeof createPaylinkClient>[0] = {}) =>
  createPaylinkClient({ baseUrl: API, getToken: () => 'secret', retry: FAST_RETRY, ...options });

/** Awaits a call that must fail and returns its PaylinkError. */
async function failure(promise: Promise<unknown>): Promise<PaylinkError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isPaylinkError(error), `expected a PaylinkError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

describe('answers are checked against their schema', () => {
  test('unknown extra fields are dropped', async () => {
    server.use(http.get(`${API}/links/pl_1`, () => HttpResponse.json({ ...aLink(), internalNote: 'x' })));
    const link = await client().links.get('pl_1');
    assert.equal(link.id, 'pl_1');
    assert.equal('internalNote' in link, false);
  });

  test('a missing field is invalid_response with the issues as details', async () => {
    const { status: _, ...withoutStatus } = aLink();
    server.use(http.get(`${API}/links/pl_1`, () => HttpResponse.json(withoutStatus)));
    const error = await failure(client().links.get('pl_1'));
    assert.equal(error.code, 'invalid_response');
    assert.equal(error.status, 200);
    assert.ok(Array.isArray(error.details));
    assert.ok((error.details as { path: string }[]).some((issue) => issue.path === 'status'));
  });

  test('a wrongly typed field is invalid_response', async () => {
    server.use(http.get(`${API}/links/pl_1`, () => HttpResponse.json(aLink({ amount: 12.5 }))));
    const error = await failure(client().links.get('pl_1'));
    assert.equal(error.code, 'invalid_response');
    assert.deepEqual(
      (error.details as { path: string }[]).map((issue) => issue.path),
      ['amount'],
    );
  });

  test('a body that is not JSON is invalid_response', async () => {
    server.use(http.get(`${API}/links/pl_1`, () => HttpResponse.text('<html>hello</html>')));
    assert.equal((await failure(client().links.get('pl_1'))).code, 'invalid_response');
  });
});

describe('retries', () => {
  test('a dropped connection is retried, then reported as network_error', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/links/pl_1`, () => {
        calls++;
        return HttpResponse.error();
      }),
    );
    const error = await failure(client().links.get('pl_1'));
    assert.equal(error.code, 'network_error');
    assert.equal(error.status, 0);
    assert.ok(error.cause !== undefined);
    assert.equal(calls, 3, 'the first attempt and two retries');
  });

  test('a drop followed by an answer succeeds', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/links/pl_1`, () =>
        ++calls === 1 ? HttpResponse.error() : HttpResponse.json(aLink()),
      ),
    );
    assert.equal((await client().links.get('pl_1')).id, 'pl_1');
    assert.equal(calls, 2);
  });

  test('503 then success on create: one link, the same Idempotency-Key on both attempts', async () => {
    const keys: (string | null)[] = [];
    const created = new Map<string, ReturnType<typeof aLink>>();
    server.use(
      http.post(`${API}/links`, ({ request }) => {
        const key = request.headers.get('idempotency-key');
        keys.push(key);
        // The server did the work but the answer was lost: the retry must not create another link.
        if (key && !created.has(key)) created.set(key, aLink({ id: `pl_${created.size + 1}` }));
        if (keys.length === 1)
          return HttpResponse.json({ code: 'internal_error', message: 'boom' }, { status: 503 });
        return HttpResponse.json(created.get(key ?? ''), { status: 201 });
      }),
    );
    const link = await client().links.create({ amount: 2500, title: 'Invoice 1', customer: { name: 'Ada' } });
    assert.equal(keys.length, 2);
    assert.ok(keys[0] && /^[0-9a-f-]{36}$/.test(keys[0]), 'a UUID key');
    assert.equal(keys[1], keys[0]);
    assert.equal(created.size, 1);
    assert.equal(link.id, 'pl_1');
  });

  test('each call gets its own key; a caller-given key is used as is', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${API}/links/pl_1/refunds`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return HttpResponse.json(
          {
            id: 'rf_1',
            linkId: 'pl_1',
            amount: 100,
            currency: 'EUR',
            message: 'sorry',
            status: 'pending',
            createdAt: '2026-11-01T10:00:00.000Z',
          },
          { status: 201 },
        );
      }),
    );
    const c = client();
    await c.links.refund('pl_1', { amount: 100, message: 'sorry' });
    await c.links.refund('pl_1', { amount: 100, message: 'sorry' });
    await c.links.refund('pl_1', { amount: 100, message: 'sorry' }, { idempotencyKey: 'mine-1' });
    assert.notEqual(keys[0], keys[1]);
    assert.equal(keys[2], 'mine-1');
  });

  test('keyed writes are retried: invite, inviteMany and import', async () => {
    const seen: Record<string, (string | null)[]> = { invite: [], many: [], import: [] };
    const flaky =
      (name: string, answer: () => Response) =>
      async ({ request }: { request: Request }) => {
        seen[name]?.push(request.headers.get('idempotency-key'));
        return seen[name]?.length === 1 ? new HttpResponse(null, { status: 502 }) : answer();
      };
    server.use(
      http.post(
        `${API}/links/invitations`,
        flaky('many', () => HttpResponse.json({ results: [{ id: 'pl_1', outcome: 'sent' }] })),
      ),
      http.post(
        `${API}/links/pl_1/invitations`,
        flaky('invite', () =>
          HttpResponse.json(
            { id: 'iv_1', linkId: 'pl_1', channel: 'email', to: 'ada@example.com', status: 'sent' },
            { status: 201 },
          ),
        ),
      ),
      http.post(
        `${API}/links/import`,
        flaky('import', () => HttpResponse.json({ created: 0, invalid: 0, rows: [] })),
      ),
    );
    const c = client();
    await c.links.invite('pl_1', { channel: 'email' });
    await c.links.inviteMany({ ids: ['pl_1'], channel: 'email' });
    await c.links.import('title,amount\n');
    for (const [name, keys] of Object.entries(seen)) {
      assert.equal(keys.length, 2, `${name} retried once`);
      assert.ok(keys[0], `${name} sent a key`);
      assert.equal(keys[1], keys[0], `${name} reused its key`);
    }
  });

  test('writes without a key are never retried', async () => {
    let calls = 0;
    const unavailable = () => {
      calls++;
      return HttpResponse.json({ code: 'internal_error', message: 'down' }, { status: 503 });
    };
    server.use(
      http.post(`${API}/links/archive`, unavailable),
      http.post(`${API}/links/unarchive`, unavailable),
      http.patch(`${API}/links/pl_1`, unavailable),
      http.post(`${API}/pay/tok/open`, unavailable),
      http.post(`${API}/pay/tok/payments`, unavailable),
    );
    const c = client();
    const calls_ = [
      c.links.archive(['pl_1']),
      c.links.unarchive({ ids: ['pl_1'] }),
      c.links.setLanguage('pl_1', 'nl'),
      c.pay.open('tok'),
      c.pay.startPayment('tok', { method: 'card' }),
    ];
    for (const call of calls_) {
      const error = await failure(call);
      assert.equal(error.code, 'internal_error');
      assert.equal(error.status, 503);
    }
    assert.equal(calls, calls_.length);
  });

  test('a dropped connection on a write without a key is not retried either', async () => {
    let calls = 0;
    server.use(
      http.post(`${API}/links/archive`, () => {
        calls++;
        return HttpResponse.error();
      }),
    );
    assert.equal((await failure(client().links.archive(['pl_1']))).code, 'network_error');
    assert.equal(calls, 1);
  });

  test('4xx answers are not retried', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/links/nope`, () => {
        calls++;
        return HttpResponse.json({ code: 'not_found', message: 'No such link' }, { status: 404 });
      }),
    );
    assert.equal((await failure(client().links.get('nope'))).code, 'not_found');
    assert.equal(calls, 1);
  });

  test('408 and 5xx on a GET are retried up to the limit', async () => {
    for (const status of [408, 500, 502, 504]) {
      let calls = 0;
      server.use(
        http.get(`${API}/payment-methods`, () => {
          calls++;
          return new HttpResponse(null, { status });
        }),
      );
      const error = await failure(client({ retry: { ...FAST_RETRY, limit: 1 } }).paymentMethods.list());
      assert.equal(error.status, status);
      assert.equal(calls, 2, `status ${status}`);
    }
  });

  test('retry: false sends once', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/payment-methods`, () => {
        calls++;
        return HttpResponse.error();
      }),
    );
    await failure(client({ retry: false }).paymentMethods.list());
    assert.equal(calls, 1);
  });

  test('429 with Retry-After waits at least that long', async () => {
    const times: number[] = [];
    server.use(
      http.get(`${API}/payment-methods`, () => {
        times.push(performance.now());
        return times.length === 1
          ? HttpResponse.json(
              { code: 'rate_limited', message: 'slow down' },
              { status: 429, headers: { 'Retry-After': '1' } },
            )
          : HttpResponse.json({ items: [] });
      }),
    );
    // Backoff alone would wait ~1 ms, so the wait can only come from the header.
    await client().paymentMethods.list();
    assert.equal(times.length, 2);
    assert.ok((times[1] ?? 0) - (times[0] ?? 0) >= 1000, `waited ${(times[1] ?? 0) - (times[0] ?? 0)} ms`);
  });

  test('a Retry-After longer than maxRetryAfterMs is not waited for', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/payment-methods`, () => {
        calls++;
        return HttpResponse.json(
          { code: 'rate_limited', message: 'later' },
          { status: 429, headers: { 'Retry-After': '3600' } },
        );
      }),
    );
    const started = performance.now();
    const error = await failure(
      client({ retry: { ...FAST_RETRY, maxRetryAfterMs: 5000 } }).paymentMethods.list(),
    );
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.status, 429);
    assert.equal(calls, 1);
    assert.ok(performance.now() - started < 1000);
  });
});

describe('timeouts and aborts', () => {
  test('an attempt slower than timeout is a timeout', async () => {
    server.use(
      http.get(`${API}/links/pl_1`, async () => {
        await delay(2000);
        return HttpResponse.json(aLink());
      }),
    );
    const started = performance.now();
    const error = await failure(client({ timeout: 50, retry: false }).links.get('pl_1'));
    assert.equal(error.code, 'timeout');
    assert.equal(error.status, 0);
    assert.ok(performance.now() - started < 1500);
  });

  test('aborting mid-request rejects with aborted', async () => {
    server.use(
      http.get(`${API}/links/pl_1`, async () => {
        await delay(2000);
        return HttpResponse.json(aLink());
      }),
    );
    const controller = new AbortController();
    const pending = client().links.get('pl_1', { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const error = await failure(pending);
    assert.equal(error.code, 'aborted');
    assert.equal(error.status, 0);
  });

  test('an already aborted signal sends nothing', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/links/pl_1`, () => {
        calls++;
        return HttpResponse.json(aLink());
      }),
    );
    const error = await failure(client().links.get('pl_1', { signal: AbortSignal.abort() }));
    assert.equal(error.code, 'aborted');
    assert.equal(calls, 0);
  });

  test('aborting during the wait between retries rejects with aborted at once', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/links/pl_1`, () => {
        calls++;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    const controller = new AbortController();
    const pending = client({ retry: { limit: 2, delayMs: 10_000 } }).links.get('pl_1', {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    assert.equal((await failure(pending)).code, 'aborted');
    assert.ok(performance.now() - started < 2000);
    assert.equal(calls, 1);
  });
});

describe('authentication', () => {
  test('getToken is awaited for every request and sent as a bearer token', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${API}/payment-methods`, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return HttpResponse.json({ items: [] });
      }),
    );
    let n = 0;
    const c = client({ getToken: async () => `t${++n}` });
    await c.paymentMethods.list();
    await c.paymentMethods.list();
    assert.deepEqual(seen, ['Bearer t1', 'Bearer t2']);
  });

  test('a 401 asks getToken again and resends once, even for a write without a key', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.post(`${API}/links/archive`, ({ request }) => {
        const auth = request.headers.get('authorization');
        seen.push(auth);
        return auth === 'Bearer fresh'
          ? HttpResponse.json({ results: [{ id: 'pl_1', outcome: 'archived' }] })
          : HttpResponse.json({ code: 'unauthorized', message: 'expired' }, { status: 401 });
      }),
    );
    const tokens = ['stale', 'fresh'];
    const result = await client({ getToken: () => tokens.shift() ?? 'none' }).links.archive(['pl_1']);
    assert.equal(result.results[0]?.outcome, 'archived');
    assert.deepEqual(seen, ['Bearer stale', 'Bearer fresh']);
  });

  test('a second 401 is unauthorized', async () => {
    let calls = 0;
    let tokens = 0;
    server.use(
      http.get(`${API}/links/pl_1`, () => {
        calls++;
        return HttpResponse.json({ code: 'unauthorized', message: 'no' }, { status: 401 });
      }),
    );
    const error = await failure(client({ getToken: () => `t${++tokens}` }).links.get('pl_1'));
    assert.equal(error.code, 'unauthorized');
    assert.equal(error.status, 401);
    assert.equal(calls, 2);
    assert.equal(tokens, 2);
  });

  test('without getToken (cookie auth) a 401 is final and no Authorization is sent', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/links/pl_1`, ({ request }) => {
        calls++;
        assert.equal(request.headers.get('authorization'), null);
        return HttpResponse.json({ code: 'unauthorized', message: 'no' }, { status: 401 });
      }),
    );
    const c = createPaylinkClient({ baseUrl: API, credentials: 'include' });
    assert.equal((await failure(c.links.get('pl_1'))).code, 'unauthorized');
    assert.equal(calls, 1);
  });

  test('a getToken that throws is unauthorized, with the cause kept', async () => {
    const boom = new Error('signed out');
    const error = await failure(
      client({
        getToken: () => {
          throw boom;
        },
      }).links.get('pl_1'),
    );
    assert.equal(error.code, 'unauthorized');
    assert.equal(error.cause, boom);
  });

  test('the pay routes get neither the token nor the extra headers', async () => {
    let auth: string | null = 'unset';
    server.use(
      http.get(`${API}/pay/tok`, ({ request }) => {
        auth = request.headers.get('authorization');
        return HttpResponse.json({
          token: 'tok',
          status: 'created',
          amount: 100,
          currency: 'EUR',
          title: 'T',
          merchant: { name: 'M' },
          language: 'en',
          methods: ['card'],
        });
      }),
    );
    await client({ headers: { authorization: 'Bearer leaked' } }).pay.get('tok');
    assert.equal(auth, null);
  });
});

describe('requests', () => {
  test('list builds the query: repeated status, booleans, numbers, no undefined', async () => {
    let query = '';
    server.use(
      http.get(`${API}/links`, ({ request }) => {
        query = new URL(request.url).search;
        return HttpResponse.json({ items: [aLink()], nextCursor: null, total: 1 });
      }),
    );
    const page = await client().links.list({
      status: ['paid', 'expired'],
      archived: true,
      minAmount: 100,
      q: undefined,
      sort: '-amount',
      limit: 10,
    });
    assert.equal(query, '?status=paid&status=expired&archived=true&minAmount=100&sort=-amount&limit=10');
    assert.equal(page.total, 1);
  });

  test('ids and tokens are encoded into one path segment', async () => {
    let pathname = '';
    server.use(
      http.get(`${API}/*`, ({ request }) => {
        pathname = new URL(request.url).pathname;
        return HttpResponse.json(aLink());
      }),
    );
    await client()
      .links.get('a/b?c')
      .catch(() => undefined);
    assert.equal(pathname, '/api/links/a%2Fb%3Fc');
  });

  test('custom fetch, headers and credentials are used', async () => {
    const requests: Request[] = [];
    const c = createPaylinkClient({
      baseUrl: 'http://elsewhere.test/api/',
      credentials: 'include',
      headers: { 'x-trace': 'abc' },
      fetch: async (input, init) => {
        const request = new Request(input, init);
        requests.push(request);
        return Response.json({ items: [] });
      },
    });
    await c.paymentMethods.list();
    assert.equal(requests.length, 1);
    assert.equal(requests[0]?.url, 'http://elsewhere.test/api/payment-methods');
    assert.equal(requests[0]?.headers.get('x-trace'), 'abc');
    assert.equal(requests[0]?.credentials, 'include');
  });

  test('a fetch that throws something odd still rejects with a PaylinkError', async () => {
    const c = createPaylinkClient({
      baseUrl: API,
      retry: false,
      fetch: () => Promise.reject('not even an Error'),
    });
    const error = await failure(c.paymentMethods.list());
    assert.equal(error.code, 'network_error');
    assert.equal(error.cause, 'not even an Error');
  });
});
