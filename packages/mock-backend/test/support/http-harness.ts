import assert from 'node:assert/strict';
import { after, afterEach, beforeEach } from 'node:test';
import { ApiErrorBody, type PaymentLink, type ValidationIssue } from '@paylink/client/schemas';
import { setupServer } from 'msw/node';
import type { Engine } from '../../src/engine/api.ts';
import { createEngine, ManualClock } from '../../src/engine/index.ts';
import { createHandlers, type HandlerOptions, type ResponseSchema } from '../../src/http/index.ts';

/** Where the handlers live in these tests; msw intercepts it, nothing listens there. */
export const BASE = 'http://paylink.test';
/** The clock's start in every test, so dates in answers are predictable. */
export const START = '2026-11-27T10:00:00.000Z';
export const PAY_URL = 'http://shop.test/pay?token={token}';
export const AUTH = { Authorization: 'Bearer test-token' };

/** One msw server over one engine with a manual clock, reset before each test by {@link Harness.reset}. */
export interface Harness {
  engine: Engine;
  clock: ManualClock;
  /** Unexpected errors the handlers reported (answered as 500). */
  errors: unknown[];
  reset(): void;
  close(): void;
}

/** Starts msw's `setupServer` with the real handlers; unknown requests fail the test. */
export function startHarness(options: HandlerOptions = {}, engine?: Engine): Harness {
  const clock = new ManualClock(START);
  const theEngine = engine ?? createEngine({ clock, seed: 7, payUrl: PAY_URL });
  const errors: unknown[] = [];
  const server = setupServer(
    ...createHandlers(theEngine, { baseUrl: BASE, onError: (error) => errors.push(error), ...options }),
  );
  server.listen({ onUnhandledFrame: 'error' });
  return {
    engine: theEngine,
    clock,
    errors,
    reset() {
      clock.set(Date.parse(START));
      theEngine.reset();
      errors.length = 0;
    },
    close: () => server.close(),
  };
}

/**
 * {@link startHarness} for one test file: resets the engine and clock before each test, fails a test
 * after which any route answered 500, and stops the server after the file.
 */
export function useHarness(options: HandlerOptions = {}, engine?: Engine): Harness {
  const harness = startHarness(options, engine);
  beforeEach(() => harness.reset());
  afterEach(() => assert.deepEqual(harness.errors, [], 'no route may answer 500'));
  after(() => harness.close());
  return harness;
}

/** `fetch` against {@link BASE}; a plain object body is sent as JSON. Merchant auth unless `auth: false`. */
export function call(
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string>; auth?: boolean } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...(init.auth === false ? {} : AUTH), ...init.headers };
  let body: string | undefined;
  if (typeof init.body === 'string') body = init.body;
  else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['Content-Type'] ??= 'application/json';
  }
  return fetch(`${BASE}${path}`, { method, headers, body, redirect: 'manual' });
}

/** Asserts status and JSON content type, checks the body against `schema` and returns it. */
export async function expectJson<T>(response: Response, schema: ResponseSchema<T>, status = 200): Promise<T> {
  const text = await response.text();
  assert.equal(response.status, status, `expected ${status}, got ${response.status}: ${text}`);
  assert.match(response.headers.get('Content-Type') ?? '', /^application\/json/);
  const body: unknown = JSON.parse(text);
  const result = schema.safeParse(body);
  if (!result.success)
    assert.fail(`body does not match its schema: ${JSON.stringify(result.error.issues)}\n${text}`);
  return body as T;
}

/** Asserts an error answer with `status` and `code`, and returns its body. */
export async function expectError(
  response: Response,
  status: number,
  code: string,
): Promise<{ code: string; message: string; details?: ValidationIssue[] }> {
  const body = await expectJson(response, ApiErrorBody, status);
  assert.equal(body.code, code, `expected code ${code}: ${JSON.stringify(body)}`);
  assert.ok(body.message.length > 0, 'error message must not be empty');
  return body as { code: string; message: string; details?: ValidationIssue[] };
}

/** Asserts a `validation_failed` whose details name `path`. */
export async function expectValidation(response: Response, path: string): Promise<ValidationIssue[]> {
  const body = await expectError(response, 400, 'validation_failed');
  assert.ok(Array.isArray(body.details), 'validation_failed must carry details');
  assert.ok(
    body.details.some((issue) => issue.path === path),
    `expected an issue at "${path}", got ${JSON.stringify(body.details)}`,
  );
  return body.details;
}

/** A valid CreateLink body. */
export function newLink(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    amount: 1250,
    title: 'Invoice 2026-042',
    reference: 'INV-42',
    customer: { name: 'Ada Lovelace', email: 'ada@example.com', mobile: '+32470000001' },
    ...overrides,
  };
}

/** Creates a link through the engine (setup, not the thing under test). */
export function seedLink(engine: Engine, overrides: Record<string, unknown> = {}): PaymentLink {
  return engine.createLink(newLink(overrides));
}

/** Takes a link through open → payment → approve with the engine, for tests that need a paid link. */
export function payLink(engine: Engine, link: PaymentLink, method = 'card'): PaymentLink {
  engine.open(link.token);
  const payment = engine.startPayment(link.token, { method });
  engine.completePayment(payment.id, { outcome: 'approve' });
  return engine.getLink(link.id);
}
