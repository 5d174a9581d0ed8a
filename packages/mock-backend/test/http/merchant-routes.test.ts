import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ArchiveResult,
  BulkInvitationResult,
  Customer,
  CustomerList,
  FeedPage,
  Invitation,
  LinkEventList,
  LinkPage,
  PaymentLink,
  PaymentMethodList,
  Refund,
  RefundList,
  UnarchiveResult,
} from '@paylink/client/schemas';
import { call, expectJson, newLink, payLink, START, seedLink, useHarness } from '../support/http-harness.ts';

const harness = useHarness();
const { engine } = harness;

describe('links', () => {
  test('POST /api/links creates a link: 201 PaymentLink', async () => {
    const link = await expectJson(await call('POST', '/api/links', { body: newLink() }), PaymentLink, 201);
    assert.equal(link.status, 'created');
    assert.equal(link.amount, 1250);
    assert.equal(link.currency, 'EUR');
    assert.equal(link.createdAt, START);
    assert.equal(link.url, `http://shop.test/pay?token=${link.token}`);
    assert.deepEqual(engine.getLink(link.id), link);
  });

  test('POST /api/links replays an Idempotency-Key instead of creating twice', async () => {
    const headers = { 'Idempotency-Key': 'create-1' };
    const first = await expectJson(
      await call('POST', '/api/links', { body: newLink(), headers }),
      PaymentLink,
      201,
    );
    const second = await expectJson(
      await call('POST', '/api/links', { body: newLink(), headers }),
      PaymentLink,
      201,
    );
    assert.equal(second.id, first.id);
    assert.equal(engine.findLinks({}).length, 1);
  });

  test('GET /api/links lists links newest first with paging', async () => {
    for (let i = 0; i < 3; i++) {
      seedLink(engine, { title: `Link ${i}` });
      harness.clock.advance(1000);
    }
    const page = await expectJson(await call('GET', '/api/links?limit=2'), LinkPage);
    assert.equal(page.total, 3);
    assert.deepEqual(
      page.items.map((l) => l.title),
      ['Link 2', 'Link 1'],
    );
    assert.ok(page.nextCursor);
    const rest = await expectJson(
      await call('GET', `/api/links?limit=2&cursor=${encodeURIComponent(page.nextCursor)}`),
      LinkPage,
    );
    assert.deepEqual(
      rest.items.map((l) => l.title),
      ['Link 0'],
    );
    assert.equal(rest.nextCursor, null);
  });

  test('GET /api/links applies repeatable status, archived, amounts, q and sort', async () => {
    const small = seedLink(engine, { amount: 500, title: 'Small' });
    const paid = payLink(engine, seedLink(engine, { amount: 900, title: 'Paid one' }));
    const clicked = seedLink(engine, { amount: 2000, title: 'Clicked one' });
    engine.open(clicked.token);
    const archived = payLink(engine, seedLink(engine, { amount: 3000, title: 'Old' }));
    engine.archive({ ids: [archived.id] });

    const byStatus = await expectJson(
      await call('GET', '/api/links?status=paid&status=clicked&sort=amount'),
      LinkPage,
    );
    assert.deepEqual(
      byStatus.items.map((l) => l.id),
      [paid.id, clicked.id],
    );
    const commaStatus = await expectJson(await call('GET', '/api/links?status=paid,created'), LinkPage);
    assert.deepEqual(new Set(commaStatus.items.map((l) => l.id)), new Set([paid.id, small.id]));
    const onlyArchived = await expectJson(await call('GET', '/api/links?archived=true'), LinkPage);
    assert.deepEqual(
      onlyArchived.items.map((l) => l.id),
      [archived.id],
    );
    const amounts = await expectJson(
      await call('GET', '/api/links?minAmount=600&maxAmount=2000&sort=-amount'),
      LinkPage,
    );
    assert.deepEqual(
      amounts.items.map((l) => l.id),
      [clicked.id, paid.id],
    );
    const search = await expectJson(await call('GET', '/api/links?q=paid%20ONE'), LinkPage);
    assert.deepEqual(
      search.items.map((l) => l.id),
      [paid.id],
    );
  });

  test('GET /api/links applies the date range (default last 30 days)', async () => {
    const old = seedLink(engine, { title: 'Old' });
    harness.clock.advance(40 * 86_400_000);
    const recent = seedLink(engine, { title: 'Recent' });
    const page = await expectJson(await call('GET', '/api/links'), LinkPage);
    assert.deepEqual(
      page.items.map((l) => l.id),
      [recent.id],
    );
    const all = await expectJson(await call('GET', '/api/links?from=2026-11-01&sort=createdAt'), LinkPage);
    assert.deepEqual(
      all.items.map((l) => l.id),
      [old.id, recent.id],
    );
  });

  test('GET /api/links/:id answers the link', async () => {
    const created = seedLink(engine);
    const link = await expectJson(await call('GET', `/api/links/${created.id}`), PaymentLink);
    assert.deepEqual(link, created);
  });

  test('PATCH /api/links/:id changes the language', async () => {
    const created = seedLink(engine);
    const link = await expectJson(
      await call('PATCH', `/api/links/${created.id}`, { body: { language: 'nl' } }),
      PaymentLink,
    );
    assert.equal(link.language, 'nl');
    assert.equal(engine.getLink(created.id).language, 'nl');
  });

  test('GET /api/links/:id/events answers the history oldest first', async () => {
    const link = payLink(engine, seedLink(engine));
    const { items } = await expectJson(await call('GET', `/api/links/${link.id}/events`), LinkEventList);
    assert.deepEqual(
      items.map((e) => e.type),
      ['created', 'opened', 'payment_started', 'paid'],
    );
    assert.ok(items.every((e) => e.linkId === link.id));
  });
});

