/**
 * Test support for the engine: an engine on a manual clock whose every answer is parsed with the
 * contract schema it must satisfy (and compared with the parse result, so extra or missing fields fail
 * too), plus shortcuts that bring a link into each status through the public lifecycle only.
 */
import assert from 'node:assert/strict';
import {
  ArchiveResult,
  BulkInvitationResult,
  Customer,
  CustomerList,
  FeedPage,
  ImportResult,
  Invitation,
  LinkEventList,
  LinkPage,
  type LinkStatus,
  MockClock,
  PaymentCompleted,
  PaymentLink,
  PaymentMethodList,
  PayView,
  Refund,
  RefundList,
  UnarchiveResult,
} from '@paylink/client/schemas';
import {
  createEngine,
  type Engine,
  EngineError,
  type EngineOptions,
  ManualClock,
} from '../../src/engine/index.ts';

/** 2026-11-27T10:00:00Z: every test starts here. */
export const T0 = Date.UTC(2026, 10, 27, 10, 0, 0);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

interface Parser {
  safeParse(value: unknown): { success: boolean; data?: unknown; error?: unknown };
}
const items = (schema: Parser): Parser => ({ safeParse: (v) => schema.safeParse({ items: v }) });

/** The schema each engine method's answer must pass (wrapped list answers are checked as `{ items }`). */
const ANSWER_SCHEMAS: Partial<Record<keyof Engine, Parser>> = {
  listLinks: LinkPage,
  findLinks: {
    safeParse: (v) => LinkPage.safeParse({ items: v, nextCursor: null, total: (v as unknown[]).length }),
  },
  getLink: PaymentLink,
  createLink: PaymentLink,
  setLanguage: PaymentLink,
  listEvents: items(LinkEventList),
  listRefunds: RefundList,
  refund: Refund,
  invite: Invitation,
  inviteMany: BulkInvitationResult,
  archive: ArchiveResult,
  unarchive: UnarchiveResult,
  importCsv: ImportResult,
  listCustomers: items(CustomerList),
  getCustomer: Customer,
  listPaymentMethods: items(PaymentMethodList),
  feed: FeedPage,
  payView: PayView,
  open: PayView,
  completePayment: PaymentCompleted,
  advanceClock: MockClock,
};

function unwrap(method: string, parsed: unknown): unknown {
  if (['listEvents', 'listCustomers', 'listPaymentMethods'].includes(method))
    return (parsed as { items: unknown }).items;
  if (method === 'findLinks') return (parsed as { items: unknown }).items;
  return parsed;
}

/** Wraps an engine so every answer is checked against its contract schema. */
export function checked(engine: Engine): Engine {
  return new Proxy(engine, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      const schema = ANSWER_SCHEMAS[prop as keyof Engine];
      if (typeof value !== 'function' || !schema) return value;
      return (...args: unknown[]) => {
        const answer = (value as (...a: unknown[]) => unknown).apply(target, args);
        const result = schema.safeParse(answer);
        assert.ok(
          result.success,
          `${String(prop)} answered outside its schema: ${JSON.stringify(result.error)}`,
        );
        // zod drops unknown keys, so comparing with the parsed copy catches fields the contract lacks.
        assert.deepEqual(answer, unwrap(String(prop), result.data), `${String(prop)} answered extra fields`);
        return answer;
      };
    },
  });
}

/** A fresh schema-checked engine on a manual clock at {@link T0}. */
export function setup(options: Omit<EngineOptions, 'clock'> = {}): { engine: Engine; clock: ManualClock } {
  const clock = new ManualClock(T0);
  return { engine: checked(createEngine({ seed: 7, ...options, clock })), clock };
}

/** A customer of the seeded list that has both an e-mail address and a mobile number. */
export function fullCustomer(engine: Engine): Customer {
  const c = engine.listCustomers().find((x) => x.email && x.mobile && !x.email.endsWith('@bounce.test'));
  assert.ok(c);
  return c;
}

/** Creates a link (expiring in a day unless told otherwise) for a customer with e-mail and mobile. */
export function newLink(engine: Engine, extra: Record<string, unknown> = {}): PaymentLink {
  return engine.createLink({
    amount: 4995,
    title: 'Bicycle repair',
    customerId: fullCustomer(engine).id,
    expiresAt: new Date(engine.clock.now() + DAY).toISOString(),
    origin: 'manual',
    ...extra,
  });
}

/** Brings a new link into `status` through the public lifecycle only. */
export function linkIn(engine: Engine, status: LinkStatus, extra: Record<string, unknown> = {}): PaymentLink {
  const link = newLink(engine, extra);
  switch (status) {
    case 'created':
      break;
    case 'clicked':
      engine.open(link.token);
      break;
    case 'declined':
      pay(engine, link.token, 'decline');
      break;
    case 'paid':
      pay(engine, link.token, 'approve');
      break;
    case 'expired':
      engine.advanceClock(DAY + HOUR);
      break;
  }
  const now = engine.getLink(link.id);
  assert.equal(now.status, status);
  return now;
}

/** Starts and completes a payment; returns the link status the PSP reports. */
export function pay(
  engine: Engine,
  token: string,
  outcome: 'approve' | 'decline' | 'fail',
  method = 'card',
): LinkStatus {
  const payment = engine.startPayment(token, { method });
  return engine.completePayment(payment.id, { outcome }).status;
}

/** Runs `fn` and returns the EngineError code it throws (fails if it does not throw one). */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof EngineError, `expected an EngineError, got ${String(error)}`);
    return error.code;
  }
  assert.fail('expected an EngineError');
}

/** Runs `fn` and returns the EngineError it throws. */
export function errorOf(fn: () => unknown): EngineError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof EngineError, `expected an EngineError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected an EngineError');
}
