import type { CallOptions, KeyedCallOptions } from '../core/options.ts';
import { path, queryFor } from '../core/query.ts';
import { json, text } from '../core/read.ts';
import type { Send } from '../core/transport.ts';
import { ArchiveResult, type IdList, UnarchiveResult } from '../schemas/bulk.ts';
import { LinkEventList } from '../schemas/event.ts';
import { ImportResult } from '../schemas/import.ts';
import {
  type BulkInvitation,
  BulkInvitationResult,
  type CreateInvitation,
  Invitation,
} from '../schemas/invitation.ts';
import { type CreateLink, LinkPage, MAX_PAGE_SIZE, PaymentLink, type UpdateLink } from '../schemas/link.ts';
import { ExportQuery, ImportQuery, type LinkFilters, ListLinksQuery } from '../schemas/queries.ts';
import { type CreateRefund, Refund, RefundList } from '../schemas/refund.ts';

/** Options of {@link LinksApi.iterate}. */
export interface IterateOptions extends CallOptions {
  /** Links fetched per request, 1–500. Default 500: fewest round trips. */
  pageSize?: number;
}

/** Options of {@link LinksApi.import}. */
export interface ImportOptions extends KeyedCallOptions {
  /** Validate every row and report, without creating anything. */
  dryRun?: boolean;
}

/** What {@link LinksApi.export} exports: these ids (in this order), or every link matching filters. */
export type ExportSelection = { ids: readonly string[] } | LinkFilters;

/**
 * The merchant's payment links. Every method resolves with the route's answer exactly as the
 * contract (`docs/contract.md`, `docs/openapi.json`) shapes it, checked against its schema.
 */
export interface LinksApi {
  /** `GET /links`: one page. Without `from`/`to` the server applies the last 30 days. */
  list(query?: ListLinksQuery, options?: CallOptions): Promise<LinkPage>;
  /**
   * Every link matching `filters`, page after page, each yielded once. Stop early with `break` or
   * the signal.
   */
  iterate(filters?: LinkFilters, options?: IterateOptions): AsyncGenerator<PaymentLink, void, undefined>;
  /** `GET /links/:id`. */
  get(id: string, options?: CallOptions): Promise<PaymentLink>;
  /** `POST /links`, with an `Idempotency-Key`, so retries never create a second link. */
  create(link: CreateLink, options?: KeyedCallOptions): Promise<PaymentLink>;
  /** `PATCH /links/:id`: the only change a link allows. Not retried. */
  setLanguage(id: string, language: string | UpdateLink, options?: CallOptions): Promise<PaymentLink>;
  /** `GET /links/:id/events`: the link's history, oldest first. */
  events(id: string, options?: CallOptions): Promise<LinkEventList>;
  /** `GET /links/:id/refunds`: refunds so far and what may still be refunded. */
  refunds(id: string, options?: CallOptions): Promise<RefundList>;
  /** `POST /links/:id/refunds`, with an `Idempotency-Key`, so a retry never refunds twice. */
  refund(id: string, refund: CreateRefund, options?: KeyedCallOptions): Promise<Refund>;
  /** `POST /links/:id/invitations`: sends the link to its customer, with an `Idempotency-Key`. */
  invite(id: string, invitation: CreateInvitation, options?: KeyedCallOptions): Promise<Invitation>;
  /** `POST /links/invitations`: sends many links; one result per id, never aborted by one bad id. */
  inviteMany(invitation: BulkInvitation, options?: KeyedCallOptions): Promise<BulkInvitationResult>;
  /**
   * `POST /links/archive`. A `created` link not from dunning is deleted for good (outcome
   * `deleted`). Not retried: a lost answer must not archive twice unseen.
   */
  archive(ids: readonly string[] | IdList, options?: CallOptions): Promise<ArchiveResult>;
  /** `POST /links/unarchive`. Not retried. */
  unarchive(ids: readonly string[] | IdList, options?: CallOptions): Promise<UnarchiveResult>;
  /** `POST /links/import`: a CSV (text or file), with an `Idempotency-Key`. */
  import(csv: string | Blob, options?: ImportOptions): Promise<ImportResult>;
  /**
   * `GET /links/export`: the CSV text, header row first, formula-like cells neutralised. As text it
   * carries no byte order mark; {@link LinksApi.exportBlob} gives the file with it.
   */
  export(selection?: ExportSelection, options?: CallOptions): Promise<string>;
  /**
   * The export as a `text/csv` file for spreadsheets, ready for `URL.createObjectURL` and a download
   * link: UTF-8 starting with a byte order mark, as the server sends it (reading the answer as text
   * drops the mark, so it is put back; without it spreadsheets garble é, ü, ø).
   */
  exportBlob(selection?: ExportSelection, options?: CallOptions): Promise<Blob>;
}

