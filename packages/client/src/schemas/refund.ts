import { z } from 'zod/mini';
import { Currency, Id, MinorUnits, PositiveMinorUnits, Timestamp } from './common.ts';

export const REFUND_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export const RefundStatus = z.enum(REFUND_STATUSES);
export type RefundStatus = z.infer<typeof RefundStatus>;

/** A (partial) refund of a paid link. */
export const Refund = z.object({
  id: Id,
  linkId: Id,
  amount: PositiveMinorUnits,
  currency: Currency,
  message: z.string(),
  status: RefundStatus,
  createdAt: Timestamp,
});
export type Refund = z.infer<typeof Refund>;

/** Answer of `GET /api/links/:id/refunds`; `refundable` is what may still be refunded. */
export const RefundList = z.object({ items: z.array(Refund), refundable: MinorUnits });
export type RefundList = z.infer<typeof RefundList>;

/** Body of `POST /api/links/:id/refunds`. */
export const CreateRefund = z.object({
  amount: PositiveMinorUnits,
  message: z.string().check(z.trim(), z.minLength(1, 'is required'), z.maxLength(140)),
});
export type CreateRefund = z.infer<typeof CreateRefund>;
