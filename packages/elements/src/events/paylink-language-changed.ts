import type { PaymentLink } from '@paylink/client';

/** `detail` of `paylink-language-changed`: the link with its new language. */
export interface PaylinkLanguageChangedDetail {
  link: PaymentLink;
}

/** Fired by `<paylink-detail>` after the link's language changed. */
export type PaylinkLanguageChangedEvent = CustomEvent<PaylinkLanguageChangedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'paylink-language-changed': PaylinkLanguageChangedEvent;
  }
}
