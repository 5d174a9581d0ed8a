// The request checks the contract makes on values: currencies, dates, recipients and lengths.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { currencyDigits } from '../src/money.ts';
import {
  AdvanceClock,
  CreateInvitation,
  CreateLink,
  HttpUrl,
  isIsoCurrency,
  isoCurrencies,
  isoMinorUnits,
  MAX_CLOCK_STEP_MS,
  recipientProblem,
  Timestamp,
} from '../src/schemas/index.ts';

const link = { amount: 100, title: 'x', customer: { name: 'y' } };

describe('ISO 4217', () => {
  test('codes in use with their minor units; others refused', () => {
    assert.deepEqual(
      ['EUR', 'JPY', 'KWD', 'CLF', 'HUF', 'IQD'].map((code) => isoMinorUnits(code)),
      [2, 0, 3, 4, 2, 3],
    );
    for (const code of ['ZZZ', 'XTS', 'XAU', 'eur', 'EURO']) assert.equal(isIsoCurrency(code), false, code);
    assert.ok(isoCurrencies().length > 150);
    assert.equal(CreateLink.safeParse({ ...link, currency: 'ZZZ' }).success, false);
    assert.equal(CreateLink.safeParse({ ...link, currency: 'JPY' }).success, true);
  });

  test('currencyDigits follows ISO 4217, where Intl rounds some currencies to cash digits', () => {
    assert.equal(currencyDigits('HUF'), 2);
    assert.equal(currencyDigits('IQD'), 3);
    assert.equal(currencyDigits('JPY'), 0);
    assert.equal(currencyDigits('XAU'), 2, 'not listed: Intl, else 2');
  });
});

describe('timestamps name real moments', () => {
  test('2027-02-30 and hour 24 are refused; 29 February of a leap year is accepted', () => {
    for (const bad of [
      '2027-02-30T00:00:00.000Z',
      '2026-04-31T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2100-02-29T00:00:00Z',
    ]) {
      const result = Timestamp.safeParse(bad);
      assert.equal(result.success, false, bad);
      assert.equal(result.error?.issues.length, 1, 'one message per bad value');
    }
    assert.equal(Timestamp.safeParse('2028-02-29T23:59:59.999Z').success, true);
    assert.equal(Timestamp.safeParse('2000-02-29T00:00:00Z').success, true);
  });
});

describe('recipients', () => {
  test('e-mail for email, E.164 for SMS and WhatsApp', () => {
    assert.equal(recipientProblem('email', 'ada@example.com'), undefined);
    assert.ok(recipientProblem('email', 'not-an-email'));
    assert.equal(recipientProblem('sms', '+32470123456'), undefined);
    for (const bad of ['0470123456', '+32 470 12 34 56', '+0470123456', '+1234', 'ada@example.com']) {
      assert.ok(recipientProblem('whatsapp', bad), bad);
    }
    const refused = CreateInvitation.safeParse({ channel: 'sms', to: 'ada@example.com' });
    assert.deepEqual(
      refused.error?.issues.map((issue) => issue.path),
      [['to']],
    );
    assert.equal(CreateInvitation.safeParse({ channel: 'email' }).success, true);
  });
});

describe('lengths', () => {
  test('URLs: at most 2 048 characters and parseable', () => {
    assert.equal(HttpUrl.safeParse(`https://a.example/${'x'.repeat(2031)}`).success, false);
    assert.equal(HttpUrl.safeParse('https://a.example/ok').success, true);
    assert.equal(HttpUrl.safeParse('http://[/').success, false);
  });

  test('clock moves: at most a year at a time', () => {
    assert.equal(AdvanceClock.safeParse({ advanceMs: MAX_CLOCK_STEP_MS }).success, true);
    assert.equal(AdvanceClock.safeParse({ advanceMs: MAX_CLOCK_STEP_MS + 1 }).success, false);
    assert.equal(AdvanceClock.safeParse({ advanceMs: 3e14 }).success, false);
  });
});
