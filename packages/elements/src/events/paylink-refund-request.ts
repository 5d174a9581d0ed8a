/** `detail` of `paylink-refund-request`: the refund about to be confirmed; cancelable. */
export interface PaylinkRefundRequestDetail {
  linkId: string;
  /** Minor units of `currency`. */
  amount: number;
  currency: string;
  message: string;
}

/** Fired by `<paylink-detail>` before a refund is sent; `preventDefault()` stops it. */
export type PaylinkRefundRequestEvent = CustomEvent<PaylinkRefundRequestDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'paylink-refund-request': PaylinkRefundRequestEvent;
  }
}
