/**
 * Cell conversions shared by the CSV import and export: money in a currency's minor units, dates, and
 * the spreadsheet formula neutralisation (and its reversal on the way back in).
 * @module
 */
import { currencyDigits } from '@paylink/client';
import { isCalendarDate } from '@paylink/client/schemas';

/** An amount in minor units as a plain decimal with `.` (`1250` EUR → `12.50`, `500` JPY → `500`). */
export function formatMinorUnits(amount: number, currency: string): string {
  const digits = currencyDigits(currency);
  const sign = amount < 0 ? '-' : '';
  const text = String(Math.abs(Math.trunc(amount)));
  if (digits === 0) return sign + text;
  const padded = text.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** The outcome of converting one cell: a value or a message for the merchant. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

// Thousands grouped by one separator used consistently (`1.234.567`, `1 234`, `1'234`), or plain digits;
// then an optional decimal part. Plain digits come first so a lone separator is read as the decimal
// point: `1.234` is 1.234 (too many decimals for EUR), never silently 1234.
const AMOUNT_PATTERN = /^(?:(\d+)|(\d{1,3}(?:([ .,'])\d{3})(?:\3\d{3})*))(?:([.,])(\d+))?$/;
const CURRENCY_AFFIX = /^(?:[€$£¥]|[A-Za-z]{3}(?![A-Za-z]))\s*|\s*(?:[€$£¥]|(?<![A-Za-z])[A-Za-z]{3})$/g;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;
const MINUS = /^[-\u2212]|[-\u2212]$|^\(.*\)$/;
const HAS_SPACE = /[\s\u00a0\u2007\u202f]/;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Reads a money amount the way people type it in any of the supported locales (`12.50`, `12,50`,
 * `1.234,56`, `1,234.56`, `1 234,56`, `€ 12,50`, `12`) into minor units of `currency`.
 */
export function parseAmount(raw: string, currency: string): CellResult<number> {
  const digits = currencyDigits(currency);
  let text = raw;
  // Most cells are bare numbers; only text that does not start and end with a digit can carry a
  // currency symbol or a sign, so the common case skips those regular expressions.
  if (!isDigit(text.charCodeAt(0)) || !isDigit(text.charCodeAt(text.length - 1))) {
    text = text.replace(CURRENCY_AFFIX, '').trim();
    // A sign may sit on either side of the symbol (`-€ 12`, `€ -12`), so strip the symbol once more.
    text = text.replace(CURRENCY_AFFIX, '').trim();
    if (MINUS.test(text)) return { ok: false, message: 'must be greater than 0' };
  }
  if (HAS_SPACE.test(text)) text = text.replace(SPACES, ' ');
  const match = AMOUNT_PATTERN.exec(text);
  if (match === null) {
    return { ok: false, message: `"${raw}" is not an amount (write it like 12.50 or 12,50)` };
  }
  const [, plain, grouped, groupSeparator, decimalSeparator, decimals = ''] = match;
  if (groupSeparator !== undefined && groupSeparator === decimalSeparator) {
    return { ok: false, message: `"${raw}" is not an amount (write it like 12.50 or 12,50)` };
  }
  if (decimals.length > digits) {
    return {
      ok: false,
      message:
        digits === 0 ? `must be a whole number for ${currency}` : `must have at most ${digits} decimals`,
    };
  }
  const whole = plain ?? (grouped ?? '').replace(/[ .,']/g, '');
  const minor = Number(whole + decimals.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return { ok: false, message: 'is too large' };
  if (minor === 0) return { ok: false, message: 'must be greater than 0' };
  return { ok: true, value: minor };
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const EUROPEAN_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const DATE_HINT = 'use YYYY-MM-DD, DD/MM/YYYY or an ISO timestamp';

/**
 * Reads an expiry date into an ISO UTC timestamp. A date without a time means the whole of that day
 * (it expires at its last millisecond, UTC); day-first forms are the European ones the supported
 * locales write. A timestamp without a zone is taken as UTC so the result does not depend on where the
 * server runs.
 */
export function parseExpiry(raw: string): CellResult<string> {
  const text = raw.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO_DATE.exec(text);
  const european = iso === null ? EUROPEAN_DATE.exec(text) : null;
  if (iso !== null) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else if (european !== null) {
    day = Number(european[1]);
    month = Number(european[3]);
    year = Number(european[4]);
  } else {
    const stamp = ISO_TIMESTAMP.exec(text);
    if (stamp === null) return { ok: false, message: `"${raw}" is not a date (${DATE_HINT})` };
    const [, y, mo, d, h, mi, s = '00', fraction = '', zone = 'Z'] = stamp;
    if (
      !isExpiryDay(Number(y), Number(mo), Number(d)) ||
      Number(h) > 23 ||
      Number(mi) > 59 ||
      Number(s) > 59
    ) {
      return { ok: false, message: `"${raw}" is not a valid date (${DATE_HINT})` };
    }
    const offset = zone.toUpperCase() === 'Z' ? 'Z' : normalizeOffset(zone);
    const time = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction.slice(0, 4)}${offset}`);
    if (Number.isNaN(time)) return { ok: false, message: `"${raw}" is not a valid date (${DATE_HINT})` };
    return { ok: true, value: new Date(time).toISOString() };
  }
  if (!isExpiryDay(year, month, day)) {
    return { ok: false, message: `"${raw}" is not a valid date (${DATE_HINT})` };
  }
  return { ok: true, value: `${year}-${pad2(month)}-${pad2(day)}T23:59:59.999Z` };
}

/** A day that exists, in the years an expiry date can name. */
function isExpiryDay(year: number, month: number, day: number): boolean {
  return year >= 1970 && year <= 9999 && isCalendarDate(year, month, day);
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function normalizeOffset(zone: string): string {
  const digits = zone.slice(1).replace(':', '');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4).padEnd(2, '0')}`;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** An international phone number: `+` and 6 to 15 digits, groups split by single spaces. */
const PLAIN_PHONE = /^\+\d(?: ?\d){5,14}$/;
/** A plain signed amount as the export writes amounts, with `.` for decimals: `-12.50`, `+3`. */
const PLAIN_AMOUNT = /^[+-]\d+(?:\.\d+)?$/;

/**
 * Whether a cell starting with `+` or `-` is only a number: a phone number or a plain amount. Such a
 * cell holds no operator after its sign, no reference and no function, so a spreadsheet can do nothing
 * with it but show a number; it is written as it is instead of gaining a `'` the merchant sees.
 */
export function isPlainNumber(cell: string): boolean {
  return PLAIN_PHONE.test(cell) || PLAIN_AMOUNT.test(cell);
}

/**
 * Prefixes a cell a spreadsheet would run as a formula with `'`, which makes it plain text: every
 * cell starting with `=`, `+`, `-`, `@`, tab or CR, except a `+`/`-` phone number or plain amount
 * ({@link isPlainNumber}), which stays as written.
 */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) && !isPlainNumber(cell) ? `'${cell}` : cell;
}

const NEUTRALIZED = /^'[=+\-@\t\r]/;

/**
 * Undoes {@link neutralizeFormula} so an exported file imports back to the same values (a mobile
 * `+32…` would otherwise come back as `'+32…` and fail validation).
 */
export function restoreFormula(cell: string): string {
  return NEUTRALIZED.test(cell) ? cell.slice(1) : cell;
}
