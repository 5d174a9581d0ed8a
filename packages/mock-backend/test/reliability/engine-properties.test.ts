/**
 * Property-based tests of the engine (fast-check): random sequences of everything a merchant, a
 * customer, the PSP and time can do must keep every invariant: legal transitions only, refunds never
 * above the amount, one result per idempotency key, list paging that neither skips nor repeats, and a
 * journal that rebuilds exactly the engine's state.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LINK_SORTS, type LinkSort, type LinkStatus } from '@paylink/client/schemas';
import fc from 'fast-check';
import {
  createEngine,
  type Engine,
  EngineError,
  foldSnapshot,
  ManualClock,
  redoDelta,
  unfoldSnapshot,
} from '../../src/engine/index.ts';

const T0 = Date.UTC(2026, 10, 27, 10, 0, 0);
const HOUR = 3_600_000;

/** The contract's lifecycle (docs/architecture.md): the events that change a status, the statuses they may start from, where they lead. */
const CONTRACT_LIFECYCLE: Record<string, { from: LinkStatus[]; to: LinkStatus }> = {
  opened: { from: ['created', 'declined'], to: 'clicked' },
  paid: { from: ['clicked'], to: 'paid' },
  declined: { from: ['clicked'], to: 'declined' },
  expired: { from: ['created', 'clicked', 'declined'], to: 'expired' },
};

type Action =
  | { kind: 'create'; amount: number; expiresInHours: number | null; key: number | null; title: number }
  | { kind: 'open' | 'archive' | 'unarchive'; link: number }
  | { kind: 'pay'; link: number; outcome: 'approve' | 'decline' | 'fail' }
  | { kind: 'refund'; link: number; amount: number; fail: boolean; key: number | null }
  | { kind: 'invite'; link: number; channel: 'email' | 'sms' | 'whatsapp' }
  | { kind: 'language'; link: number; language: 'en' | 'nl' | 'fr' }
  | { kind: 'advance'; ms: number };

// Mostly the first few links, so one link often gets many actions (two refunds, pay after decline).
const linkRef = fc.oneof({ weight: 3, arbitrary: fc.nat({ max: 2 }) }, fc.nat({ max: 30 }));
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('create' as const),
      amount: fc.integer({ min: 1, max: 5000 }),
      expiresInHours: fc.option(fc.integer({ min: 1, max: 72 })),
      key: fc.option(fc.nat({ max: 5 })),
      title: fc.nat({ max: 2 }),
    }),
  },
  fc.record({
    kind: fc.constantFrom('open' as const, 'archive' as const, 'unarchive' as const),
    link: linkRef,
  }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('pay' as const),
      link: linkRef,
      outcome: fc.constantFrom('approve' as const, 'decline' as const, 'fail' as const),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('refund' as const),
      link: linkRef,
      amount: fc.integer({ min: 1, max: 3000 }),
      fail: fc.boolean(),
      key: fc.option(fc.nat({ max: 3 })),
    }),
  },
  fc.record({
    kind: fc.constant('invite' as const),
    link: linkRef,
    channel: fc.constantFrom('email' as const, 'sms' as const, 'whatsapp' as const),
  }),
  fc.record({
    kind: fc.constant('language' as const),
    link: linkRef,
    language: fc.constantFrom('en' as const, 'nl' as const, 'fr' as const),
  }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 30 * HOUR }) }),
);

/** Runs an action; refusals with a contract code are fine, anything else fails the property. */
function perform(
  engine: Engine,
  ids: string[],
  keyed: Map<string, { body: string; id: string }>,
  a: Action,
): void {
  const pick = (n: number) => ids[n % Math.max(ids.length, 1)];
  try {
    switch (a.kind) {
      case 'create': {
        const body = {
          amount: a.amount,
          title: `Title ${a.title}`,
          customer: { name: 'Prop', email: 'prop@example.com', mobile: '+32470000000' },
          ...(a.expiresInHours === null
            ? {}
            : { expiresAt: new Date(engine.clock.now() + a.expiresInHours * HOUR).toISOString() }),
        };
        const key = a.key === null ? undefined : `create-${a.key}`;
        const link = engine.createLink(body, key ? { idempotencyKey: key } : {});
        if (key) {
          const first = keyed.get(key);
          // Keys expire after 24 hours of clock; within them a key has exactly one result.
          if (first && first.body === JSON.stringify(body)) {
            if (link.id !== first.id)
              assert.ok(
                !engine
                  .findLinks({ from: '2000-01-01' })
                  .some((l) => l.id === first.id && Date.parse(l.createdAt) > engine.clock.now() - 24 * HOUR),
                'a live key made a second link',
              );
          }
          if (!first || link.id !== first.id) keyed.set(key, { body: JSON.stringify(body), id: link.id });
        }
        if (!ids.includes(link.id)) ids.push(link.id);
        return;
      }
      case 'open':
      case 'archive':
      case 'unarchive': {
        const id = pick(a.link);
        if (!id) return;
        if (a.kind === 'open') engine.open(tokenOf(engine, id));
        else if (a.kind === 'archive') engine.archive({ ids: [id] });
        else engine.unarchive({ ids: [id] });
        return;
      }
      case 'pay': {
        const id = pick(a.link);
        if (!id) return;
        const payment = engine.startPayment(tokenOf(engine, id), { method: 'card' });
        engine.completePayment(payment.id, { outcome: a.outcome });
        return;
      }
      case 'refund': {
        const id = pick(a.link);
        if (!id) return;
        const message = a.fail ? 'TEST-FAIL please' : 'Goodwill';
        engine.refund(
          id,
          { amount: a.amount, message },
          a.key === null ? {} : { idempotencyKey: `refund-${a.key}` },
        );
        return;
      }
      case 'invite': {
        const id = pick(a.link);
        if (id) engine.invite(id, { channel: a.channel });
        return;
      }
      case 'language': {
        const id = pick(a.link);
        if (id) engine.setLanguage(id, { language: a.language });
        return;
      }
      case 'advance':
        engine.advanceClock(a.ms);
        return;
    }
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
  }
}