/** The links routes over a transport. */
export function linksApi(send: Send): LinksApi {
  const links: LinksApi = {
    list: (query, { signal } = {}) =>
      send({ path: 'links', query: queryFor(ListLinksQuery, query), signal }, json(LinkPage)),
    async *iterate(filters, { pageSize = MAX_PAGE_SIZE, signal } = {}) {
      let cursor: string | undefined;
      do {
        const page = await links.list({ ...filters, cursor, limit: pageSize }, { signal });
        yield* page.items;
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
    },
    get: (id, { signal } = {}) => send({ path: path('links', id), signal }, json(PaymentLink)),
    create: (link, { signal, idempotencyKey } = {}) =>
      send(
        { method: 'POST', path: 'links', json: link, keyed: true, idempotencyKey, signal },
        json(PaymentLink),
      ),
    setLanguage: (id, language, { signal } = {}) =>
      send(
        {
          method: 'PATCH',
          path: path('links', id),
          json: typeof language === 'string' ? { language } : language,
          signal,
        },
        json(PaymentLink),
      ),
    events: (id, { signal } = {}) => send({ path: path('links', id, 'events'), signal }, json(LinkEventList)),
    refunds: (id, { signal } = {}) => send({ path: path('links', id, 'refunds'), signal }, json(RefundList)),
    refund: (id, refund, { signal, idempotencyKey } = {}) =>
      send(
        {
          method: 'POST',
          path: path('links', id, 'refunds'),
          json: refund,
          keyed: true,
          idempotencyKey,
          signal,
        },
        json(Refund),
      ),
    invite: (id, invitation, { signal, idempotencyKey } = {}) =>
      send(
        {
          method: 'POST',
          path: path('links', id, 'invitations'),
          json: invitation,
          keyed: true,
          idempotencyKey,
          signal,
        },
        json(Invitation),
      ),
    inviteMany: (invitation, { signal, idempotencyKey } = {}) =>
      send(
        { method: 'POST', path: 'links/invitations', json: invitation, keyed: true, idempotencyKey, signal },
        json(BulkInvitationResult),
      ),
    archive: (ids, { signal } = {}) =>
      send({ method: 'POST', path: 'links/archive', json: idList(ids), signal }, json(ArchiveResult)),
    unarchive: (ids, { signal } = {}) =>
      send({ method: 'POST', path: 'links/unarchive', json: idList(ids), signal }, json(UnarchiveResult)),
    import: (csv, { dryRun, signal, idempotencyKey } = {}) =>
      send(
        {
          method: 'POST',
          path: 'links/import',
          query: queryFor(ImportQuery, { dryRun: dryRun || undefined }),
          body: csv,
          contentType: 'text/csv; charset=utf-8',
          keyed: true,
          idempotencyKey,
          signal,
        },
        json(ImportResult),
      ),
    export: (selection = {}, { signal } = {}) =>
      send(
        {
          path: 'links/export',
          query: queryFor(ExportQuery, 'ids' in selection ? { ids: [selection.ids.join(',')] } : selection),
          accept: 'text/csv',
          signal,
        },
        text,
      ),
    exportBlob: async (selection, options) => {
      const csv = await links.export(selection, options);
      return new Blob([csv.startsWith(BOM) ? csv : BOM + csv], { type: 'text/csv;charset=utf-8' });
    },
  };
  return links;
}

/** The UTF-8 byte order mark a CSV file for spreadsheets starts with. */
const BOM = '\uFEFF';

function idList(ids: readonly string[] | IdList): IdList {
  return 'ids' in ids ? ids : { ids: [...ids] };
}
