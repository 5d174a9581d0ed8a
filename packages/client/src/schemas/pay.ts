import { z } from 'zod/mini';
import { Currency, HttpUrl, Id, Language, PaymentMethodId, PositiveMinorUnits, Timestamp } from './common.ts';
import { LinkStatus } from './link.ts';

/**
 * What the customer's pay page may know about one link, fetched by its unguessable token. It holds
 * nothing about the merchant's other links or the customer's other data.
 */
export const PayView = z.object({
  token: z.string(),
  status: LinkStatus,
  amount: PositiveMinorUnits,
  currency: Currency,
  title: z.string(),
  message: z.optional(z.string()),
  merchant: z.object({ name: z.string() }),
  language: Language,
  methods: z.array(PaymentMethodId),
  expiresAt: z.optional(Timestamp),
  paidAt: z.optional(Timestamp),
  redirectUrl: z.optional(z.string()),
  reference: z.optional(z.string()),
  paidMethod: z.optional(PaymentMethodId),
});
export type PayView = z.infer<typeof PayView>;

/** Body of `POST /api/pay/:token/payments`. */
export const StartPayment = z.object({ method: PaymentMethodId, returnUrl: z.optional(HttpUrl) });
export type StartPayment = z.infer<typeof StartPayment>;

/** Answer of `POST /api/pay/:token/payments`: where to send the customer's browser. */
export const PaymentStarted = z.object({ paymentId: Id, redirectUrl: z.string() });
export type PaymentStarted = z.infer<typeof PaymentStarted>;

/** Body of the mock PSP's `POST /psp/:paymentId/complete`. */
export const CompletePayment = z.object({ outcome: z.enum(['approve', 'decline', 'fail']) });
export type CompletePayment = z.infer<typeof CompletePayment>;

/** Answer of the mock PSP's `POST /psp/:paymentId/complete`. */
export const PaymentCompleted = z.object({ status: LinkStatus });
export type PaymentCompleted = z.infer<typeof PaymentCompleted>;
