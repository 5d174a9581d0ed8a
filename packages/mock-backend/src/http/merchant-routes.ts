import {
  ArchiveResult,
  BulkInvitationResult,
  Customer,
  CustomerList,
  FeedPage,
  ImportResult,
  Invitation,
  LinkEventList,
  LinkPage,
  PaymentLink,
  PaymentMethodList,
  Refund,
  RefundList,
  UnarchiveResult,
} from '@paylink/client/schemas';
import type { HttpHandler } from 'msw';
import type { RouteContext } from './context.ts';
import { readCsvUpload } from './csv-upload.ts';
import { validationFailed } from './errors.ts';
import {
  parseDryRun,
  parseEventPage,
  parseExportSelection,
  parseFeedAfter,
  parseListQuery,
  parseSearch,
} from './query.ts';
import { callOptions, mediaType, readJson } from './request.ts';
import { json } from './responses.ts';
import { route } from './route.ts';
import { slicedJson } from './sliced-json.ts';

// Spreadsheet programs label CSV files inconsistently (Excel on Windows says vnd.ms-excel), and a
// browser posting a string sends text/plain; all of them are CSV text here.
const CSV_MEDIA_TYPES = new Set([
  '',
  'text/csv',
  'text/plain',
  'application/csv',
  'application/vnd.ms-excel',
]);

/**
 * A byte stream of `head` and then `rest`, each part made only when the reader asks for more: the
 * server sends a part and waits for the socket to drain before the next one is made.
 */
function textStream(head: string[], rest: Iterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const queue = [...head];
  return new ReadableStream({
    pull(controller) {
      const next = queue.shift() ?? rest.next();
      if (typeof next === 'string') controller.enqueue(encoder.encode(next));
      else if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    cancel() {
      rest.return?.();
    },
  });
}

function exportFileName(now: number): string {
  return `payment-links-${new Date(now).toISOString().slice(0, 10)}.csv`;
}

/**
 * The merchant API (`/api/links`, `/api/customers`, `/api/payment-methods`, `/api/feed`). Every route
 * needs a Bearer token when auth is on. Static paths come before `/api/links/:id` because msw picks
 * the first handler that matches.
 */
export function merchantRoutes(ctx: RouteContext): HttpHandler[] {
  const { engine } = ctx;
  return [
    route(ctx, 'get', '/api/links/export', 'merchant', ({ query }) => {
      const parts = engine.exportCsvParts(parseExportSelection(query));
      // The first part (the header) is taken now, so bad filters still answer 400 before the stream.
      const first = parts.next();
      return new Response(textStream(first.done ? [] : [first.value], parts), {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${exportFileName(engine.clock.now())}"`,
          'Cache-Control': 'no-store',
        },
      });
    }),
    route(ctx, 'post', '/api/links/import', 'merchant', async ({ request, query }) => {
      const type = mediaType(request);
      if (!CSV_MEDIA_TYPES.has(type)) {
        throw validationFailed('Send the CSV file as text/csv.', [
          { path: 'Content-Type', message: `must be text/csv (got ${type})` },
        ]);
      }
      const dryRun = parseDryRun(query);
      const text = await readCsvUpload(request);
      return slicedJson(ImportResult, await engine.importCsvInSlices(text, { dryRun }), 'rows');
    }),
    route(ctx, 'post', '/api/links/invitations', 'merchant', async ({ request }) =>
      json(BulkInvitationResult, engine.inviteMany(await readJson(request))),
    ),
    route(ctx, 'post', '/api/links/archive', 'merchant', async ({ request }) =>
      json(ArchiveResult, engine.archive(await readJson(request))),
    ),
    route(ctx, 'post', '/api/links/unarchive', 'merchant', async ({ request }) =>
      json(UnarchiveResult, engine.unarchive(await readJson(request))),
    ),
    route(ctx, 'get', '/api/links', 'merchant', ({ query }) =>
      json(LinkPage, engine.listLinks(parseListQuery(query))),
    ),
    route(ctx, 'post', '/api/links', 'merchant', async ({ request }) =>
      json(PaymentLink, engine.createLink(await readJson(request), callOptions(request)), 201),
    ),
    route(ctx, 'get', '/api/links/:id', 'merchant', ({ params }) =>
      json(PaymentLink, engine.getLink(params.id!)),
    ),
    route(ctx, 'patch', '/api/links/:id', 'merchant', async ({ request, params }) =>
      json(PaymentLink, engine.setLanguage(params.id!, await readJson(request))),
    ),
    route(ctx, 'get', '/api/links/:id/events', 'merchant', ({ params, query }) =>
      json(LinkEventList, engine.listEventPage(params.id!, parseEventPage(query))),
    ),
    route(ctx, 'get', '/api/links/:id/refunds', 'merchant', ({ params }) =>
      json(RefundList, engine.listRefunds(params.id!)),
    ),
    route(ctx, 'post', '/api/links/:id/refunds', 'merchant', async ({ request, params }) =>
      json(Refund, engine.refund(params.id!, await readJson(request), callOptions(request)), 201),
    ),
    route(ctx, 'post', '/api/links/:id/invitations', 'merchant', async ({ request, params }) =>
      json(Invitation, engine.invite(params.id!, await readJson(request), callOptions(request)), 201),
    ),
    route(ctx, 'get', '/api/customers', 'merchant', ({ query }) =>
      json(CustomerList, { items: engine.listCustomers(parseSearch(query)) }),
    ),
    route(ctx, 'get', '/api/customers/:id', 'merchant', ({ params }) =>
      json(Customer, engine.getCustomer(params.id!)),
    ),
    route(ctx, 'get', '/api/payment-methods', 'merchant', () =>
      json(PaymentMethodList, { items: engine.listPaymentMethods() }),
    ),
    route(ctx, 'get', '/api/feed', 'merchant', ({ query }) =>
      json(FeedPage, engine.feed(parseFeedAfter(query))),
    ),
  ];
}
