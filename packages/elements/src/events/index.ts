/**
 * Every event a Paylink element fires: one module per event, named after it, each declaring its
 * `detail` type and adding the event to `GlobalEventHandlersEventMap`, so `addEventListener` is typed
 * on every element, `document` and `window`, and `PaylinkElement.emit()` takes its types from there.
 * Add a module here for a new event (copy `paylink-select.ts`) and re-export it below.
 * @module
 */
export type { PaylinkArchiveRequestDetail, PaylinkArchiveRequestEvent } from './paylink-archive-request.ts';
export type { PaylinkArchivedDetail, PaylinkArchivedEvent } from './paylink-archived.ts';
export type { PaylinkCreateRequestDetail, PaylinkCreateRequestEvent } from './paylink-create-request.ts';
export type { PaylinkCreatedDetail, PaylinkCreatedEvent } from './paylink-created.ts';
export type { PaylinkDeclinedDetail, PaylinkDeclinedEvent } from './paylink-declined.ts';
export type { PaylinkErrorDetail, PaylinkErrorEvent } from './paylink-error.ts';
export type { PaylinkImportedDetail, PaylinkImportedEvent } from './paylink-imported.ts';
export type {
  PaylinkLanguageChangedDetail,
  PaylinkLanguageChangedEvent,
} from './paylink-language-changed.ts';
export type { PaylinkPaidDetail, PaylinkPaidEvent } from './paylink-paid.ts';
export type { PaylinkRefundRequestDetail, PaylinkRefundRequestEvent } from './paylink-refund-request.ts';
export type { PaylinkRefundedDetail, PaylinkRefundedEvent } from './paylink-refunded.ts';
export type { PaylinkSelectDetail, PaylinkSelectEvent } from './paylink-select.ts';
export type { PaylinkSentDetail, PaylinkSentEvent } from './paylink-sent.ts';
export type { PaylinkUnarchivedDetail, PaylinkUnarchivedEvent } from './paylink-unarchived.ts';

import type { PaylinkArchiveRequestDetail } from './paylink-archive-request.ts';
import type { PaylinkArchivedDetail } from './paylink-archived.ts';
import type { PaylinkCreateRequestDetail } from './paylink-create-request.ts';
import type { PaylinkDeclinedDetail } from './paylink-declined.ts';
import type { PaylinkPaidDetail } from './paylink-paid.ts';
import type { PaylinkSelectDetail } from './paylink-select.ts';
import type { PaylinkUnarchivedDetail } from './paylink-unarchived.ts';

/** @deprecated Renamed {@link PaylinkSelectDetail}. */
export type ListSelectDetail = PaylinkSelectDetail;
/** @deprecated Renamed {@link PaylinkArchiveRequestDetail}. */
export type ArchiveRequestDetail = PaylinkArchiveRequestDetail;
/** @deprecated Renamed {@link PaylinkArchivedDetail}. */
export type ArchivedDetail = PaylinkArchivedDetail;
/** @deprecated Renamed {@link PaylinkUnarchivedDetail}. */
export type UnarchivedDetail = PaylinkUnarchivedDetail;
/** @deprecated Renamed {@link PaylinkCreateRequestDetail}. */
export type CreateRequestDetail = PaylinkCreateRequestDetail;
/** @deprecated Renamed {@link PaylinkPaidDetail}. */
export type PayPagePaidDetail = PaylinkPaidDetail;
/** @deprecated Renamed {@link PaylinkDeclinedDetail}. */
export type PayPageDeclinedDetail = PaylinkDeclinedDetail;
