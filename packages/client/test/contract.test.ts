// Every method against the real mock backend (its engine and msw handlers, in process), so the
// client and the server are checked against each other, not against hand-written fakes.
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { createEngine, createHandlers, ManualClock } from '@paylink/mock-backend';
import { HttpResponse, http } from 'msw';
import { createPaylinkClient, isPaylinkError, type PaylinkError } from '../src/index.ts';
import { FAST_RETRY } from './support/fixtures.ts';
import { useMswServer } from './support/msw.ts';

const ROOT = 'http://mock.test';
const API = `${ROOT}/api`;
const clock = new ManualClock('2026-11-27T10:00:00.000Z');
const engine = createEngine({ clock, seed: 7, refundSettleMs: 1000 });
const server = useMswServer(...createHandlers(engine, { baseUrl: ROOT, onError: () => undefined }));
// resetHandlers() without arguments returns to the engine's handlers after each test.

let requests = 0;
const client = createPaylinkClient({
  baseUrl: API,
  getToken: () => 'merchant-token',
  retry: FAST_RETRY,
  fetch: (input, init) => {
    requests++;
    return globalThis.fetch(input, init);
  },
});

beforeEach(() => {
  engine.reset();
  requests = 0;
});

async function failure(promise: Promise<unknown>): Promise<PaylinkError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isPaylinkError(error), `expected a PaylinkError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

const newLink = (overrides: Record<string, unknown> = {}) =>
  client.links.create({
    amount: 4200,
    title: 'Garden chairs',
    customer: { name: 'Ada Lovelace', email: 'ada@example.com' },
    methods: ['card', 'ideal'],
    ...overrides,
  });

/** Creates a link and pays it through the public routes and the mock PSP. */
async function paidLink() {
  const link = await newLink();
  await client.pay.open(link.token);
  const { paymentId } = await client.pay.startPayment(link.token, { method: 'card' });
  engine.completePayment(paymentId, { outcome: 'approve' });
  return client.links.get(link.id);
}

describe('links', () => {
  test('create, get and list', async () => {
    const link = await newLink({ reference: 'REF-1' });
    assert.equal(link.status, 'created');
    assert.equal(link.amount, 4200);
    assert.deepEqual(await client.links.get(link.id), link);
    const page = await client.links.list({ status: ['created'], q: 'REF-1' });
    assert.equal(page.total, 1);
    assert.equal(page.items[0]?.id, link.id);
    assert.equal(page.nextCursor, null);
  });

  test('list filters: status repeated, archived, amounts', async () => {
    await newLink({ amount: 100 });
    await newLink({ amount: 900 });
    const paid = await paidLink();
    assert.equal((await client.links.list({ status: ['paid', 'expired'] })).items[0]?.id, paid.id);
    assert.equal((await client.links.list({ minAmount: 500, maxAmount: 1000 })).total, 1);
    assert.equal((await client.links.list({ archived: true })).total, 0);
    assert.equal((await client.links.list({ sort: '-amount', limit: 1 })).items[0]?.amount, 4200);
  });

  test('setLanguage, events', async () => {
    const link = await newLink();
    assert.equal((await client.links.setLanguage(link.id, 'nl')).language, 'nl');
    assert.equal((await client.links.setLanguage(link.id, { language: 'fr' })).language, 'fr');
    const { items } = await client.links.events(link.id);
    assert.deepEqual(
      items.map((event) => event.type),
      ['created', 'language_changed', 'language_changed'],
    );
  });

  test('refund a paid link, list refunds', async () => {
    const link = await paidLink();
    assert.equal(link.status, 'paid');
    const refund = await client.links.refund(link.id, { amount: 1000, message: 'One chair broken' });
    assert.equal(refund.status, 'pending');
    const refunds = await client.links.refunds(link.id);
    assert.equal(refunds.items.length, 1);
    assert.equal(refunds.refundable, 3200);
  });

  test('a replayed refund key returns the first refund and refunds once', async () => {
    const link = await paidLink();
    const body = { amount: 500, message: 'Late delivery' };
    const first = await client.links.refund(link.id, body, { idempotencyKey: 'refund-1' });
    const again = await client.links.refund(link.id, body, { idempotencyKey: 'refund-1' });
    assert.equal(again.id, first.id);
    assert.equal((await client.links.refunds(link.id)).items.length, 1);
  });

  test('invite and inviteMany', async () => {
    const link = await newLink();
    const invitation = await client.links.invite(link.id, { channel: 'email' });
    assert.equal(invitation.status, 'sent');
    assert.equal(invitation.to, 'ada@example.com');
    const bulk = await client.links.inviteMany({ ids: [link.id, 'missing'], channel: 'email' });
    assert.deepEqual(
      bulk.results.map((result) => result.outcome),
      ['sent', 'not_found'],
    );
  });

  test('archive deletes a created link and archives a paid one; unarchive restores', async () => {
    const created = await newLink();
    const paid = await paidLink();
    const archived = await client.links.archive([created.id, paid.id]);
    assert.deepEqual(
      archived.results.map((result) => result.outcome),
      ['deleted', 'archived'],
    );
    assert.equal((await client.links.list({ archived: true })).items[0]?.id, paid.id);
    const restored = await client.links.unarchive({ ids: [paid.id] });
    assert.equal(restored.results[0]?.outcome, 'unarchived');
    assert.equal((await client.links.get(paid.id)).archived, false);
  });

  test('import: dry run validates, a real run creates', async () => {
    const csv =
      'amount,title,customer name,email\n12.50,Lamp,Ada Lovelace,ada@example.com\n,No amount,Bob,\n';
    const dry = await client.links.import(csv, { dryRun: true });
    assert.equal(dry.created, 0);
    assert.equal(dry.invalid, 1);
    assert.equal((await client.links.list()).total, 0);
    const real = await client.links.import(new Blob([csv], { type: 'text/csv' }));
    assert.equal(real.created, 1);
    assert.equal((await client.links.list()).total, 1);
  });

  test('export by ids and by filters, as text and as a Blob', async () => {
    const a = await newLink({ title: 'First' });
    await newLink({ title: '=SUM(A1)' });
    const byIds = await client.links.export({ ids: [a.id] });
    const lines = byIds.trim().split(/\r?\n/);
    assert.equal(lines.length, 2, 'header and one row');
    assert.ok(lines[1]?.includes('First'));
    const all = await client.links.export({ status: ['created'] });
    assert.equal(all.trim().split(/\r?\n/).length, 3);
    assert.ok(!/(^|,)=SUM/.test(all), 'formula neutralised');
    const blob = await client.links.exportBlob({ ids: [a.id] });
    assert.match(blob.type, /^text\/csv/);
    assert.equal(await blob.text(), byIds);
  });

  test('exportBlob is the file for spreadsheets: the UTF-8 BOM once, then the CSV as written', async () => {
    const link = await newLink({
      title: 'Crème brûlée für Søren',
      customer: { name: 'Zoë', email: 'zoe@example.com', mobile: '+32470123456' },
    });
    const text = await client.links.export({ ids: [link.id] });
    assert.ok(!text.startsWith('\uFEFF'), 'the text has no BOM');
    const bytes = new Uint8Array(await (await client.links.exportBlob({ ids: [link.id] })).arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the file starts with the BOM');
    assert.notDeepEqual([...bytes.subarray(3, 6)], [0xef, 0xbb, 0xbf], 'only one BOM');
    const file = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    assert.equal(file, `\uFEFF${text}`);
    assert.ok(file.includes(',Crème brûlée für Søren,'), file);
    assert.ok(file.includes(',+32470123456,'), 'a phone number stays as written');
  });

  test('a lost answer to create (503) is retried with the same key: one link on the server', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${API}/links`, async ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        if (keys.length > 1) return undefined;
        // The engine does the work, then the answer is lost on the way back.
        engine.createLink(await request.clone().json(), {
          idempotencyKey: request.headers.get('idempotency-key') ?? '',
        });
        return HttpResponse.json({ code: 'internal_error', message: 'lost' }, { status: 503 });
      }),
    );
    const link = await newLink();
    assert.equal(keys.length, 2);
    assert.equal(keys[1], keys[0]);
    const all = await client.links.list();
    assert.equal(all.total, 1);
    assert.equal(all.items[0]?.id, link.id);
  });

  test('iterate yields 2 000 links exactly once, in pages of 500', async () => {
    const created = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const link = engine.createLink({ amount: 100 + i, title: `Bulk ${i}`, customer: { name: 'Bulk' } });
      created.add(link.id);
      clock.advance(1000);
    }
    requests = 0;
    const seen: string[] = [];
    for await (const link of client.links.iterate({ sort: 'amount' }, { pageSize: 500 })) seen.push(link.id);
    assert.equal(seen.length, 2000);
    assert.equal(new Set(seen).size, 2000);
    assert.deepEqual(new Set(seen), created);
    assert.equal(requests, 4);
  });

  test('iterate stops when the consumer breaks', async () => {
    for (let i = 0; i < 5; i++) engine.createLink({ amount: 100, title: `L${i}`, customer: { name: 'X' } });
    requests = 0;
    let count = 0;
    for await (const _ of client.links.iterate({}, { pageSize: 2 })) if (++count === 3) break;
    assert.equal(count, 3);
    assert.equal(requests, 2);
  });
});

