import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LINK_SORTS, type PaymentLink } from '@paylink/client/schemas';
import { codeOf, DAY, errorOf, fullCustomer, HOUR, linkIn, newLink, setup, T0 } from './helpers.ts';

/** Creates `n` links an hour apart with varied amounts and expiries, the clock ending at the last one. */
function many(n: number) {
  const ctx = setup();
  const links: PaymentLink[] = [];
  for (let i = 0; i < n; i++) {
    links.push(
      newLink(ctx.engine, {
        amount: 1000 + ((i * 7919) % 50) * 100,
        title: `Item ${i}`,
        expiresAt: i % 3 === 0 ? undefined : new Date(ctx.clock.now() + (10 + (i % 5)) * DAY).toISOString(),
      }),
    );
    ctx.clock.advance(HOUR);
  }
  return { ...ctx, links };
}

function allPages(engine: ReturnType<typeof setup>['engine'], query: Record<string, unknown>) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = engine.listLinks({ ...query, cursor });
    ids.push(...page.items.map((l) => l.id));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  assert.fail('paging did not end');
}

describe('listLinks sorting and paging', () => {
  for (const sort of LINK_SORTS) {
    test(`sort ${sort}: ordered, ties by id, pages neither skip nor repeat`, () => {
      const { engine, links } = many(37);
      const expected = [...links]
        .sort((a, b) => {
          const key = (l: PaymentLink) =>
            sort.endsWith('amount')
              ? l.amount
              : sort.endsWith('expiresAt')
                ? l.expiresAt
                  ? Date.parse(l.expiresAt)
                  : Number.POSITIVE_INFINITY
                : Date.parse(l.createdAt);
          const c = key(a) - key(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
          return sort.startsWith('-') ? -c : c;
        })
        .map((l) => l.id);
      assert.deepEqual(allPages(engine, { sort, limit: 5 }), expected);
      const first = engine.listLinks({ sort, limit: 5 });
      assert.equal(first.total, 37);
      assert.equal(first.items.length, 5);
    });
  }

  test('default sort is -createdAt and default page size 50', () => {
    const { engine, links } = many(60);
    const page = engine.listLinks({});
    assert.equal(page.items.length, 50);
    assert.equal(page.items[0]!.id, links.at(-1)!.id);
    assert.equal(page.total, 60);
    assert.ok(page.nextCursor);
  });

  test('paging neither skips nor repeats while links are created between pages', () => {
    const { engine, clock, links } = many(20);
    const seen: string[] = [];
    let page = engine.listLinks({ sort: '-createdAt', limit: 6 });
    seen.push(...page.items.map((l) => l.id));
    while (page.nextCursor) {
      clock.advance(1000);
      newLink(engine, { title: 'Created while paging' });
      page = engine.listLinks({ sort: '-createdAt', limit: 6, cursor: page.nextCursor });
      seen.push(...page.items.map((l) => l.id));
    }
    assert.deepEqual(
      seen,
      [...links].reverse().map((l) => l.id),
    );
    // Ascending by amount: new links may land on later pages, but nothing seen twice or lost.
    const asc: string[] = [];
    let p = engine.listLinks({ sort: 'amount', limit: 7 });
    asc.push(...p.items.map((l) => l.id));
    const before = new Set(engine.findLinks({}).map((l) => l.id));
    while (p.nextCursor) {
      clock.advance(1000);
      newLink(engine, { amount: 1 });
      p = engine.listLinks({ sort: 'amount', limit: 7, cursor: p.nextCursor });
      asc.push(...p.items.map((l) => l.id));
    }
    assert.equal(new Set(asc).size, asc.length, 'no repeats');
    for (const id of before) assert.ok(asc.includes(id), `missing ${id}`);
  });

  test('limit, sort and cursor are validated', () => {
    const { engine } = many(3);
    for (const [query, path] of [
      [{ limit: 0 }, 'limit'],
      [{ limit: 501 }, 'limit'],
      [{ limit: 2.5 }, 'limit'],
      [{ sort: 'title' }, 'sort'],
      [{ cursor: 'not a cursor' }, 'cursor'],
      [{ status: ['paid', 'lost'] }, 'status'],
      [{ from: 'yesterday' }, 'from'],
      [{ minAmount: -1 }, 'minAmount'],
      [{ origin: 'fax' }, 'origin'],
      [{ archived: 'maybe' }, 'archived'],
    ] as const) {
      const error = errorOf(() => engine.listLinks(query as never));
      assert.equal(error.code, 'validation_failed');
      assert.equal(error.details?.[0]?.path, path);
    }
    const page = engine.listLinks({ sort: 'amount', limit: 1 });
    assert.equal(
      codeOf(() => engine.listLinks({ sort: 'createdAt', cursor: page.nextCursor! })),
      'validation_failed',
    );
    assert.equal(engine.listLinks({ limit: 500 }).items.length, 3);
  });
});

describe('listLinks filters', () => {
  test('the date range defaults to the last 30 days and is always applied', () => {
    const { engine, clock } = setup();
    const old = newLink(engine, { title: 'Old one', expiresAt: undefined });
    clock.advance(31 * DAY);
    const recent = newLink(engine, { title: 'Recent one' });
    assert.deepEqual(
      engine.listLinks({}).items.map((l) => l.id),
      [recent.id],
    );
    assert.deepEqual(engine.listLinks({ q: 'old one' }).items, [], 'search does not lift the range');
    assert.deepEqual(engine.listLinks({ status: ['created'] }).total, 1);
    assert.deepEqual(
      engine.findLinks({}).map((l) => l.id),
      [recent.id],
    );
    const from = new Date(T0 - DAY).toISOString().slice(0, 10);
    assert.deepEqual(
      engine.listLinks({ from }).items.map((l) => l.id),
      [recent.id, old.id],
    );
  });

  test('a date-only `to` includes that whole day; `from` starts at midnight', () => {
    const { engine, clock } = setup();
    clock.set(Date.UTC(2026, 10, 20, 23, 59, 59, 999));
    const late = newLink(engine, { title: 'Late on the 20th' });
    clock.set(Date.UTC(2026, 10, 21, 0, 0, 0));
    const next = newLink(engine, { title: 'Midnight 21st' });
    clock.set(T0);
    assert.deepEqual(
      engine.listLinks({ from: '2026-11-20', to: '2026-11-20' }).items.map((l) => l.id),
      [late.id],
    );
    assert.deepEqual(
      engine.listLinks({ from: '2026-11-21', to: '2026-11-21' }).items.map((l) => l.id),
      [next.id],
    );
    assert.equal(
      engine.listLinks({ from: '2026-11-20T23:59:59.999Z', to: '2026-11-21T00:00:00.000Z' }).total,
      2,
    );
    assert.equal(
      codeOf(() => engine.listLinks({ from: '2026-11-21', to: '2026-11-20' })),
      'validation_failed',
    );
  });

  test('status (one or many), archived, origin, customer and amount range', () => {
    const { engine } = setup();
    const created = newLink(engine, { amount: 500 });
    const clicked = linkIn(engine, 'clicked', { amount: 1500, origin: 'dunning' });
    const paid = linkIn(engine, 'paid', { amount: 2500, origin: 'api' });
    const archived = linkIn(engine, 'declined', { amount: 3500 });
    engine.archive({ ids: [archived.id] });
    const other = engine.listCustomers().find((c) => c.id !== fullCustomer(engine).id)!;
    const theirs = newLink(engine, { customerId: other.id, amount: 9900 });
    const ids = (q: Record<string, unknown>) =>
      engine.listLinks({ sort: 'amount', ...q }).items.map((l) => l.id);
    assert.deepEqual(ids({ status: ['paid'] }), [paid.id]);
    assert.deepEqual(ids({ status: ['paid', 'created'] }), [created.id, paid.id, theirs.id]);
    assert.deepEqual(ids({ status: 'clicked,paid' }), [clicked.id, paid.id], 'comma-separated string');
    assert.deepEqual(ids({}), [created.id, clicked.id, paid.id, theirs.id], 'archived hidden by default');
    assert.deepEqual(ids({ archived: true }), [archived.id]);
    assert.deepEqual(ids({ archived: 'true' }), [archived.id]);
    assert.deepEqual(ids({ origin: 'dunning' }), [clicked.id]);
    assert.deepEqual(ids({ customerId: other.id }), [theirs.id]);
    assert.deepEqual(ids({ minAmount: 1500, maxAmount: 2500 }), [clicked.id, paid.id]);
    assert.deepEqual(ids({ minAmount: '2000' }), [paid.id, theirs.id]);
    assert.equal(engine.listLinks({ status: ['expired'] }).total, 0);
  });

  test('q matches id, reference, title, invoice and customer name, e-mail and number, case-insensitively', () => {
    const { engine } = setup();
    const other = newLink(engine, {
      title: 'Something else',
      reference: 'X-1',
      customer: { name: 'Zed' },
      customerId: undefined,
    });
    const link = newLink(engine, {
      title: 'Boiler Maintenance',
      reference: 'REF-Alpha-9',
      invoice: 'INV-2026-0042',
      customer: { name: 'Émile Zola', email: 'emile@zola.example', customerNumber: 'CN-777' },
      customerId: undefined,
    });
    for (const q of [
      link.id,
      'ref-alpha',
      'boiler maint',
      'inv-2026-0042',
      'émile',
      'ZOLA.EXAMPLE',
      'cn-777',
    ]) {
      assert.deepEqual(
        engine.listLinks({ q }).items.map((l) => l.id),
        [link.id],
        q,
      );
    }
    assert.equal(engine.listLinks({ q: '  ' }).total, 2, 'blank q is no filter');
    assert.equal(engine.listLinks({ q: 'nothing like it' }).total, 0);
    assert.ok(other);
  });
});
