// The retry timing as pure functions, with the clock and the randomness injected.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRetryAfter, retryDelay, retryPolicy, sleep } from '../src/core/retry.ts';

const policy = retryPolicy({ delayMs: 100, backoffLimitMs: 1000, maxRetryAfterMs: 30_000 });

test('defaults: 2 retries, and false means none', () => {
  assert.equal(retryPolicy(undefined).limit, 2);
  assert.equal(retryPolicy(false).limit, 0);
  assert.equal(retryPolicy({ limit: 5 }).delayMs, 300);
});

test('Retry-After as seconds or as an HTTP date', () => {
  const now = Date.parse('2026-11-27T10:00:00Z');
  assert.equal(parseRetryAfter('3', now), 3000);
  assert.equal(parseRetryAfter(' 0 ', now), 0);
  assert.equal(parseRetryAfter('Fri, 27 Nov 2026 10:00:05 GMT', now), 5000);
  assert.equal(parseRetryAfter('Fri, 27 Nov 2026 09:00:00 GMT', now), 0, 'a date in the past: no wait');
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter(null, now), undefined);
});

test('Retry-After wins over backoff, and too long a wait gives up', () => {
  assert.equal(
    retryDelay(0, '2', policy, () => 0),
    2000,
  );
  assert.equal(
    retryDelay(0, '31', policy, () => 0),
    undefined,
  );
  const now = Date.parse('2026-11-27T10:00:00Z');
  assert.equal(
    retryDelay(1, 'Fri, 27 Nov 2026 10:00:04 GMT', policy, () => 0.5, now),
    4000,
  );
});

test('exponential backoff with jitter, capped', () => {
  const low = () => 0;
  const high = () => 0.999_999;
  assert.equal(retryDelay(0, null, policy, low), 50);
  assert.ok((retryDelay(0, null, policy, high) ?? 0) < 100);
  assert.equal(retryDelay(1, null, policy, low), 100);
  assert.equal(retryDelay(2, null, policy, low), 200);
  assert.equal(retryDelay(10, null, policy, low), 500, 'half of backoffLimitMs');
  assert.ok((retryDelay(10, null, policy, high) ?? 0) <= 1000);
});

test('sleep rejects with the abort reason as soon as the signal aborts', async () => {
  const controller = new AbortController();
  const started = performance.now();
  const pending = sleep(10_000, controller.signal);
  controller.abort(new Error('stop'));
  await assert.rejects(pending, /stop/);
  assert.ok(performance.now() - started < 1000);
  await assert.rejects(sleep(10, AbortSignal.abort(new Error('early'))), /early/);
});
