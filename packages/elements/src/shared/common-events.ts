import type { CreateLink, PaylinkError } from '@paylink/client';

/** `detail` of `paylink-create-request`; `prefill` is what the new link should start from, if anything. */
export interface CreateRequestDetail {
  prefill?: Partial<CreateLink>;
}

/** `detail` of `paylink-error`: the failure, always a `PaylinkError` with a stable `code`. */
export interface PaylinkErrorDetail {
  error: PaylinkError;
}

// Events more than one element fires, declared once so their detail types cannot drift apart.
declare module '../core/events.ts' {
  interface PaylinkEventMap {
    'paylink-create-request': CreateRequestDetail;
    'paylink-error': PaylinkErrorDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'paylink-create-request': CustomEvent<CreateRequestDetail>;
    'paylink-error': CustomEvent<PaylinkErrorDetail>;
  }
}
