// What each entry exposes, and that importing them touches no browser globals (SSR safety).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as main from '../src/index.ts';
import * as pay from '../src/pay.ts';

test('the pay entry exposes the pay client, the error, the pay schemas and money digits, nothing merchant', () => {
  assert.deepEqual(Object.keys(pay).sort(), [
    'CompletePayment',
    'PayView',
    'PaylinkError',
    'PaymentCompleted',
    'PaymentStarted',
    'StartPayment',
    'asPaylinkError',
    'createPayClient',
    'currencyDigits',
    'isPaylinkError',
  ]);
  assert.equal(pay.currencyDigits('EUR'), 2);
  assert.equal(pay.currencyDigits('JPY'), 0);
  assert.equal(pay.currencyDigits('KWD'), 3);
});

test('the main entry exposes both factories, the error and the schemas', () => {
  for (const name of [
    'createPaylinkClient',
    'createPayClient',
    'PaylinkError',
    'isPaylinkError',
    'asPaylinkError',
    'PaymentLink',
    'describeIssues',
    'currencyDigits',
    'newIdempotencyKey',
  ]) {
    assert.ok(name in main, name);
  }
  assert.equal(main.PaylinkError, pay.PaylinkError, 'one error class shared by both entries');
  assert.match(
    main.newIdempotencyKey(),
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );
  assert.equal(main.asPaylinkError, pay.asPaylinkError, 'one error mapping shared by both entries');
});

test('importing both entries reads no window, document, localStorage or navigator', async () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const script = `
    for (const name of ['window', 'document', 'localStorage', 'navigator', 'location']) {
      Object.defineProperty(globalThis, name, { configurable: true, get() { throw new Error('read ' + name); } });
    }
    const main = await import('./src/index.ts');
    const pay = await import('./src/pay.ts');
    main.createPaylinkClient({ baseUrl: 'http://x.test/api' });
    pay.createPayClient({ baseUrl: 'http://x.test/api' });
    console.log('ok');
  `;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=paylink-source', '--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: root },
  );
  assert.equal(stdout.trim(), 'ok');
});
