import type {
  Actor,
  Channel,
  Customer,
  Invitation,
  LinkEvent,
  LinkEventType,
  LinkOrigin,
  LinkStatus,
  PaymentLink,
  Refund,
} from '@paylink/client/schemas';
import type { PspPayment } from './api.ts';
import { iso } from './clock.ts';
import { snapshotCustomer } from './create-link.ts';
import type { IdPrefix, Prng } from './ids.ts';
import { REFUND_FAIL_PREFIX } from './refunds.ts';
import type { LinkRecord, RefundRecord } from './store.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SPREAD_DAYS = 90;

/** What the demo-data generator needs from the engine. */
export interface SeedContext {
  rng: Prng;
  now: number;
  customers: readonly Customer[];
  activeMethods: readonly string[];
  merchantName: string;
  refundSettleMs: number;
  newId(prefix: IdPrefix): string;
  newToken(): string;
  url(token: string): string;
  nextReference(): string;
  pspReference(): string;
}

/** Everything a batch of demo links consists of, ready to be added to the store. */
export interface SeedBatch {
  records: LinkRecord[];
  events: LinkEvent[];
  /** `eventTimes[i]` is `events[i].at` in milliseconds, for sorting without parsing dates. */
  eventTimes: number[];
  refunds: RefundRecord[];
  payments: PspPayment[];
  invitations: Invitation[];
}

