import { z } from 'zod/mini';

/** Longest id the API accepts (its own are about 30 characters). */
export const MAX_ID_LENGTH = 128;
/** Longest URL the API stores (`redirectUrl`, `returnUrl`), as browsers and proxies reliably pass it. */
export const MAX_URL_LENGTH = 2048;
/** Longest e-mail address (RFC 5321 path limit). */
export const MAX_EMAIL_LENGTH = 254;

/** An opaque identifier chosen by the server. */
export const Id = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?Z$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when the year, month and day name a day that exists (`2027-02-30` does not). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/**
 * True for a timestamp shaped like {@link Timestamp} that names a real moment: `Date.parse` rolls
 * `2027-02-30` over to 2 March instead of refusing it. Text of another shape passes (the pattern
 * reports it), so a bad value gets one message, not two.
 */
export function isRealTimestamp(text: string): boolean {
  const match = TIMESTAMP.exec(text);
  if (match === null) return true;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  return isCalendarDate(year!, month!, day!) && hour! <= 23 && minute! <= 59 && second! <= 59;
}

/**
 * An ISO 8601 UTC timestamp such as `2026-11-27T10:00:00.000Z`, of a day that exists. A plain pattern
 * and a small check rather than `z.iso.datetime()`, whose calendar-exact regex costs ~1 KB gzip in
 * every browser bundle.
 */
export const Timestamp = z
  .string()
  .check(
    z.regex(TIMESTAMP, 'must be an ISO 8601 UTC timestamp'),
    z.refine(isRealTimestamp, 'must be a date and time that exist'),
  );

/** True when `text` is an absolute http(s) URL the platform's URL parser accepts. */
export function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * An absolute http(s) URL of at most {@link MAX_URL_LENGTH} characters. A pattern plus the
 * platform's URL parser, not `z.url()`, to keep browser bundles small.
 */
export const HttpUrl = z.string().check(
  z.maxLength(MAX_URL_LENGTH, `must be at most ${MAX_URL_LENGTH} characters`),
  z.regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL'),
  z.refine((text) => !/^https?:\/\/[^\s]+$/.test(text) || isHttpUrl(text), 'must be an http(s) URL'),
);

/** What {@link Email} accepts: something, `@`, a domain with a dot; no spaces. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An e-mail address (a pragmatic pattern; delivery is the real check). */
export const Email = z
  .string()
  .check(
    z.maxLength(MAX_EMAIL_LENGTH, `must be at most ${MAX_EMAIL_LENGTH} characters`),
    z.regex(EMAIL_PATTERN, 'must be an e-mail address'),
  );

/**
 * A mobile number in E.164 form: `+`, a country code and the number, digits only, at most 15 digits
 * (`+32470123456`). What SMS and WhatsApp deliver to.
 */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

/** An ISO 4217 currency code (three upper-case letters), e.g. `EUR`. */
export const Currency = z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code'));

/** A money amount in minor units (cents): an integer, never a float. */
export const MinorUnits = z.int().check(z.nonnegative('must not be negative'));

/** A strictly positive money amount in minor units. */
export const PositiveMinorUnits = z
  .int('must be a whole number of minor units (cents)')
  .check(z.positive('must be greater than 0'));

/** A BCP 47 language tag such as `en`, `nl` or `fr-BE` (at most 35 characters, as RFC 5646 advises). */
export const Language = z
  .string()
  .check(
    z.maxLength(35),
    z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "fr-BE"'),
  );

/** A payment method identifier such as `card`, `bancontact`, `ideal`. */
export const PaymentMethodId = z.string().check(z.minLength(1), z.maxLength(40));
