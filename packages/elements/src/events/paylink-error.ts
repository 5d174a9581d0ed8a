import type { PaylinkError } from '@paylink/client';

/** `detail` of `paylink-error`: the failure, always a `PaylinkError` with a stable `code`. */
export interface PaylinkErrorDetail {
  error: PaylinkError;
}

/** Fired when a request an element made failed. */
export type PaylinkErrorEvent = CustomEvent<PaylinkErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'paylink-error': PaylinkErrorEvent;
  }
}
