import type { CreateLink } from '@paylink/client';

/** `detail` of `paylink-create-request`; `prefill` is what the new link should start from, if anything. */
export interface PaylinkCreateRequestDetail {
  prefill?: Partial<CreateLink>;
}

/** Fired when the user asks for a new payment link; the page shows its create form. */
export type PaylinkCreateRequestEvent = CustomEvent<PaylinkCreateRequestDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'paylink-create-request': PaylinkCreateRequestEvent;
  }
}
