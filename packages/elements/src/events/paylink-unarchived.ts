import type { UnarchiveResult } from '@paylink/client';

/** `detail` of `paylink-unarchived`: one outcome per id (`unarchived`, `not_found`, `error`). */
export interface PaylinkUnarchivedDetail {
  results: UnarchiveResult['results'];
}

/** Fired after links were unarchived. */
export type PaylinkUnarchivedEvent = CustomEvent<PaylinkUnarchivedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'paylink-unarchived': PaylinkUnarchivedEvent;
  }
}
