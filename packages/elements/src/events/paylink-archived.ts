import type { ArchiveResult } from '@paylink/client';

/** `detail` of `paylink-archived`: one outcome per id (`archived`, `deleted`, `not_found`, `error`). */
export interface PaylinkArchivedDetail {
  results: ArchiveResult['results'];
}

/** Fired after links were archived (or deleted, for never-opened ones). */
export type PaylinkArchivedEvent = CustomEvent<PaylinkArchivedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'paylink-archived': PaylinkArchivedEvent;
  }
}
