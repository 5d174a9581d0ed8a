import type { CallOptions } from '../core/options.ts';
import { path, queryFor } from '../core/query.ts';
import { json } from '../core/read.ts';
import type { Send } from '../core/transport.ts';
import { Customer, CustomerList } from '../schemas/customer.ts';
import { PaymentMethodList } from '../schemas/payment-method.ts';
import { CustomerQuery } from '../schemas/queries.ts';

/** The merchant's customers. */
export interface CustomersApi {
  /** `GET /customers`, optionally filtered by a search text. */
  list(q?: string, options?: CallOptions): Promise<CustomerList>;
  /** `GET /customers/:id`. */
  get(id: string, options?: CallOptions): Promise<Customer>;
}

/** The payment methods the merchant can offer. */
export interface PaymentMethodsApi {
  /** `GET /payment-methods`: every method and whether it is activated. */
  list(options?: CallOptions): Promise<PaymentMethodList>;
}

/** The customers routes over a transport. */
export function customersApi(send: Send): CustomersApi {
  return {
    list: (q, { signal } = {}) =>
      send(
        { path: 'customers', query: queryFor(CustomerQuery, { q: q || undefined }), signal },
        json(CustomerList),
      ),
    get: (id, { signal } = {}) => send({ path: path('customers', id), signal }, json(Customer)),
  };
}

/** The payment-methods route over a transport. */
export function paymentMethodsApi(send: Send): PaymentMethodsApi {
  return { list: ({ signal } = {}) => send({ path: 'payment-methods', signal }, json(PaymentMethodList)) };
}
