import type { PaymentLink } from '@paylink/client';
import '../shared/common-events.ts';

/** `detail` of `paylink-created`: the link as the server created it. */
export interface PaylinkCreatedDetail {
  link: PaymentLink;
}

/** Fired by `<paylink-create-form>` when the server created the link. */
export type PaylinkCreatedEvent = CustomEvent<PaylinkCreatedDetail>;

declare module '../core/events.ts' {
  interface PaylinkEventMap {
    'paylink-created': PaylinkCreatedDetail;
  }
}

export type { PaylinkErrorDetail } from '../shared/common-events.ts';

declare global {
  // Typed `addEventListener('paylink-created', e => e.detail.link)` on every element, document and window.
  interface GlobalEventHandlersEventMap {
    'paylink-created': PaylinkCreatedEvent;
  }
}
