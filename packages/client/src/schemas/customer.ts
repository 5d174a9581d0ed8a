import { z } from 'zod/mini';
import { Id, Language } from './common.ts';

/** A customer of the merchant. */
export const Customer = z.object({
  id: Id,
  name: z.string().check(z.minLength(1)),
  email: z.optional(z.string()),
  mobile: z.optional(z.string()),
  customerNumber: z.optional(z.string()),
  language: z.optional(Language),
});
export type Customer = z.infer<typeof Customer>;

/** Answer of `GET /api/customers`. */
export const CustomerList = z.object({ items: z.array(Customer) });
export type CustomerList = z.infer<typeof CustomerList>;
