import type { ArchiveResult, UnarchiveResult } from '@paylink/client';
import '../shared/common-events.ts';

/** `detail` of `paylink-select`: the link the user opened. */
export interface ListSelectDetail {
  id: string;
}

/** `detail` of the cancelable `paylink-archive-request`, fired before the confirmation dialog. */
export interface ArchiveRequestDetail {
  ids: string[];
}

/** `detail` of `paylink-archived`: one outcome per id (`archived`, `deleted`, `not_found`, `error`). */
export interface ArchivedDetail {
  results: ArchiveResult['results'];
}

/** `detail` of `paylink-unarchived`. */
export interface UnarchivedDetail {
  results: UnarchiveResult['results'];
}

declare module '../core/events.ts' {
  interface PaylinkEventMap {
    'paylink-select': ListSelectDetail;
    'paylink-archive-request': ArchiveRequestDetail;
    'paylink-archived': ArchivedDetail;
    'paylink-unarchived': UnarchivedDetail;
  }
}

export type { CreateRequestDetail, PaylinkErrorDetail } from '../shared/common-events.ts';

declare global {
  // Typed `addEventListener('paylink-select', e => e.detail.id)` for everyone using the list.
  interface HTMLElementEventMap {
    'paylink-select': CustomEvent<ListSelectDetail>;
    'paylink-archive-request': CustomEvent<ArchiveRequestDetail>;
    'paylink-archived': CustomEvent<ArchivedDetail>;
    'paylink-unarchived': CustomEvent<UnarchivedDetail>;
  }
}
