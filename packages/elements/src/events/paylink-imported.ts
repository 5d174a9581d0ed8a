/** `detail` of `paylink-imported`: what an import did, once it ends (finished, cancelled or stopped). */
export interface PaylinkImportedDetail {
  /** Payment links created. */
  created: number;
  /** Rows not created because they are invalid: found in the preview or refused by the server. */
  invalid: number;
  /** Valid rows not created because the import was cancelled or a request failed. */
  failed: number;
}

/** Fired by `<paylink-import>` when an import ends. */
export type PaylinkImportedEvent = CustomEvent<PaylinkImportedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'paylink-imported': PaylinkImportedEvent;
  }
}
