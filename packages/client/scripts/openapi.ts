// Generates docs/openapi.json from the zod schemas, so the published API description can never drift
// from the code. `--check` fails (exit 1) when the committed file is out of date; CI runs that.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod/mini';
import * as s from '../src/schemas/index.ts';

const target = new URL('../../../docs/openapi.json', import.meta.url);

const components: Record<string, z.core.$ZodType> = {
  PaymentLink: s.PaymentLink,
  CreateLink: s.CreateLink,
  UpdateLink: s.UpdateLink,
  LinkPage: s.LinkPage,
  LinkEvent: s.LinkEvent,
  LinkEventList: s.LinkEventList,
  FeedPage: s.FeedPage,
  Refund: s.Refund,
  RefundList: s.RefundList,
  CreateRefund: s.CreateRefund,
  Invitation: s.Invitation,
  CreateInvitation: s.CreateInvitation,
  BulkInvitation: s.BulkInvitation,
  BulkInvitationResult: s.BulkInvitationResult,
  IdList: s.IdList,
  ArchiveResult: s.ArchiveResult,
  UnarchiveResult: s.UnarchiveResult,
  ImportResult: s.ImportResult,
  Customer: s.Customer,
  CustomerList: s.CustomerList,
  PaymentMethodList: s.PaymentMethodList,
  PayView: s.PayView,
  StartPayment: s.StartPayment,
  PaymentStarted: s.PaymentStarted,
  CompletePayment: s.CompletePayment,
  PaymentCompleted: s.PaymentCompleted,
  Error: s.ApiErrorBody,
};

type Route = [
  method: string,
  path: string,
  summary: string,
  body: string | null,
  answer: string,
  status?: number,
];

/** The query schema of each route that takes a query string, keyed `method path`. */
const queries: Record<string, s.QuerySchema & z.core.$ZodType> = {
  'get /api/links': s.ListLinksQuery,
  'get /api/links/export': s.ExportQuery,
  'post /api/links/import': s.ImportQuery,
  'get /api/links/{id}/events': s.LinkEventsQuery,
  'get /api/customers': s.CustomerQuery,
  'get /api/feed': s.FeedQuery,
};

/** One OpenAPI query parameter per field of the route's query schema, typed from the field. */
function queryParameters(method: string, path: string) {
  const schema = queries[`${method} ${path}`];
  if (!schema) return [];
  return s.queryParameters(schema).map(([name, kind]) => ({
    name,
    in: 'query',
    required: false,
    schema: jsonSchema(schema.shape[name] as unknown as z.core.$ZodType),
    // Lists repeat their parameter (`status=paid&status=expired`); the server also reads commas.
    ...(kind === 'list' ? { style: 'form', explode: true } : {}),
  }));
}

function jsonSchema(schema: z.core.$ZodType): Record<string, unknown> {
  const { $schema: _drop, ...json } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return json;
}
const merchant: Route[] = [
  [
    'get',
    '/api/links',
    'List links (date range always applied, default the last 30 days; from ≤ to, minAmount ≤ maxAmount)',
    null,
    'LinkPage',
  ],
  ['post', '/api/links', 'Create a link (Idempotency-Key optional)', 'CreateLink', 'PaymentLink', 201],
  ['get', '/api/links/{id}', 'Get a link', null, 'PaymentLink'],
  ['patch', '/api/links/{id}', 'Change the language', 'UpdateLink', 'PaymentLink'],
  ['get', '/api/links/{id}/events', 'Events, oldest first (paged by limit and after)', null, 'LinkEventList'],
  ['get', '/api/links/{id}/refunds', 'Refunds and the refundable amount', null, 'RefundList'],
  ['post', '/api/links/{id}/refunds', 'Refund (only when paid)', 'CreateRefund', 'Refund', 201],
  ['post', '/api/links/{id}/invitations', 'Send the link', 'CreateInvitation', 'Invitation', 201],
  ['post', '/api/links/invitations', 'Send many links', 'BulkInvitation', 'BulkInvitationResult'],
  ['post', '/api/links/archive', 'Archive (Created, not dunning: deleted)', 'IdList', 'ArchiveResult'],
  ['post', '/api/links/unarchive', 'Unarchive', 'IdList', 'UnarchiveResult'],
  ['get', '/api/customers', 'Search customers', null, 'CustomerList'],
  ['get', '/api/customers/{id}', 'Get a customer', null, 'Customer'],
  ['get', '/api/payment-methods', 'Payment methods and whether each is active', null, 'PaymentMethodList'],
  ['get', '/api/feed', 'Events after a cursor', null, 'FeedPage'],
];
const pay: Route[] = [
  ['get', '/api/pay/{token}', 'What the pay page shows', null, 'PayView'],
  ['post', '/api/pay/{token}/open', 'The customer opened the link', null, 'PayView'],
  ['post', '/api/pay/{token}/payments', 'Start a payment at the PSP', 'StartPayment', 'PaymentStarted', 201],
  [
    'post',
    '/psp/{paymentId}/complete',
    'Mock PSP: approve, decline or fail',
    'CompletePayment',
    'PaymentCompleted',
  ],
];

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorAnswer = { description: 'Error', content: { 'application/json': { schema: ref('Error') } } };

function operation([method, path, summary, body, answer, status = 200]: Route, secured: boolean) {
  const params = [
    ...[...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    })),
    ...queryParameters(method, path),
  ];
  return {
    summary,
    ...(secured ? {} : { security: [] }),
    ...(params.length ? { parameters: params } : {}),
    ...(body
      ? { requestBody: { required: true, content: { 'application/json': { schema: ref(body) } } } }
      : {}),
    responses: {
      [status]: { description: 'OK', content: { 'application/json': { schema: ref(answer) } } },
      '4XX': errorAnswer,
    },
  };
}

const paths: Record<string, Record<string, unknown>> = {};
for (const [routes, secured] of [
  [merchant, true],
  [pay, false],
] as const) {
  for (const route of routes) {
    paths[route[1]] ??= {};
    (paths[route[1]] as Record<string, unknown>)[route[0]] = operation(route, secured);
  }
}
paths['/api/links/import'] = {
  post: {
    summary: 'Import links from CSV (?dryRun=true validates only)',
    parameters: queryParameters('post', '/api/links/import'),
    requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string' } } } },
    responses: {
      200: { description: 'OK', content: { 'application/json': { schema: ref('ImportResult') } } },
      '4XX': errorAnswer,
    },
  },
};
paths['/api/links/export'] = {
  get: {
    summary: 'Export links as CSV (ids, or the list filters); formula-injection safe',
    parameters: queryParameters('get', '/api/links/export'),
    responses: {
      200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } },
      '4XX': errorAnswer,
    },
  },
};

const schemas = Object.fromEntries(
  Object.entries(components).map(([name, schema]) => [name, jsonSchema(schema)]),
);

const document = {
  openapi: '3.1.0',
  info: { title: 'Paylink API', version: '0.1.0', description: 'Generated from @paylink/client schemas.' },
  servers: [{ url: 'http://127.0.0.1:4010' }],
  security: [{ bearer: [] }],
  paths,
  components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
};

const text = `${JSON.stringify(document, null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== text) {
    console.error('docs/openapi.json is out of date: run `pnpm run openapi` and commit it.');
    process.exit(1);
  }
  console.log('docs/openapi.json is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target.pathname}`);
}
