import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LINK_STATUSES, LinkEvent, type LinkStatus, PaymentLink, Refund } from '@paylink/client/schemas';
import { createEngine, type Engine, ManualClock, TRANSITIONS } from '../../src/engine/index.ts';
import { codeOf, DAY, linkIn, newLink, setup, T0 } from './helpers.ts';

/** Replays a link's events through the transition table and checks they lead to its status. */
function replay(engine: Engine, link: PaymentLink): void {
  let status = 'created' as LinkStatus;
  let archived = false;
  let refunded = 0;
  let last = '';
  const events = engine.listEvents(link.id);
  assert.equal(events[0]?.type, 'created', link.id);
  for (const e of events) {
    assert.ok(LinkEvent.safeParse(e).success);
    assert.ok(e.at >= last, `${link.id}: events in time order`);
    assert.ok(e.at >= link.createdAt && Date.parse(e.at) <= engine.clock.now());
    last = e.at;
    const step = (action: keyof (typeof TRANSITIONS)['created']) => {
      const next = TRANSITIONS[status][action];
      assert.ok(next, `${link.id}: ${status} --${action}`);
      status = next;
    };
    if (e.type === 'opened') step('open');
    if (e.type === 'paid') step('approve');
    if (e.type === 'declined') step(e.data.reason === 'psp_error' ? 'fail' : 'decline');
    if (e.type === 'expired') step('expire');
    if (e.type === 'payment_started') assert.ok(['created', 'clicked', 'declined'].includes(status));
    if (e.type === 'archived') archived = true;
    if (e.type === 'unarchived') archived = false;
    if (e.type === 'refund_succeeded') refunded += e.data.amount as number;
    if (e.type.startsWith('refund_')) assert.equal(status, 'paid');
  }
  assert.equal(status, link.status, link.id);
  assert.equal(archived, link.archived, link.id);
  assert.equal(refunded, link.refundedAmount, link.id);
  assert.equal(link.updatedAt, last);
  if (link.status === 'expired')
    assert.ok(link.expiresAt && Date.parse(link.expiresAt) <= engine.clock.now());
  if (['created', 'clicked', 'declined'].includes(link.status) && link.expiresAt) {
    assert.ok(Date.parse(link.expiresAt) > engine.clock.now());
  }
}

