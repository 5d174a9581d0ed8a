import type { PaymentLink } from '@paylink/client';

/** `detail` of `paylink-created`: the link as the server created it. */
export interface PaylinkCreatedDetail {
  link: PaymentLink;
}

/** Fired by `<paylink-create-form>` when the server created the link. */
export type PaylinkCreatedEvent = CustomEvent<PaylinkCreatedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'paylink-created': PaylinkCreatedEvent;
  }
}
