// How every unsuccessful answer turns into a PaylinkError.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HttpResponse, http } from 'msw';
import {
  asPaylinkError,
  createPaylinkClient,
  isPaylinkError,
  PaylinkError,
  SERVER_ERROR_STATUS,
} from '../src/index.ts';
import { API } from './support/fixtures.ts';
import { useMswServer } from './support/msw.ts';

const server = useMswServer();
const client = createPaylinkClient({ baseUrl: API, getToken: () => 't', retry: false });

async function failure(promise: Promise<unknown>): Promise<PaylinkError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isPaylinkError(error), `expected a PaylinkError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

describe('server error bodies', () => {
  for (const [code, status] of Object.entries(SERVER_ERROR_STATUS)) {
    test(`${code} → code ${code}, status ${status}, message and details kept`, async () => {
      const details = [{ path: 'amount', message: 'must be greater than 0' }];
      server.use(
        http.get(`${API}/links/pl_1`, () =>
          HttpResponse.json({ code, message: `says ${code}`, details }, { status }),
        ),
      );
      // A 401 is retried once with a fresh token; it must still end as the same error.
      const error = await failure(client.links.get('pl_1'));
      assert.ok(error instanceof PaylinkError);
      assert.equal(error.code, code);
      assert.equal(error.status, status);
      assert.equal(error.message, `says ${code}`);
      assert.deepEqual(error.details, details);
      assert.equal(error.name, 'PaylinkError');
    });
  }

  test('an unknown server code passes through as a string', async () => {
    server.use(
      http.get(`${API}/links/pl_1`, () =>
        HttpResponse.json({ code: 'link_frozen', message: 'Frozen by compliance' }, { status: 423 }),
      ),
    );
    const error = await failure(client.links.get('pl_1'));
    assert.equal(error.code, 'link_frozen');
    assert.equal(error.status, 423);
  });
});

describe('error answers without a readable body get a code from their status', () => {
  const cases: [number, string][] = [
    [400, 'validation_failed'],
    [401, 'unauthorized'],
    [404, 'not_found'],
    [409, 'http_error'],
    [422, 'http_error'],
    [429, 'rate_limited'],
    [500, 'internal_error'],
    [502, 'internal_error'],
    [418, 'http_error'],
  ];
  for (const [status, code] of cases) {
    test(`HTML ${status} → ${code}`, async () => {
      server.use(http.get(`${API}/links/pl_1`, () => HttpResponse.html('<h1>Bad gateway</h1>', { status })));
      const error = await failure(client.links.get('pl_1'));
      assert.equal(error.code, code);
      assert.equal(error.status, status);
    });
  }

  test('a JSON body that is not an error shape counts as unreadable', async () => {
    server.use(http.get(`${API}/links/pl_1`, () => HttpResponse.json({ error: 'nope' }, { status: 404 })));
    const error = await failure(client.links.get('pl_1'));
    assert.equal(error.code, 'not_found');
  });
});

describe('isPaylinkError', () => {
  test('true for PaylinkError, and for one from another copy of the package', () => {
    assert.equal(isPaylinkError(new PaylinkError('timeout', 'slow')), true);
    const foreign = Object.assign(new Error('x'), { name: 'PaylinkError', code: 'timeout', status: 0 });
    assert.equal(isPaylinkError(foreign), true);
  });

  test('false for anything else', () => {
    assert.equal(isPaylinkError(new Error('x')), false);
    assert.equal(isPaylinkError({ name: 'PaylinkError', code: 'x', status: 0 }), false);
    assert.equal(isPaylinkError(undefined), false);
  });

  test('cause and defaults', () => {
    const cause = new TypeError('fetch failed');
    const error = new PaylinkError('network_error', 'offline', { cause });
    assert.equal(error.cause, cause);
    assert.equal(error.status, 0);
    assert.equal(error.details, undefined);
  });
});

describe('asPaylinkError', () => {
  test('returns a PaylinkError as it is', () => {
    const error = new PaylinkError('not_found', 'gone', { status: 404 });
    assert.equal(asPaylinkError(error), error);
  });

  test('an AbortError becomes aborted', () => {
    const abort = new DOMException('stop', 'AbortError');
    const error = asPaylinkError(abort);
    assert.equal(error.code, 'aborted');
    assert.equal(error.cause, abort);
  });

  test('anything else becomes network_error, keeping its message and cause', () => {
    const cause = new TypeError('boom');
    assert.equal(asPaylinkError(cause).code, 'network_error');
    assert.equal(asPaylinkError(cause).message, 'boom');
    assert.equal(asPaylinkError(cause).cause, cause);
    assert.equal(asPaylinkError('odd').message, 'The request failed.');
    assert.equal(asPaylinkError('odd').cause, 'odd');
  });
});
