import assert from 'node:assert/strict';
import { test } from 'node:test';
import { path, toSearchParams } from '../src/core/query.ts';

test('arrays repeat, booleans and numbers become text, undefined and null vanish', () => {
  const params = toSearchParams({
    status: ['paid', 'expired'],
    archived: false,
    minAmount: 0,
    q: undefined,
    customerId: null,
    origin: 'api',
  });
  assert.equal(params.toString(), 'status=paid&status=expired&archived=false&minAmount=0&origin=api');
});

test('an empty array and no query give no parameters', () => {
  assert.equal(toSearchParams({ status: [] }).toString(), '');
  assert.equal(toSearchParams().toString(), '');
});

test('values are encoded', () => {
  assert.equal(toSearchParams({ q: 'a&b=c d' }).toString(), 'q=a%26b%3Dc+d');
});

test('path segments are encoded one by one', () => {
  assert.equal(path('links', '../x', 'events'), 'links/..%2Fx/events');
});
