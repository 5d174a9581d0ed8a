import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { PaymentCompleted } from '@paylink/client/schemas';
import { escapeHtml } from '../../src/http/html.ts';
import { formatMoney } from '../../src/http/money.ts';
import { BASE, call, expectError, expectJson, seedLink, useHarness } from '../support/http-harness.ts';

const harness = useHarness();
const { engine } = harness;

const EVIL_TITLE = `<script>alert("pwned")</script><img src=x onerror='alert(1)'> & more`;

function startPayment(
  overrides: Record<string, unknown> = {},
  body: Record<string, unknown> = { method: 'bancontact' },
) {
  const link = seedLink(engine, overrides);
  return { link, payment: engine.startPayment(link.token, body) };
}

function postForm(paymentId: string, outcome: string): Promise<Response> {
  return fetch(`${BASE}/psp/${paymentId}/complete`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ outcome }).toString(),
    redirect: 'manual',
  });
}

describe('GET /psp/:paymentId', () => {
  test('shows amount, merchant, title and method with Approve and Decline forms', async () => {
    const { payment } = startPayment();
    const response = await fetch(`${BASE}/psp/${payment.id}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'text/html; charset=utf-8');
    const html = await response.text();
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<title>Pay €12\.50 to Acme Supplies<\/title>/);
    assert.match(html, /<h1>Pay €12\.50 to Acme Supplies<\/h1>/);
    assert.match(html, /<dd>Invoice 2026-042<\/dd>/);
    assert.match(html, /<dd>Bancontact<\/dd>/);
    const action = `action="/psp/${payment.id}/complete"`;
    assert.equal(html.split(`<form method="post" ${action}>`).length - 1, 2);
    assert.match(html, /<button type="submit" name="outcome" value="approve">Approve<\/button>/);
    assert.match(html, /<button type="submit" name="outcome" value="decline">Decline<\/button>/);
  });

  test('has no script, no inline style attributes, and a strict CSP that allows its style by hash', async () => {
    const { payment } = startPayment();
    const response = await fetch(`${BASE}/psp/${payment.id}`);
    const html = await response.text();
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\sstyle=/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /base-uri 'none'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /form-action 'self' http:\/\/shop\.test(;|$)/);
    assert.doesNotMatch(csp, /unsafe/);
    const style = /<style>([^<]*)<\/style>/.exec(html)?.[1];
    assert.ok(style, 'the page has a style element');
    const hash = createHash('sha256').update(style).digest('base64');
    assert.match(csp, new RegExp(`style-src 'sha256-${hash.replace(/[+/]/g, '\\$&')}'`));
    assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff');
  });

  test('escapes a malicious title everywhere it appears', async () => {
    const { payment } = startPayment({ title: EVIL_TITLE });
    const html = await (await fetch(`${BASE}/psp/${payment.id}`)).text();
    assert.ok(!html.includes('<script>alert'), 'raw script tag in the page');
    assert.ok(!html.includes('<img'), 'raw img tag in the page');
    assert.ok(html.includes(`<dd>${escapeHtml(EVIL_TITLE)}</dd>`));
    assert.ok(html.includes('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;'));
    assert.ok(html.includes('&#39;alert(1)&#39;&gt; &amp; more'));
  });

  test('an unknown payment is a 404 HTML page', async () => {
    const response = await fetch(`${BASE}/psp/pay_missing`);
    assert.equal(response.status, 404);
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/html/);
    assert.ok(response.headers.get('Content-Security-Policy'));
    assert.match(await response.text(), /<h1>Payment not found<\/h1>/);
  });

  test('a settled payment shows its outcome and a way back instead of the buttons', async () => {
    const { link, payment } = startPayment();
    engine.completePayment(payment.id, { outcome: 'approve' });
    const html = await (await fetch(`${BASE}/psp/${payment.id}`)).text();
    assert.match(html, /<h1>Payment approved<\/h1>/);
    assert.doesNotMatch(html, /<form/);
    assert.ok(html.includes(`<a href="${escapeHtml(link.url)}">`));
  });
});

describe('POST /psp/:paymentId/complete', () => {
  test('a form post approves and answers 303 to the link url', async () => {
    const { link, payment } = startPayment();
    const response = await postForm(payment.id, 'approve');
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('Location'), link.url);
    assert.equal(engine.getLink(link.id).status, 'paid');
  });

  test('a form post declines and answers 303 to the returnUrl given at start', async () => {
    const { link, payment } = startPayment({}, { method: 'card', returnUrl: 'http://shop.test/after?x=1' });
    const response = await postForm(payment.id, 'decline');
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('Location'), 'http://shop.test/after?x=1');
    assert.equal(engine.getLink(link.id).status, 'declined');
  });

  test('a bad form outcome is a 400 page and changes nothing', async () => {
    const { link, payment } = startPayment();
    const response = await postForm(payment.id, 'steal');
    assert.equal(response.status, 400);
    assert.match(response.headers.get('Content-Type') ?? '', /^text\/html/);
    assert.equal(engine.getLink(link.id).status, 'clicked');
  });

  test('JSON outcomes answer { status }; fail declines', async () => {
    const first = startPayment();
    const approved = await expectJson(
      await call('POST', `/psp/${first.payment.id}/complete`, { body: { outcome: 'approve' }, auth: false }),
      PaymentCompleted,
    );
    assert.deepEqual(approved, { status: 'paid' });
    const second = startPayment();
    const failed = await expectJson(
      await call('POST', `/psp/${second.payment.id}/complete`, { body: { outcome: 'fail' }, auth: false }),
      PaymentCompleted,
    );
    assert.deepEqual(failed, { status: 'declined' });
  });

  test('completing twice is invalid_transition; an unknown payment is not_found', async () => {
    const { payment } = startPayment();
    engine.completePayment(payment.id, { outcome: 'approve' });
    const again = await call('POST', `/psp/${payment.id}/complete`, {
      body: { outcome: 'decline' },
      auth: false,
    });
    await expectError(again, 409, 'invalid_transition');
    const missing = await call('POST', '/psp/pay_missing/complete', {
      body: { outcome: 'approve' },
      auth: false,
    });
    await expectError(missing, 404, 'not_found');
  });
});

describe('money formatting', () => {
  test('uses the currency’s own decimals', () => {
    assert.equal(formatMoney(1250, 'EUR'), '€12.50');
    assert.equal(formatMoney(500, 'JPY'), '¥500');
    assert.equal(formatMoney(1234, 'not-a-code'), '1234 not-a-code');
  });
});
