import { z } from 'zod/mini';

/** An opaque identifier chosen by the server. */
export const Id = z.string().check(z.minLength(1));

/**
 * An ISO 8601 UTC timestamp such as `2026-11-27T10:00:00.000Z`. A plain pattern rather than
 * `z.iso.datetime()`, whose calendar-exact regex costs ~1 KB gzip in every browser bundle.
 */
export const Timestamp = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/, 'must be an ISO 8601 UTC timestamp'));

/** An absolute http(s) URL. A pattern, not `z.url()`, to keep browser bundles small. */
export const HttpUrl = z.string().check(z.regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL'));

/** An e-mail address (a pragmatic pattern; delivery is the real check). */
export const Email = z.string().check(z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an e-mail address'));

/** An ISO 4217 currency code (three upper-case letters), e.g. `EUR`. */
export const Currency = z.string().check(z.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code'));

/** A money amount in minor units (cents): an integer, never a float. */
export const MinorUnits = z.int().check(z.nonnegative('must not be negative'));

/** A strictly positive money amount in minor units. */
export const PositiveMinorUnits = z
  .int('must be a whole number of minor units (cents)')
  .check(z.positive('must be greater than 0'));

/** A BCP 47 language tag such as `en`, `nl` or `fr-BE`. */
export const Language = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "fr-BE"'));

/** A payment method identifier such as `card`, `bancontact`, `ideal`. */
export const PaymentMethodId = z.string().check(z.minLength(1), z.maxLength(40));
