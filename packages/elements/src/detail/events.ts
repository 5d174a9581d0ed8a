// The events <paylink-detail> fires that no other element declares yet: one declaration each (detail
// type, then its entries in PaylinkEventMap and HTMLElementEventMap). `paylink-archive-request` and
// `paylink-archived` are the overview's, with the same details; `paylink-create-request` and
// `paylink-error` are shared.
import type { Invitation, PaymentLink, Refund } from '@paylink/client';
import '../list/events.ts';
import '../shared/common-events.ts';

/** `detail` of `paylink-refund-request`: the refund about to be confirmed; cancelable. */
export interface PaylinkRefundRequestDetail {
  linkId: string;
  /** Minor units of `currency`. */
  amount: number;
  currency: string;
  message: string;
}

/** `detail` of `paylink-refunded`: the refund as the server accepted it (`pending` at first). */
export interface PaylinkRefundedDetail {
  refund: Refund;
}

/** `detail` of `paylink-sent`: the invitation as the server answered it (`sent` or `failed`). */
export interface PaylinkSentDetail {
  invitation: Invitation;
}

/** `detail` of `paylink-language-changed`: the link with its new language. */
export interface PaylinkLanguageChangedDetail {
  link: PaymentLink;
}

declare module '../core/events.ts' {
  interface PaylinkEventMap {
    'paylink-refund-request': PaylinkRefundRequestDetail;
    'paylink-refunded': PaylinkRefundedDetail;
    'paylink-sent': PaylinkSentDetail;
    'paylink-language-changed': PaylinkLanguageChangedDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'paylink-refund-request': CustomEvent<PaylinkRefundRequestDetail>;
    'paylink-refunded': CustomEvent<PaylinkRefundedDetail>;
    'paylink-sent': CustomEvent<PaylinkSentDetail>;
    'paylink-language-changed': CustomEvent<PaylinkLanguageChangedDetail>;
  }
}
