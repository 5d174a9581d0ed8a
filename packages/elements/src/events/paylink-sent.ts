import type { Invitation } from '@paylink/client';

/** `detail` of `paylink-sent`: the invitation as the server answered it (`sent` or `failed`). */
export interface PaylinkSentDetail {
  invitation: Invitation;
}

/** Fired by `<paylink-detail>` after sending the link by email, SMS or WhatsApp. */
export type PaylinkSentEvent = CustomEvent<PaylinkSentDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'paylink-sent': PaylinkSentEvent;
  }
}