describe('customers, payment methods', () => {
  test('customers.list, customers.get', async () => {
    const { items } = await client.customers.list();
    assert.ok(items.length > 0);
    const first = items[0];
    assert.ok(first);
    const found = await client.customers.list(first.name);
    assert.ok(found.items.some((customer) => customer.id === first.id));
    assert.deepEqual(await client.customers.get(first.id), first);
  });

  test('paymentMethods.list', async () => {
    const { items } = await client.paymentMethods.list();
    assert.ok(items.some((method) => method.id === 'card' && method.active));
    assert.ok(items.some((method) => method.id === 'paypal' && !method.active));
  });
});

describe('pay routes', () => {
  test('get, open and startPayment', async () => {
    const link = await newLink();
    const view = await client.pay.get(link.token);
    assert.equal(view.status, 'created');
    assert.equal(view.amount, 4200);
    assert.equal((await client.pay.open(link.token)).status, 'clicked');
    const started = await client.pay.startPayment(link.token, { method: 'ideal' });
    assert.ok(started.paymentId);
    assert.ok(started.redirectUrl);
  });

  test('an archived link is not_found on the pay routes', async () => {
    const link = await paidLink();
    await client.links.archive([link.id]);
    const error = await failure(client.pay.get(link.token));
    assert.equal(error.code, 'not_found');
    assert.equal(error.status, 404);
  });
});

