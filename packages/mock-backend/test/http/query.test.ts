import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseLinkFilters, parseListQuery } from '../../src/http/query.ts';
import { call, expectError, expectValidation, useHarness } from '../support/http-harness.ts';

useHarness();

describe('list query parsing', () => {
  test('reads every filter into its typed form and leaves absent ones out', () => {
    const query = parseListQuery(
      new URLSearchParams(
        'from=2026-11-01&to=2026-11-27T23:59:59Z&status=paid&status=clicked,paid&archived=true&q=ada' +
          '&customerId=cus_1&minAmount=100&maxAmount=5000&origin=dunning&sort=-amount&cursor=abc&limit=20&unknown=1',
      ),
    );
    assert.deepEqual(query, {
      from: '2026-11-01',
      to: '2026-11-27T23:59:59Z',
      status: ['paid', 'clicked'],
      archived: true,
      q: 'ada',
      customerId: 'cus_1',
      minAmount: 100,
      maxAmount: 5000,
      origin: 'dunning',
      sort: '-amount',
      cursor: 'abc',
      limit: 20,
    });
    assert.deepEqual(parseLinkFilters(new URLSearchParams('')), {});
    assert.deepEqual(parseLinkFilters(new URLSearchParams('archived=false&q=')), { archived: false });
  });

  test('reports every bad parameter at once, each by name', async () => {
    const response = await call(
      'GET',
      '/api/links?from=yesterday&to=2026-13-45&status=paid&status=lost&archived=yes&minAmount=-1&maxAmount=1.5' +
        '&origin=fax&sort=name&limit=0',
    );
    const body = await expectError(response, 400, 'validation_failed');
    const paths = (body.details ?? []).map((issue) => issue.path).sort();
    assert.deepEqual(paths, [
      'archived',
      'from',
      'limit',
      'maxAmount',
      'minAmount',
      'origin',
      'sort',
      'status',
      'to',
    ]);
  });

  test('limit must be 1–500', async () => {
    await expectValidation(await call('GET', '/api/links?limit=501'), 'limit');
    await expectValidation(await call('GET', '/api/links?limit=abc'), 'limit');
    assert.equal((await call('GET', '/api/links?limit=500')).status, 200);
  });

  test('minAmount above maxAmount is refused', async () => {
    await expectValidation(await call('GET', '/api/links?minAmount=500&maxAmount=100'), 'maxAmount');
  });

  test('the export checks the same filters', async () => {
    await expectValidation(await call('GET', '/api/links/export?status=unknown'), 'status');
  });

  test('a cursor that is not one of this list is a validation error from the engine', async () => {
    await expectValidation(await call('GET', '/api/links?cursor=not-a-cursor'), 'cursor');
  });
});
