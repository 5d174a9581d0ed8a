/**
 * `createEngine`: the engine's areas (see `areas/`) put together over one {@link EngineState}.
 * @module
 */
import type { Engine, EngineOptions } from './api.ts';
import { bulkArea } from './areas/bulk.ts';
import { devControlArea } from './areas/dev-controls.ts';
import { directoryArea } from './areas/directory.ts';
import { exportArea } from './areas/export.ts';
import { feedArea } from './areas/feed.ts';
import { importArea } from './areas/import.ts';
import { invitationArea } from './areas/invitations.ts';
import { linkArea } from './areas/links.ts';
import { payArea } from './areas/pay.ts';
import { persistenceArea } from './areas/persistence.ts';
import { pspArea } from './areas/psp.ts';
import { refundArea } from './areas/refunds.ts';
import { EngineState } from './state.ts';

export { MAX_SEED_LINKS } from './areas/dev-controls.ts';
export { FEED_PAGE_SIZE } from './areas/feed.ts';
export { DEFAULT_MERCHANT_NAME, DEFAULT_PAY_URL, DEFAULT_SEED } from './state.ts';

/**
 * Creates a payment-link engine. Every public call first applies whatever time has made due (expiry,
 * refund settlement), then runs, then notifies `onChange` listeners if anything changed.
 */
export function createEngine(options: EngineOptions = {}): Engine {
  const state = new EngineState(options);
  return {
    clock: state.clock,
    merchantName: state.merchantName,
    ...linkArea(state),
    ...refundArea(state),
    ...invitationArea(state),
    ...bulkArea(state),
    ...importArea(state),
    ...exportArea(state),
    ...directoryArea(state),
    ...feedArea(state),
    ...payArea(state),
    ...pspArea(state),
    ...devControlArea(state),
    ...persistenceArea(state),
  };
}
