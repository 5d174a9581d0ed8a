/** `detail` of `paylink-paid`. */
export interface PaylinkPaidDetail {
  token: string;
  amount: number;
  currency: string;
  paidAt?: string | undefined;
  method?: string | undefined;
}

/** Fired by `<paylink-pay-page>` when it shows a successful payment on the return from the PSP. */
export type PaylinkPaidEvent = CustomEvent<PaylinkPaidDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'paylink-paid': PaylinkPaidEvent;
  }
}
