import type { PaymentLink, PayView } from '../../src/index.ts';

/** Where the hand-written msw handlers listen; nothing real answers there. */
export const API = 'http://api.test/api';

/** A link that satisfies the PaymentLink schema. */
export function aLink(overrides: Partial<PaymentLink> = {}): PaymentLink {
  return {
    id: 'pl_1',
    token: 'tok_0123456789abcdefghijklmnop',
    url: 'http://localhost:5173/pay.html?token=tok_0123456789abcdefghijklmnop',
    status: 'created',
    archived: false,
    amount: 2500,
    currency: 'EUR',
    title: 'Invoice 1',
    reference: 'INV-1',
    customer: { name: 'Ada Lovelace', email: 'ada@example.com' },
    language: 'en',
    methods: ['card'],
    origin: 'api',
    refundedAmount: 0,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

/** A pay view that satisfies the PayView schema. */
export function aPayView(overrides: Partial<PayView> = {}): PayView {
  return {
    token: 'tok_0123456789abcdefghijklmnop',
    status: 'created',
    amount: 2500,
    currency: 'EUR',
    title: 'Invoice 1',
    merchant: { name: 'Acme Supplies' },
    language: 'en',
    methods: ['card', 'ideal'],
    ...overrides,
  };
}

/** Retries without real waiting, so wire tests stay fast. */
export const FAST_RETRY = { limit: 2, delayMs: 1, backoffLimitMs: 5 };