describe('seed', () => {
  test('seed(600): all statuses, dunning, archived, refunds; schema-valid with consistent histories', () => {
    const { engine } = setup();
    engine.seed(600);
    const all = [
      ...engine.findLinks({ from: '2000-01-01' }),
      ...engine.findLinks({ from: '2000-01-01', archived: true }),
    ];
    assert.equal(all.length, 600);
    const byStatus = new Map<string, number>();
    for (const l of all) byStatus.set(l.status, (byStatus.get(l.status) ?? 0) + 1);
    for (const s of LINK_STATUSES) assert.ok((byStatus.get(s) ?? 0) > 20, `${s}: ${byStatus.get(s)}`);
    const dunning = all.filter((l) => l.origin === 'dunning');
    assert.ok(dunning.length > 30 && dunning.length < 100, `dunning ${dunning.length}`);
    assert.ok(dunning.some((l) => l.status === 'created'));
    const archived = all.filter((l) => l.archived);
    assert.ok(archived.length > 10 && archived.length < 60, `archived ${archived.length}`);
    assert.ok(archived.every((l) => l.status !== 'created' || l.origin === 'dunning'));
    assert.ok(all.some((l) => l.refundedAmount > 0));
    assert.ok(all.some((l) => l.expiresAt === undefined));
    assert.ok(all.some((l) => l.customer.mobile && !l.customer.email));
    assert.deepEqual(new Set(all.map((l) => l.language)), new Set(['en', 'nl', 'fr', 'de']));
    assert.ok(all.every((l) => l.amount >= 500 && l.amount <= 250_000));
    const oldest = Math.min(...all.map((l) => Date.parse(l.createdAt)));
    assert.ok(oldest >= T0 - 90 * DAY && oldest < T0 - 60 * DAY);
    for (const l of all) {
      assert.ok(PaymentLink.safeParse(l).success);
      replay(engine, l);
      const refunds = engine.listRefunds(l.id);
      for (const r of refunds.items) assert.ok(Refund.safeParse(r).success);
    }
    assert.equal(engine.listLinks({}).total > 0, true);
    // The seeded feed is in time order.
    const feed = engine.feed();
    for (let i = 1; i < feed.items.length; i++) assert.ok(feed.items[i - 1]!.at <= feed.items[i]!.at);
  });

  test('seed is deterministic for a given seed (tokens aside)', () => {
    const strip = (e: Engine) =>
      e.findLinks({ from: '2000-01-01' }).map(({ token: _t, url: _u, ...rest }) => rest);
    const a = createEngine({ clock: new ManualClock(T0), seed: 99, deterministicIds: true });
    const b = createEngine({ clock: new ManualClock(T0), seed: 99, deterministicIds: true });
    const c = createEngine({ clock: new ManualClock(T0), seed: 100, deterministicIds: true });
    for (const e of [a, b, c]) e.seed(200);
    assert.deepEqual(strip(a), strip(b));
    assert.notDeepEqual(strip(a), strip(c));
  });

  test('every seeded link is found by search at once: title word, customer, reference, id', () => {
    const { engine } = setup();
    engine.seed(120);
    const shown = engine.listLinks({ limit: 500 }).items;
    assert.ok(shown.length > 30, `${shown.length} links in the default range`);
    // Every link the first page shows is found by a word of its title, its customer and its reference.
    for (const link of shown.slice(0, 25)) {
      const word = link.title.split(/\s+/).find((w) => w.length > 3) ?? link.title;
      for (const q of [word.toLowerCase(), link.customer.name.toUpperCase(), link.reference, link.id]) {
        const found = engine.listLinks({ q, limit: 500 }).items.map((l) => l.id);
        assert.ok(found.includes(link.id), `q=${q} finds ${link.id} (${link.title})`);
      }
    }
    // A search finds exactly the links whose title holds the word, whatever its case.
    const all = { from: '2000-01-01', limit: 500 } as const;
    const laptops = engine.listLinks(all).items.filter((l) => /laptop/i.test(l.title));
    assert.ok(laptops.length > 0, 'the demo data has laptop repairs');
    assert.deepEqual(
      engine.listLinks({ ...all, q: 'Laptop' }).items.map((l) => l.id),
      laptops.map((l) => l.id),
    );
  });

  test('seeded links keep living: they can be paid, opened and expire', () => {
    const { engine } = setup();
    engine.seed(300);
    const open = engine.findLinks({ status: ['created'] }).find((l) => l.expiresAt);
    assert.ok(open);
    engine.advanceClock(31 * DAY);
    assert.equal(engine.getLink(open.id).status, 'expired');
    assert.equal(
      codeOf(() => engine.seed(-1)),
      'validation_failed',
    );
  });
});

