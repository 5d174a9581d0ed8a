import { z } from 'zod/mini';
import { PaymentMethodId } from './common.ts';

/** A payment method and whether it is activated for the merchant. */
export const PaymentMethod = z.object({
  id: PaymentMethodId,
  name: z.string(),
  active: z.boolean(),
});
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/** Answer of `GET /api/payment-methods`. */
export const PaymentMethodList = z.object({ items: z.array(PaymentMethod) });
export type PaymentMethodList = z.infer<typeof PaymentMethodList>;
