/** `detail` of `paylink-declined`. */
export interface PaylinkDeclinedDetail {
  token: string;
}

/** Fired by `<paylink-pay-page>` when it shows a declined or failed payment on the return from the PSP. */
export type PaylinkDeclinedEvent = CustomEvent<PaylinkDeclinedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'paylink-declined': PaylinkDeclinedEvent;
  }
}