describe('state', () => {
  test('snapshot → JSON → restore round trip keeps links, events, refunds, customers and indexes', () => {
    const { engine, clock } = setup();
    engine.seed(50);
    const paid = linkIn(engine, 'paid');
    engine.refund(paid.id, { amount: 100, message: 'pending one' });
    const customer = engine.createLink({
      amount: 700,
      title: 'New customer',
      customer: { name: 'Round Trip' },
    });
    const snap = JSON.parse(JSON.stringify(engine.snapshot()));
    const other = setup();
    other.clock.set(clock.now());
    other.engine.restore(snap);
    const q = { from: '2000-01-01', limit: 500 } as const;
    assert.deepEqual(other.engine.listLinks(q), engine.listLinks(q));
    assert.deepEqual(other.engine.feed(), engine.feed());
    assert.deepEqual(other.engine.listCustomers(), engine.listCustomers());
    assert.deepEqual(other.engine.listRefunds(paid.id), engine.listRefunds(paid.id));
    assert.equal(other.engine.payView(paid.token).status, 'paid');
    assert.equal(other.engine.getCustomer(customer.customer.id!).name, 'Round Trip');
    // Timers were rebuilt: the pending refund settles in the restored engine.
    other.engine.advanceClock(5000);
    assert.equal(other.engine.getLink(paid.id).refundedAmount, 100);
    // New ids do not collide with restored ones.
    const fresh = other.engine.createLink({
      amount: 1,
      title: 'after restore',
      customerId: customer.customer.id,
    });
    assert.equal(other.engine.findLinks(q).filter((l) => l.id === fresh.id).length, 1);
    assert.equal(
      codeOf(() => other.engine.restore({ version: 1 } as never)),
      'validation_failed',
    );
  });

  test('reset empties links but keeps customers, methods and options', () => {
    const { engine } = setup({ merchantName: 'Shop' });
    const customers = engine.listCustomers();
    assert.ok(customers.length >= 40);
    newLink(engine);
    engine.reset();
    assert.equal(engine.listLinks({}).total, 0);
    assert.deepEqual(engine.feed().items, []);
    assert.deepEqual(engine.listCustomers(), customers);
    assert.equal(engine.listPaymentMethods().length, 5);
    assert.equal(engine.merchantName, 'Shop');
  });

  test('onChange fires once per mutating call, not for reads; unsubscribe works', () => {
    const { engine } = setup();
    let calls = 0;
    const off = engine.onChange(() => calls++);
    const link = newLink(engine);
    assert.equal(calls, 1);
    engine.getLink(link.id);
    engine.listLinks({});
    assert.equal(calls, 1);
    engine.open(link.token);
    assert.equal(calls, 2);
    engine.open(link.token);
    assert.equal(calls, 2, 'opening again changes nothing');
    engine.advanceClock(2 * DAY);
    assert.equal(calls, 3);
    off();
    newLink(engine);
    assert.equal(calls, 3);
  });

  test('customers: listCustomers(q) searches name, e-mail and number; getCustomer or not_found', () => {
    const { engine } = setup();
    const all = engine.listCustomers();
    assert.ok(all.length >= 40);
    assert.ok(all.every((c) => /^cus_/.test(c.id)));
    assert.deepEqual(
      engine.listCustomers('PEETERS').map((c) => c.name),
      ['Lotte Peeters'],
    );
    assert.deepEqual(
      engine.listCustomers('c-1005').map((c) => c.name),
      ['Marie Dubois'],
    );
    assert.ok(engine.listCustomers('gmx.de').length >= 1);
    assert.equal(engine.getCustomer(all[0]!.id).name, all[0]!.name);
    assert.equal(
      codeOf(() => engine.getCustomer('cus_missing')),
      'not_found',
    );
    assert.deepEqual(
      engine
        .listPaymentMethods()
        .filter((m) => !m.active)
        .map((m) => m.id),
      ['paypal'],
    );
  });
});