describe('feed', () => {
  test('poll returns events and a cursor that continues after them', async () => {
    await newLink();
    const first = await client.feed.poll();
    assert.ok(first.items.some((event) => event.type === 'created'));
    await newLink();
    const next = await client.feed.poll(first.cursor);
    assert.deepEqual(
      next.items.map((event) => event.type),
      ['created'],
    );
  });

  test('subscribe yields new events and ends quietly on abort', async () => {
    await newLink();
    const controller = new AbortController();
    const types: string[] = [];
    setTimeout(() => void newLink({ title: 'Later' }), 30);
    for await (const event of client.feed.subscribe({
      after: 'now',
      signal: controller.signal,
      intervalMs: 10,
    })) {
      types.push(event.type);
      // Wait one more empty poll, then stop from outside while the subscription is idle.
      setTimeout(() => controller.abort(), 40);
    }
    assert.deepEqual(types, ['created']);
  });

  test('subscribe waits out a failing server and carries on', async () => {
    let failures = 0;
    server.use(
      http.get(`${API}/feed`, () => {
        if (failures++ < 2) return new HttpResponse(null, { status: 503 });
        return undefined;
      }),
    );
    await newLink();
    const noRetry = createPaylinkClient({ baseUrl: API, getToken: () => 't', retry: false });
    const controller = new AbortController();
    const types: string[] = [];
    for await (const event of noRetry.feed.subscribe({ signal: controller.signal, intervalMs: 5 })) {
      types.push(event.type);
      controller.abort();
    }
    assert.equal(failures, 3);
    assert.deepEqual(types, ['created']);
  });

  test('subscribe ends by throwing on an error that waiting cannot fix', async () => {
    const error = await failure(
      (async () => {
        for await (const _ of client.feed.subscribe({ after: 'not-a-cursor', intervalMs: 5 })) {
          // nothing arrives
        }
      })(),
    );
    assert.equal(error.code, 'validation_failed');
  });
});

