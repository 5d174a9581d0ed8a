import './node20-set-methods.ts';
import { after, afterEach, before } from 'node:test';
import { setupServer } from 'msw/node';

/**
 * An msw server for one test file: every request must be handled by a handler the test installs
 * with `server.use(...)`, so a wrong URL fails loudly instead of reaching the network.
 */
export function useMswServer(...handlers: Parameters<typeof setupServer>) {
  const server = setupServer(...handlers);
  before(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => server.resetHandlers());
  after(() => server.close());
  return server;
}
