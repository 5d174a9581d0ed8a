/** `detail` of `paylink-archive-request`: the links about to be archived. */
export interface PaylinkArchiveRequestDetail {
  ids: string[];
}

/** Fired before the archive confirmation; cancelable (`preventDefault()` stops the archiving). */
export type PaylinkArchiveRequestEvent = CustomEvent<PaylinkArchiveRequestDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'paylink-archive-request': PaylinkArchiveRequestEvent;
  }
}