describe('refunds', () => {
  test('POST /api/links/:id/refunds: 201 pending refund; GET lists it with what remains', async () => {
    const link = payLink(engine, seedLink(engine));
    const refund = await expectJson(
      await call('POST', `/api/links/${link.id}/refunds`, { body: { amount: 250, message: 'Broken cup' } }),
      Refund,
      201,
    );
    assert.equal(refund.status, 'pending');
    assert.equal(refund.amount, 250);
    const list = await expectJson(await call('GET', `/api/links/${link.id}/refunds`), RefundList);
    assert.deepEqual(
      list.items.map((r) => r.id),
      [refund.id],
    );
    assert.equal(list.refundable, 1000);
  });

  test('a replayed Idempotency-Key refunds once and answers the first refund', async () => {
    const link = payLink(engine, seedLink(engine));
    const init = { body: { amount: 300, message: 'Late' }, headers: { 'Idempotency-Key': 'refund-1' } };
    const first = await expectJson(await call('POST', `/api/links/${link.id}/refunds`, init), Refund, 201);
    const again = await expectJson(await call('POST', `/api/links/${link.id}/refunds`, init), Refund, 201);
    assert.deepEqual(again, first);
    assert.equal(engine.listRefunds(link.id).items.length, 1);
  });
});

describe('invitations, archive', () => {
  test('POST /api/links/:id/invitations: 201 Invitation', async () => {
    const link = seedLink(engine);
    const invitation = await expectJson(
      await call('POST', `/api/links/${link.id}/invitations`, { body: { channel: 'email' } }),
      Invitation,
      201,
    );
    assert.equal(invitation.status, 'sent');
    assert.equal(invitation.to, 'ada@example.com');
  });

  test('POST /api/links/invitations sends to many and reports each', async () => {
    const a = seedLink(engine);
    const bounced = seedLink(engine, { customer: { name: 'B', email: 'b@bounce.test' } });
    const { results } = await expectJson(
      await call('POST', '/api/links/invitations', {
        body: { ids: [a.id, bounced.id, 'nope'], channel: 'email' },
      }),
      BulkInvitationResult,
    );
    assert.deepEqual(
      results.map((r) => [r.id, r.outcome]),
      [
        [a.id, 'sent'],
        [bounced.id, 'failed'],
        ['nope', 'not_found'],
      ],
    );
  });

  test('POST /api/links/archive deletes created links and archives the others; unarchive restores', async () => {
    const fresh = seedLink(engine);
    const paid = payLink(engine, seedLink(engine));
    const archived = await expectJson(
      await call('POST', '/api/links/archive', { body: { ids: [fresh.id, paid.id, 'nope'] } }),
      ArchiveResult,
    );
    assert.deepEqual(
      archived.results.map((r) => r.outcome),
      ['deleted', 'archived', 'not_found'],
    );
    const restored = await expectJson(
      await call('POST', '/api/links/unarchive', { body: { ids: [paid.id, fresh.id] } }),
      UnarchiveResult,
    );
    assert.deepEqual(
      restored.results.map((r) => r.outcome),
      ['unarchived', 'not_found'],
    );
    assert.equal(engine.getLink(paid.id).archived, false);
  });
});

describe('customers, payment methods, feed', () => {
  test('GET /api/customers searches; GET /api/customers/:id answers one', async () => {
    engine.seed(5);
    const all = await expectJson(await call('GET', '/api/customers'), CustomerList);
    assert.ok(all.items.length > 0);
    const first = all.items[0]!;
    const found = await expectJson(
      await call('GET', `/api/customers?q=${encodeURIComponent(first.name)}`),
      CustomerList,
    );
    assert.ok(found.items.some((c) => c.id === first.id));
    const one = await expectJson(await call('GET', `/api/customers/${first.id}`), Customer);
    assert.deepEqual(one, first);
  });

  test('GET /api/payment-methods lists methods with their activation', async () => {
    const { items } = await expectJson(await call('GET', '/api/payment-methods'), PaymentMethodList);
    assert.deepEqual(
      items.find((m) => m.id === 'paypal'),
      { id: 'paypal', name: 'PayPal', active: false },
    );
    assert.ok(items.find((m) => m.id === 'card')?.active);
  });

  test('GET /api/feed pages through events with its cursor', async () => {
    const link = seedLink(engine);
    const first = await expectJson(await call('GET', '/api/feed'), FeedPage);
    assert.deepEqual(
      first.items.map((e) => [e.linkId, e.type]),
      [[link.id, 'created']],
    );
    engine.open(link.token);
    const next = await expectJson(
      await call('GET', `/api/feed?after=${encodeURIComponent(first.cursor)}`),
      FeedPage,
    );
    assert.deepEqual(
      next.items.map((e) => e.type),
      ['opened'],
    );
    const fromNow = await expectJson(await call('GET', '/api/feed?after=now'), FeedPage);
    assert.deepEqual(fromNow.items, []);
  });
});