describe('feed', () => {
  test('pages through every event once, oldest first, with an opaque cursor', () => {
    const { engine } = setup();
    const a = newLink(engine);
    engine.open(a.token);
    const first = engine.feed();
    assert.deepEqual(
      first.items.map((e) => e.type),
      ['created', 'opened'],
    );
    assert.deepEqual(engine.feed(first.cursor).items, []);
    const b = newLink(engine);
    const next = engine.feed(first.cursor);
    assert.deepEqual(
      next.items.map((e) => [e.type, e.linkId]),
      [['created', b.id]],
    );
    assert.deepEqual(engine.feed(next.cursor), { items: [], cursor: next.cursor });
    assert.equal(
      codeOf(() => engine.feed('garbage!')),
      'validation_failed',
    );
  });

  test('"now" returns no items and the current cursor; pages hold at most 500', () => {
    const { engine } = setup();
    engine.seed(200);
    const now = engine.feed('now');
    assert.deepEqual(now.items, []);
    const link = newLink(engine);
    assert.deepEqual(
      engine.feed(now.cursor).items.map((e) => e.linkId),
      [link.id],
    );
    const page = engine.feed();
    assert.equal(page.items.length, 500);
    let total = page.items.length;
    let cursor = page.cursor;
    for (;;) {
      const p = engine.feed(cursor);
      if (p.items.length === 0) break;
      total += p.items.length;
      cursor = p.cursor;
    }
    const perLink = engine
      .findLinks({ from: '2000-01-01' })
      .concat(engine.findLinks({ from: '2000-01-01', archived: true }))
      .reduce((n, l) => n + engine.listEvents(l.id).length, 0);
    assert.equal(total, perLink);
  });
});

describe('CSV through the engine', () => {
  const header = 'Amount,Title,Customer name,Email,Payment methods\n';

  test('dry run validates only; a real import creates links with origin import', () => {
    const { engine } = setup();
    const csv = `${header}12.50,Window cleaning,Ann,ann@example.com,card\n0,Broken,Bob,bob@example.com,card\n7.00,Paypal please,Cas,cas@example.com,paypal\n`;
    const dry = engine.importCsv(csv, { dryRun: true });
    assert.equal(dry.created, 0);
    assert.deepEqual(
      dry.rows.map((r) => [r.row, r.outcome]),
      [
        [2, 'valid'],
        [3, 'invalid'],
        [4, 'invalid'],
      ],
    );
    assert.equal(dry.rows[2]!.errors?.[0]?.column, 'Payment methods');
    assert.equal(engine.listLinks({}).total, 0);
    assert.equal(engine.listCustomers('ann@example.com').length, 0, 'a dry run creates no customers');
    const real = engine.importCsv(csv);
    assert.equal(real.created, 1);
    assert.equal(real.invalid, 2);
    const link = engine.getLink(real.rows[0]!.linkId!);
    assert.equal(link.origin, 'import');
    assert.equal(link.amount, 1250);
    assert.equal(engine.listLinks({}).total, 1, 'invalid rows created nothing');
  });

  test('export by ids keeps the order and skips unknown ids; by filters uses the list filters', () => {
    const { engine } = setup();
    const a = newLink(engine, { title: 'First A' });
    const b = newLink(engine, { title: 'Second B' });
    const csv = engine.exportCsv({ ids: [b.id, 'pl_missing', a.id] });
    const lines = csv.trim().split(/\r?\n/);
    assert.equal(lines.length, 3);
    assert.ok(lines[1]!.startsWith(b.id));
    assert.ok(lines[2]!.startsWith(a.id));
    const filtered = engine.exportCsv({ filters: { q: 'second' } });
    assert.equal(filtered.trim().split(/\r?\n/).length, 2);
    assert.ok(filtered.includes(b.id) && !filtered.includes(a.id));
  });
});

describe('search folding', () => {
  test('a search ignores case and accents, and reads the dotless ı as i', () => {
    const { engine } = setup();
    const make = (name: string) =>
      engine.createLink({ amount: 100, title: `Visit ${name}`, customer: { name } }).id;
    const yilmaz = make('Mehmet Yılmaz');
    const lefevre = make('Élodie Lefèvre');
    const find = (q: string) => engine.listLinks({ q, limit: 500 }).items.map((l) => l.id);
    assert.deepEqual(find('MEHMET YILMAZ'), [yilmaz]);
    assert.deepEqual(find('yilmaz'), [yilmaz]);
    assert.deepEqual(find('lefevre'), [lefevre]);
    assert.deepEqual(find('ÉLODIE'), [lefevre]);
    assert.deepEqual(find('zzz'), []);
  });
});