describe('feed.pages', () => {
  test('yields every page with the cursor to resume from, empty ones too', async () => {
    const controller = new AbortController();
    const pages: { types: string[]; cursor: string }[] = [];
    setTimeout(() => void newLink({ title: 'Paged' }), 30);
    for await (const page of client.feed.pages({ after: 'now', signal: controller.signal, intervalMs: 10 })) {
      pages.push({ types: page.items.map((event) => event.type), cursor: page.cursor });
      if (page.items.length > 0) controller.abort();
    }
    assert.ok(pages.length >= 2, 'an empty page came before the one with the event');
    assert.deepEqual(pages.at(0)?.types, []);
    assert.deepEqual(pages.at(-1)?.types, ['created']);
    // Resuming from the last cursor yields nothing already seen.
    const again = await client.feed.poll(pages.at(-1)?.cursor);
    assert.deepEqual(again.items, []);
  });

  test('retryWhen decides which failures are waited out', async () => {
    let failures = 0;
    server.use(
      http.get(`${API}/feed`, () => {
        if (failures++ < 2) return HttpResponse.json({ code: 'rate_limited', message: 'x' }, { status: 400 });
        return undefined;
      }),
    );
    const noRetry = createPaylinkClient({ baseUrl: API, getToken: () => 't', retry: false });
    const controller = new AbortController();
    for await (const _ of noRetry.feed.pages({
      after: 'now',
      signal: controller.signal,
      intervalMs: 5,
      retryWhen: () => true,
    })) {
      controller.abort();
    }
    assert.equal(failures, 3);
  });

  test('restartFrom starts again from there when the server no longer knows the cursor', async () => {
    const asked: (string | null)[] = [];
    server.use(
      http.get(`${API}/feed`, ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('after'));
        return undefined;
      }),
    );
    const controller = new AbortController();
    for await (const _ of client.feed.pages({
      after: 'not-a-cursor',
      signal: controller.signal,
      intervalMs: 5,
      restartFrom: 'now',
    })) {
      controller.abort();
    }
    assert.deepEqual(asked, ['not-a-cursor', 'now']);
  });
});

describe('server errors come out as PaylinkError with code, status and details', () => {
  test('validation_failed carries { path, message }[]', async () => {
    const error = await failure(newLink({ title: '', amount: -1 }));
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.status, 400);
    const paths = (error.details as { path: string }[]).map((issue) => issue.path);
    assert.ok(paths.includes('title') && paths.includes('amount'), paths.join());
  });

  test('unauthorized without a token', async () => {
    const anonymous = createPaylinkClient({ baseUrl: API });
    const error = await failure(anonymous.links.list());
    assert.equal(error.code, 'unauthorized');
    assert.equal(error.status, 401);
  });

  test('not_found', async () => {
    const error = await failure(client.links.get('pl_missing'));
    assert.deepEqual([error.code, error.status], ['not_found', 404]);
  });

  test('invalid_transition: changing the language of an archived link', async () => {
    const link = await paidLink();
    await client.links.archive([link.id]);
    const error = await failure(client.links.setLanguage(link.id, 'nl'));
    assert.deepEqual([error.code, error.status], ['invalid_transition', 409]);
  });

  test('refund_not_allowed on an unpaid link', async () => {
    const link = await newLink();
    const error = await failure(client.links.refund(link.id, { amount: 100, message: 'x' }));
    assert.deepEqual([error.code, error.status], ['refund_not_allowed', 409]);
  });

  test('idempotency_conflict: the same key with another body', async () => {
    await client.links.create(
      { amount: 100, title: 'A', customer: { name: 'A' } },
      { idempotencyKey: 'create-1' },
    );
    const error = await failure(
      client.links.create(
        { amount: 200, title: 'B', customer: { name: 'B' } },
        { idempotencyKey: 'create-1' },
      ),
    );
    assert.deepEqual([error.code, error.status], ['idempotency_conflict', 409]);
  });

  test('refund_exceeds_remaining', async () => {
    const link = await paidLink();
    const error = await failure(client.links.refund(link.id, { amount: 999_999, message: 'too much' }));
    assert.deepEqual([error.code, error.status], ['refund_exceeds_remaining', 422]);
  });

  test('method_not_active', async () => {
    const error = await failure(newLink({ methods: ['paypal'] }));
    assert.deepEqual([error.code, error.status], ['method_not_active', 422]);
  });

  test('missing_recipient', async () => {
    const link = await newLink({ customer: { name: 'No Phone', email: 'np@example.com' } });
    const error = await failure(client.links.invite(link.id, { channel: 'sms' }));
    assert.deepEqual([error.code, error.status], ['missing_recipient', 422]);
  });
});
