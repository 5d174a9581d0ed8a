/**
 * Cell conversions of the CSV import and export: money in a currency's minor units, dates, and the
 * spreadsheet formula neutralisation (and its reversal on the way back in).
 * @module
 */
import { currencyDigits } from '../money.ts';
import type { ImportIssueCode, IssueParams } from './issues.ts';

/** The outcome of converting one cell: a value, or why not (a code, its values, English words). */
export type CellResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: ImportIssueCode; params?: IssueParams; message: string };

function fail(code: ImportIssueCode, message: string, params?: IssueParams): CellResult<never> {
  return params ? { ok: false, code, params, message } : { ok: false, code, message };
}

/** An amount in minor units as a plain decimal with `.` (`1250` EUR → `12.50`, `500` JPY → `500`). */
export function formatMinorUnits(amount: number, currency: string): string {
  const digits = currencyDigits(currency);
  const sign = amount < 0 ? '-' : '';
  const text = String(Math.abs(Math.trunc(amount)));
  if (digits === 0) return sign + text;
  const padded = text.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

// Thousands grouped by one separator used consistently (`1.234.567`, `1 234`, `1'234`), or plain
// digits; then an optional decimal part. Plain digits come first so a lone separator is read as the
// decimal point: `1.234` is 1.234 (too many decimals for EUR), never silently 1234.
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
    if (MINUS.test(text)) return fail('amount_not_positive', 'must be greater than 0');
  }
  if (HAS_SPACE.test(text)) text = text.replace(SPACES, ' ');
  const match = AMOUNT_PATTERN.exec(text);
  const notAmount = () =>
    fail('amount_format', `"${raw}" is not an amount (write it like 12.50 or 12,50)`, { value: raw });
  if (match === null) return notAmount();
  const [, plain, grouped, groupSeparator, decimalSeparator, decimals = ''] = match;
  if (groupSeparator !== undefined && groupSeparator === decimalSeparator) return notAmount();
  if (decimals.length > digits) {
    return digits === 0
      ? fail('amount_whole', `must be a whole number for ${currency}`, { currency })
      : fail('amount_decimals', `must have at most ${digits} decimals`, { max: digits });
  }
  const whole = plain ?? (grouped ?? '').replace(/[ .,']/g, '');
  const minor = Number(whole + decimals.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return fail('amount_too_large', 'is too large');
  if (minor === 0) return fail('amount_not_positive', 'must be greater than 0');
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
 * locales write. A timestamp without a zone is taken as UTC so the result does not depend on where
 * it is read.
 */
export function parseExpiry(raw: string): CellResult<string> {
  const text = raw.trim();
  const invalid = () => fail('date_invalid', `"${raw}" is not a valid date (${DATE_HINT})`, { value: raw });
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
    if (stamp === null) return fail('date_format', `"${raw}" is not a date (${DATE_HINT})`, { value: raw });
    const [, y, mo, d, h, mi, s = '00', fraction = '', zone = 'Z'] = stamp;
    if (
      !isCalendarDate(Number(y), Number(mo), Number(d)) ||
      Number(h) > 23 ||
      Number(mi) > 59 ||
      Number(s) > 59
    ) {
      return invalid();
    }
    const offset = zone.toUpperCase() === 'Z' ? 'Z' : normalizeOffset(zone);
    const time = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${fraction.slice(0, 4)}${offset}`);
    if (Number.isNaN(time)) return invalid();
    return { ok: true, value: new Date(time).toISOString() };
  }
  if (!isCalendarDate(year, month, day)) return invalid();
  return { ok: true, value: `${year}-${pad2(month)}-${pad2(day)}T23:59:59.999Z` };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
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
 * cell holds no operator after its sign, no reference and no function, so a spreadsheet can do
 * nothing with it but show a number; it is written as it is instead of gaining a `'` people see.
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
