import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Invitation, LinkPage, PaymentLink, PaymentStarted } from '@paylink/client/schemas';
import {
  BASE,
  call,
  expectError,
  expectJson,
  expectValidation,
  newLink,
  seedLink,
  useHarness,
} from '../support/http-harness.ts';

const harness = useHarness();
const { engine } = harness;

describe('recipients are checked per channel', () => {
  test('an e-mail invitation to "not-an-email" is refused, not "sent"', async () => {
    const link = seedLink(engine);
    const response = await call('POST', `/api/links/${link.id}/invitations`, {
      body: { channel: 'email', to: 'not-an-email' },
    });
    await expectValidation(response, 'to');
    assert.deepEqual(
      engine.listEvents(link.id).map((e) => e.type),
      ['created'],
    );
  });

  test('SMS and WhatsApp need a mobile number in E.164 form', async () => {
    const link = seedLink(engine);
    for (const channel of ['sms', 'whatsapp']) {
      for (const to of ['ada@example.com', '0470123456', '+32 470', '+0470123456', 'call me']) {
        const response = await call('POST', `/api/links/${link.id}/invitations`, { body: { channel, to } });
        await expectValidation(response, 'to');
      }
      const sent = await expectJson(
        await call('POST', `/api/links/${link.id}/invitations`, { body: { channel, to: '+32470123456' } }),
        Invitation,
        201,
      );
      assert.equal(sent.to, '+32470123456');
    }
  });

  test("the customer's own number is written as E.164, or refused when it has no country", async () => {
    const spaced = seedLink(engine, { customer: { name: 'Spaced', mobile: '+32 470 12-34-56' } });
    const sent = await expectJson(
      await call('POST', `/api/links/${spaced.id}/invitations`, { body: { channel: 'sms' } }),
      Invitation,
      201,
    );
    assert.equal(sent.to, '+32470123456');
    const national = seedLink(engine, { customer: { name: 'National', mobile: '0470 12 34 56' } });
    const refused = await call('POST', `/api/links/${national.id}/invitations`, {
      body: { channel: 'whatsapp' },
    });
    const body = await expectError(refused, 422, 'missing_recipient');
    assert.match(body.message, /E\.164/);
  });
});

describe('currencies and dates', () => {
  test('currency ZZZ is refused; ISO 4217 codes in use are accepted', async () => {
    await expectValidation(
      await call('POST', '/api/links', { body: newLink({ currency: 'ZZZ' }) }),
      'currency',
    );
    for (const currency of ['EUR', 'JPY', 'KWD', 'HUF', 'CHF']) {
      const link = await expectJson(
        await call('POST', '/api/links', { body: newLink({ currency }) }),
        PaymentLink,
        201,
      );
      assert.equal(link.currency, currency);
    }
  });

  test('expiresAt 2027-02-30 is refused (Date.parse would roll it over to 2 March)', async () => {
    for (const expiresAt of ['2027-02-30T00:00:00.000Z', '2027-04-31T12:00:00Z', '2027-01-01T24:00:00Z']) {
      await expectValidation(await call('POST', '/api/links', { body: newLink({ expiresAt }) }), 'expiresAt');
    }
    await expectJson(
      await call('POST', '/api/links', { body: newLink({ expiresAt: '2028-02-29T00:00:00.000Z' }) }),
      PaymentLink,
      201,
    );
  });

  test('list filters refuse days that do not exist', async () => {
    await expectValidation(await call('GET', '/api/links?from=2026-02-30'), 'from');
    await expectValidation(await call('GET', '/api/links?to=2026-13-01'), 'to');
    await expectJson(await call('GET', '/api/links?from=2024-02-29'), LinkPage);
  });
});

describe('URLs', () => {
  test('a returnUrl with an emoji is stored percent-encoded: the PSP redirect works, no 500', async () => {
    const link = seedLink(engine);
    const started = await expectJson(
      await call('POST', `/api/pay/${link.token}/payments`, {
        body: { method: 'card', returnUrl: 'https://shop.example/thanks/🎉?who=zoë' },
        auth: false,
      }),
      PaymentStarted,
      201,
    );
    const done = await fetch(`${BASE}/psp/${started.paymentId}/complete`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'outcome=approve',
      redirect: 'manual',
    });
    assert.equal(done.status, 303);
    assert.equal(done.headers.get('Location'), 'https://shop.example/thanks/%F0%9F%8E%89?who=zo%C3%AB');
    assert.equal(engine.getLink(link.id).status, 'paid');
  });

  test('URLs longer than 2 048 characters are refused, also once percent-encoded', async () => {
    const long = `https://shop.example/${'a'.repeat(2100)}`;
    await expectValidation(
      await call('POST', '/api/links', { body: newLink({ redirectUrl: long }) }),
      'redirectUrl',
    );
    const link = seedLink(engine);
    await expectValidation(
      await call('POST', `/api/pay/${link.token}/payments`, {
        body: { method: 'card', returnUrl: long },
        auth: false,
      }),
      'returnUrl',
    );
    const emojis = `https://shop.example/${'🎉'.repeat(400)}`;
    assert.ok(emojis.length < 2048);
    await expectValidation(
      await call('POST', '/api/links', { body: newLink({ redirectUrl: emojis }) }),
      'redirectUrl',
    );
    await expectValidation(
      await call('POST', '/api/links', { body: newLink({ redirectUrl: 'https://exa mple.com/' }) }),
      'redirectUrl',
    );
  });

  test('every stored text has a length limit', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ customer: { name: 'A', email: `${'a'.repeat(250)}@example.com` } }, 'customer.email'],
      [{ language: `en-${'abcdefgh-'.repeat(10)}x1` }, 'language'],
      [{ methods: Array.from({ length: 21 }, () => 'card') }, 'methods'],
      [{ customerId: 'c'.repeat(200) }, 'customerId'],
    ];
    for (const [overrides, path] of cases) {
      await expectValidation(await call('POST', '/api/links', { body: newLink(overrides) }), path);
    }
  });

  test('a multipart body that does not parse is a 400, not a 500', async () => {
    const link = seedLink(engine);
    const payment = engine.startPayment(link.token, { method: 'card' });
    const response = await fetch(`${BASE}/psp/${payment.id}/complete`, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=xyz' },
      body: '--nope\r\nbroken',
      redirect: 'manual',
    });
    assert.equal(response.status, 400);
    assert.equal(engine.getLink(link.id).status, 'clicked');
  });
});
