import type { Refund } from '@paylink/client';

/** `detail` of `paylink-refunded`: the refund as the server accepted it (`pending` at first). */
export interface PaylinkRefundedDetail {
  refund: Refund;
}

/** Fired by `<paylink-detail>` when a refund was accepted. */
export type PaylinkRefundedEvent = CustomEvent<PaylinkRefundedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'paylink-refunded': PaylinkRefundedEvent;
  }
}