function tokenOf(engine: Engine, id: string): string {
  try {
    return engine.getLink(id).token;
  } catch {
    return 'gone';
  }
}

/** Every link (archived or not) still in the engine. */
function allLinks(engine: Engine) {
  return [
    ...engine.findLinks({ from: '2000-01-01' }),
    ...engine.findLinks({ from: '2000-01-01', archived: true }),
  ];
}

function checkInvariants(engine: Engine): void {
  for (const link of allLinks(engine)) {
    // Legal transitions only, as the contract states them (not the engine's own table): each event
    // that changes the status must start from a status that allows it.
    let status: LinkStatus = 'created';
    for (const event of engine.listEvents(link.id)) {
      const rule = CONTRACT_LIFECYCLE[event.type];
      if (!rule) continue;
      assert.ok(rule.from.includes(status), `${link.id}: ${event.type} from ${status}`);
      status = rule.to;
    }
    assert.equal(status, link.status, `${link.id}: history and status disagree`);
    // Refunds never above the amount.
    const refunds = engine.listRefunds(link.id);
    const reserved = refunds.items.filter((r) => r.status !== 'failed').reduce((sum, r) => sum + r.amount, 0);
    assert.ok(reserved <= link.amount, `${link.id}: ${reserved} refunded of ${link.amount}`);
    assert.ok(link.refundedAmount <= link.amount);
    if (link.status !== 'paid') assert.equal(refunds.items.length, 0);
  }
}

function checkPaging(engine: Engine, sort: LinkSort, limit: number, archived: boolean): void {
  const expected = engine.findLinks({ from: '2000-01-01', sort, archived }).map((l) => l.id);
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages <= expected.length + 1; pages++) {
    const page = engine.listLinks({
      from: '2000-01-01',
      sort,
      archived,
      limit,
      ...(cursor ? { cursor } : {}),
    });
    assert.equal(page.total, expected.length);
    seen.push(...page.items.map((l) => l.id));
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  assert.deepEqual(seen, expected, 'paging skipped or repeated a link');
}

describe('engine properties (fast-check)', () => {
  test('random lifecycles keep every invariant, and the journal rebuilds the same state', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 5, maxLength: 80, size: 'max' }), (actions) => {
        const engine = createEngine({ clock: new ManualClock(T0), refundSettleMs: HOUR });
        const base = JSON.parse(JSON.stringify(engine.snapshot()));
        const journal: string[] = [];
        engine.onDelta((delta) => journal.push(JSON.stringify(delta)));
        const ids: string[] = [];
        const keyed = new Map<string, { body: string; id: string }>();
        for (const a of actions) perform(engine, ids, keyed, a);
        checkInvariants(engine);
        let state = foldSnapshot(base);
        for (const line of journal) state = redoDelta(state, JSON.parse(line));
        assert.deepEqual(
          JSON.parse(JSON.stringify(unfoldSnapshot(state))),
          JSON.parse(JSON.stringify(engine.snapshot())),
          'redoing the journal gave another state',
        );
      }),
      { numRuns: 150 },
    );
  });

  test('an idempotency key has one result: replays answer it, other bodies conflict', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 3 }), fc.integer({ min: 1, max: 3 })), {
          minLength: 1,
          maxLength: 30,
          size: 'max',
        }),
        (calls) => {
          const engine = createEngine({ clock: new ManualClock(T0) });
          const results = new Map<number, { amount: number; id: string }>();
          for (const [key, amount] of calls) {
            const body = { amount, title: 'Keyed', customer: { name: 'K' } };
            const first = results.get(key);
            try {
              const link = engine.createLink(body, { idempotencyKey: `k${key}` });
              if (first) {
                assert.equal(first.amount, amount, 'a different body was not refused');
                assert.equal(link.id, first.id, 'a replay made a second link');
              } else results.set(key, { amount, id: link.id });
            } catch (error) {
              assert.ok(error instanceof EngineError && error.code === 'idempotency_conflict', String(error));
              assert.ok(first && first.amount !== amount);
            }
          }
          assert.equal(allLinks(engine).length, results.size);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('list paging neither skips nor repeats, in every sort, whatever the page size', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            amount: fc.integer({ min: 1, max: 50 }),
            minutesAgo: fc.nat({ max: 600 }),
            expires: fc.option(fc.integer({ min: 1, max: 20 })),
          }),
          { maxLength: 60, size: 'max' },
        ),
        fc.constantFrom(...LINK_SORTS),
        fc.integer({ min: 1, max: 7 }),
        (links, sort, limit) => {
          const clock = new ManualClock(T0);
          const engine = createEngine({ clock });
          // Equal amounts and equal creation times are common: ties must still page cleanly.
          const order = [...links].sort((a, b) => b.minutesAgo - a.minutesAgo);
          for (const l of order) {
            clock.set(T0 - l.minutesAgo * 60_000 - (l.minutesAgo % 3 === 0 ? 0 : 1));
            const expiresAt = l.expires === null ? undefined : new Date(T0 + l.expires * HOUR).toISOString();
            engine.createLink({
              amount: l.amount,
              title: 'Paged',
              customer: { name: 'P' },
              ...(expiresAt ? { expiresAt } : {}),
            });
          }
          clock.set(T0);
          checkPaging(engine, sort, limit, false);
        },
      ),
      { numRuns: 150 },
    );
  });
});