const STATUS_WEIGHTS: [LinkStatus, number][] = [
  ['paid', 36],
  ['created', 20],
  ['clicked', 12],
  ['declined', 10],
  ['expired', 22],
];
const ORIGIN_WEIGHTS: [LinkOrigin, number][] = [
  ['manual', 45],
  ['api', 25],
  ['import', 12],
  ['customer', 8],
  ['dunning', 10],
];
/** Mostly the round-ish prices people actually charge, in cents. */
const PRICES = [
  500, 995, 1250, 1500, 1999, 2500, 2995, 3500, 4500, 4995, 5900, 7500, 8995, 9900, 12000, 14995, 18000,
  19900, 24900, 29995, 35000, 48000, 59900, 75000, 99500, 125000, 149900, 189000, 250000,
];
const SERVICES = [
  'Bicycle repair',
  'Boiler maintenance',
  'Window cleaning',
  'Laptop repair',
  'Car service',
  'Garden maintenance',
  'Piano lessons – 10 sessions',
  'Workshop registration',
  'Consultation',
  'Deposit – kitchen renovation',
  'Event tickets',
  'Hosting renewal',
  'Spare parts order',
  'Catering – team lunch',
  'Photo shoot',
  'Tuition – term 2',
  'Chimney sweeping',
  'Plumbing call-out',
];
const SUBSCRIPTIONS = [
  'Monthly subscription',
  'Annual subscription',
  'Membership fee 2026',
  'Gym membership – quarter',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MESSAGES = [
  'Thank you for your order.',
  'Thanks for choosing us — see you next time!',
  'Payment within 14 days, please.',
  'Questions? Reply to this message.',
  'Bedankt voor uw vertrouwen.',
  'Merci pour votre confiance.',
  'Vielen Dank für Ihren Auftrag.',
];
const LANGUAGES = ['en', 'nl', 'fr', 'de'];

function weighted<T>(rng: Prng, table: [T, number][]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rng.next() * total;
  for (const [value, w] of table) {
    x -= w;
    if (x < 0) return value;
  }
  return table[table.length - 1]![0];
}

/**
 * Builds `n` realistic demo links created over the last 90 days, each with an event history that
 * follows the lifecycle exactly (created → sent → opened → payment_started → paid/declined →
 * expired...), timestamps in order and never in the future, so they look like replayed activity.
 */
export function buildSeedBatch(ctx: SeedContext, n: number): SeedBatch {
  const batch: SeedBatch = {
    records: [],
    events: [],
    eventTimes: [],
    refunds: [],
    payments: [],
    invitations: [],
  };
  for (let i = 0; i < n; i++) buildOne(ctx, batch);
  return batch;
}

function buildOne(ctx: SeedContext, batch: SeedBatch): void {
  const { rng, now } = ctx;
  const createdAtMs =
    Math.floor((now - 10 * MINUTE - rng.next() * (SPREAD_DAYS * DAY - 10 * MINUTE)) / 1000) * 1000;
  const origin = weighted(rng, ORIGIN_WEIGHTS);
  let status = weighted(rng, STATUS_WEIGHTS);
  const age = now - createdAtMs;

  // Expiry: expired links need one that already passed; open ones one still ahead (or none).
  const durations = [3, 7, 14, 30].map((d) => d * DAY);
  let expiresAtMs: number | undefined;
  if (status === 'expired') {
    const past = durations.filter((d) => d < age - MINUTE);
    if (past.length === 0) status = 'created';
    else expiresAtMs = createdAtMs + rng.pick(past);
  }
  if (status === 'paid') {
    expiresAtMs = rng.chance(0.2) ? undefined : createdAtMs + rng.pick(durations);
  } else if (status !== 'expired') {
    const ahead = durations.filter((d) => d > age);
    expiresAtMs = ahead.length === 0 || rng.chance(0.15) ? undefined : createdAtMs + rng.pick(ahead);
  }

  const customerRecord = rng.pick(ctx.customers);
  const customer = snapshotCustomer(customerRecord);
  const id = ctx.newId('pl');
  const token = ctx.newToken();
  const { title, invoice } = pickTitle(rng, origin, createdAtMs);
  const amount = rng.chance(0.8) ? rng.pick(PRICES) : rng.int(500, 250000);
  const methods = rng.chance(0.6)
    ? [...ctx.activeMethods]
    : ctx.activeMethods.filter(() => rng.chance(0.5)).slice(0, 3);
  if (methods.length === 0) methods.push(ctx.activeMethods[0]!);
  let language = customerRecord.language ?? rng.pick(LANGUAGES);

  const link: PaymentLink = {
    id,
    token,
    url: ctx.url(token),
    status: 'created',
    archived: false,
    amount,
    currency: 'EUR',
    title,
    reference: ctx.nextReference(),
    customer,
    language,
    methods,
    origin,
    refundedAmount: 0,
    createdAt: iso(createdAtMs),
    updatedAt: iso(createdAtMs),
  };
  if (rng.chance(0.35)) link.message = rng.pick(MESSAGES);
  if (invoice) link.invoice = invoice;
  if (expiresAtMs !== undefined) link.expiresAt = iso(expiresAtMs);

  const record: LinkRecord = {
    link,
    createdAtMs,
    expiresAtMs,
    redirectUrl: undefined,
    // Not built yet: `searchTextOf` builds it on the first search. (An empty string here counted as
    // built, so no seeded link could ever be found by search until a reload restored it.)
    search: undefined,
    events: [],
    refunds: [],
    pos: -1,
  };
  const system: Actor = origin === 'dunning' ? 'system' : origin === 'customer' ? 'customer' : 'merchant';
  let t = createdAtMs;
  // Activity happens before the link expires and before now; only the expiry itself sits at expiresAt.
  const end = Math.min(expiresAtMs ?? now, now);
  const step = (maxShare = 0.3) => {
    const next = Math.max(t + 1000, Math.floor(t + (end - t) * (0.02 + rng.next() * maxShare)));
    t = Math.max(t, Math.min(end - 1, next));
    return t;
  };
  const add = (type: LinkEventType, actor: Actor, at: number, data: Record<string, unknown> = {}) => {
    const event: LinkEvent = { id: ctx.newId('ev'), linkId: id, type, at: iso(at), actor, data };
    record.events.push(event);
    batch.events.push(event);
    batch.eventTimes.push(at);
    link.updatedAt = event.at;
  };

  add('created', system, createdAtMs, { origin, amount, currency: 'EUR', reference: link.reference });

  if (rng.chance(0.05)) {
    const to = rng.pick(LANGUAGES.filter((l) => l !== language));
    add('language_changed', 'merchant', step(0.05), { from: language, to });
    language = to;
    link.language = to;
  }

  if (origin === 'dunning' || rng.chance(0.7)) {
    const channel: Channel =
      customer.email !== undefined && rng.chance(0.7)
        ? 'email'
        : customer.mobile
          ? rng.pick(['sms', 'whatsapp'] as const)
          : 'email';
    const to = channel === 'email' ? customer.email : customer.mobile;
    if (to !== undefined && !to.endsWith('@bounce.test')) {
      const invitation: Invitation = { id: ctx.newId('inv'), linkId: id, channel, to, status: 'sent' };
      batch.invitations.push(invitation);
      add('sent', system === 'customer' ? 'merchant' : system, step(0.02), {
        channel,
        to,
        invitationId: invitation.id,
      });
    }
  }

  const pay = (outcome: 'approve' | 'decline' | 'fail') => {
    const method = rng.pick(methods);
    const payment: PspPayment = {
      id: ctx.newId('pay'),
      linkId: id,
      token,
      method,
      amount,
      currency: 'EUR',
      title,
      merchantName: ctx.merchantName,
      returnUrl: link.url,
      state: outcome === 'approve' ? 'approved' : outcome === 'decline' ? 'declined' : 'failed',
    };
    batch.payments.push(payment);
    add('payment_started', 'customer', step(0.02), { paymentId: payment.id, method });
    if (outcome === 'approve') {
      const pspReference = ctx.pspReference();
      link.status = 'paid';
      link.paidAt = iso(step(0.02));
      link.paidMethod = method;
      link.pspReference = pspReference;
      add('paid', 'psp', t, { paymentId: payment.id, method, pspReference, amount });
    } else {
      link.status = 'declined';
      const data: Record<string, unknown> = { paymentId: payment.id, method };
      if (outcome === 'fail') {
        data.reason = 'psp_error';
        data.pspReference = ctx.pspReference();
        link.pspReference = data.pspReference as string;
      } else data.reason = 'customer_declined';
      add('declined', 'psp', step(0.02), data);
    }
  };
  const open = () => {
    link.status = 'clicked';
    add('opened', 'customer', step(0.4));
  };

  switch (status) {
    case 'created':
      break;
    case 'clicked':
      open();
      break;
    case 'declined':
      open();
      pay(rng.chance(0.75) ? 'decline' : 'fail');
      break;
    case 'paid':
      open();
      if (rng.chance(0.15)) {
        pay(rng.chance(0.7) ? 'decline' : 'fail');
        open();
      }
      pay('approve');
      break;
    case 'expired':
      if (rng.chance(0.4)) {
        open();
        if (rng.chance(0.35)) pay('decline');
      }
      link.status = 'expired';
      t = expiresAtMs!;
      add('expired', 'system', t, { expiresAt: link.expiresAt });
      break;
  }

  // Some paid links were (partly) refunded, well enough in the past for the PSP to have settled.
  const refundWindowEnd = now - ctx.refundSettleMs - HOUR;
  if (link.status === 'paid' && rng.chance(0.12) && refundWindowEnd > t + MINUTE) {
    const count = rng.chance(0.3) ? 2 : 1;
    let remaining = amount;
    for (let i = 0; i < count && remaining > 100; i++) {
      const fail = rng.chance(0.1);
      const full = count === 1 && rng.chance(0.4);
      const refundAmount = full
        ? remaining
        : Math.max(100, Math.floor((remaining * rng.int(10, 50)) / 100 / 100) * 100);
      if (refundAmount > remaining) break;
      t = Math.floor(t + (refundWindowEnd - t) * (0.05 + rng.next() * 0.3));
      const refund: Refund = {
        id: ctx.newId('rf'),
        linkId: id,
        amount: refundAmount,
        currency: 'EUR',
        message: fail
          ? `${REFUND_FAIL_PREFIX}: simulated PSP rejection`
          : rng.pick(['Goodwill gesture', 'Returned item', 'Cancelled appointment', 'Overcharged']),
        status: fail ? 'failed' : 'succeeded',
        createdAt: iso(t),
      };
      add('refund_requested', 'merchant', t, {
        refundId: refund.id,
        amount: refundAmount,
        message: refund.message,
      });
      const settledAt = t + ctx.refundSettleMs;
      if (fail)
        add('refund_failed', 'psp', settledAt, {
          refundId: refund.id,
          amount: refundAmount,
          reason: 'Rejected by the PSP',
        });
      else {
        remaining -= refundAmount;
        link.refundedAmount += refundAmount;
        add('refund_succeeded', 'psp', settledAt, { refundId: refund.id, amount: refundAmount });
      }
      t = settledAt;
      record.refunds.push(refund);
      batch.refunds.push({ refund, settleAtMs: settledAt });
    }
  }

  // Archiving a never-opened link deletes it unless it came from dunning, so only those stay archived.
  if (rng.chance(0.05) && (link.status !== 'created' || origin === 'dunning')) {
    const at = Math.floor(t + (now - t) * rng.next());
    link.archived = true;
    add('archived', 'merchant', Math.max(at, t));
  }

  batch.records.push(record);
}

function pickTitle(rng: Prng, origin: LinkOrigin, createdAtMs: number): { title: string; invoice?: string } {
  const year = new Date(createdAtMs).getUTCFullYear();
  const invoice = `INV-${year}-${String(rng.int(1, 9999)).padStart(4, '0')}`;
  if (origin === 'dunning') return { title: `Overdue: invoice ${invoice}`, invoice };
  const kind = rng.next();
  if (kind < 0.35) return { title: `Invoice ${invoice}`, invoice };
  if (kind < 0.55) {
    const sub = rng.pick(SUBSCRIPTIONS);
    return {
      title: sub.startsWith('Monthly') ? `${sub} – ${MONTHS[new Date(createdAtMs).getUTCMonth()]}` : sub,
    };
  }
  const service = rng.pick(SERVICES);
  return rng.chance(0.3) ? { title: `${service} (${invoice})`, invoice } : { title: service };
}
