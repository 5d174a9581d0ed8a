/** Base URL used when an element has neither a client, a provider nor an `api-base`. */
export const DEFAULT_API_BASE = '/api';

/**
 * Builds a client from its inputs (`api-base`, `getToken`, …) and keeps it until one of them
 * changes, so tasks keyed on the client do not fetch again on every render. The one way an element
 * builds a client of its own: the provider, {@link ClientController} and the pay page all use it.
 */
export function clientCache<I extends readonly unknown[], C>(
  build: (...inputs: I) => C,
): (...inputs: I) => C {
  let last: { inputs: I; client: C } | undefined;
  return (...inputs) => {
    if (!last || inputs.some((input, i) => input !== last?.inputs[i]))
      last = { inputs, client: build(...inputs) };
    return last.client;
  };
}
