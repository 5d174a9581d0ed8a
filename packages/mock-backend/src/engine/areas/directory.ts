/**
 * What the merchant picks from when creating links: customers and payment methods.
 * @module
 */
import type { Engine } from '../api.ts';
import { EngineError } from '../api.ts';
import type { EngineState } from '../state.ts';

/** The engine's customer and payment-method calls. */
export function directoryArea(
  state: EngineState,
): Pick<Engine, 'listCustomers' | 'getCustomer' | 'listPaymentMethods'> {
  return {
    listCustomers: (q) =>
      state.run(() => {
        const needle = q?.trim().toLowerCase();
        const all = [...state.store.customers.values()];
        const hits = needle
          ? all.filter((c) =>
              [c.name, c.email, c.customerNumber].some((v) => v?.toLowerCase().includes(needle)),
            )
          : all;
        return hits.map((c) => ({ ...c }));
      }),

    getCustomer: (id) =>
      state.run(() => {
        const customer = state.store.customers.get(id);
        if (!customer) throw new EngineError('not_found', `No customer ${id}`);
        return { ...customer };
      }),

    listPaymentMethods: () => state.run(() => state.store.methods.map((m) => ({ ...m }))),
  };
}
