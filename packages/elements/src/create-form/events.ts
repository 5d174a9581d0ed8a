import type { PaymentLink } from '@paylink/client';
import '../shared/common-events.ts';

/** `detail` of `paylink-created`: the link as the server created it. */
export interface CreatedDetail {
  link: PaymentLink;
}

declare module '../core/events.ts' {
  interface PaylinkEventMap {
    'paylink-created': CreatedDetail;
  }
}

export type { PaylinkErrorDetail } from '../shared/common-events.ts';

declare global {
  // Typed `addEventListener('paylink-created', e => e.detail.link)` for everyone using the form.
  interface HTMLElementEventMap {
    'paylink-created': CustomEvent<CreatedDetail>;
  }
}
