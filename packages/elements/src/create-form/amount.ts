/** Why a typed amount cannot be used (a message key under `error.`). */
export type AmountProblem = 'amountRequired' | 'amountInvalid' | 'amountPositive' | 'amountDecimals';

/** A typed amount read as minor units, or what is wrong with it. */
export type AmountReading = { ok: true; minor: number } | { ok: false; problem: AmountProblem };

/** Characters people use to group digits: spaces (also no-break and narrow no-break), apostrophes, Arabic. */
const GROUPING = /[\s\u00a0\u202f'’\u066c]/g;
const DIGITS_ONLY = /^\d+$/;
const GROUPED = /^\d{1,3}(?:[.,]\d{3})+$/;

/**
 * Reads an amount typed the way the viewer writes numbers, into minor units of a currency with
 * `digits` decimals: `decimal` is the viewer's decimal separator (`,` in Dutch: `1.250,5` → 125050
 * cents). The other of `.` and `,` groups thousands; typed alone with other than three digits after
 * it (`12.5` in Dutch) it is read as the decimal separator, which is what the person meant. Arabic-
 * Indic digits and the Arabic decimal separator are understood. More decimals than the currency has
 * are refused rather than rounded: money is never silently changed.
 */
export function readAmount(typed: string, decimal: string, digits: number): AmountReading {
  let text = typed
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/\u066b/g, decimal)
    .replace(GROUPING, '');
  if (text === '') return { ok: false, problem: 'amountRequired' };
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  const other = decimal === ',' ? '.' : ',';
  let whole = text;
  let fraction = '';
  const at = text.lastIndexOf(decimal);
  if (at >= 0) {
    whole = text.slice(0, at);
    fraction = text.slice(at + 1);
  } else if (text.split(other).length === 2 && !/^\d{3}$/.test(text.split(other)[1] ?? '')) {
    [whole, fraction] = text.split(other) as [string, string];
  }
  if (whole === '') whole = '0';
  const wholeOk = DIGITS_ONLY.test(whole) || GROUPED.test(whole);
  if (!wholeOk || (fraction !== '' && !DIGITS_ONLY.test(fraction)))
    return { ok: false, problem: 'amountInvalid' };
  if (negative) return { ok: false, problem: 'amountPositive' };
  if (fraction.length > digits) return { ok: false, problem: 'amountDecimals' };
  const minor =
    Number(whole.replace(/[.,]/g, '')) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return { ok: false, problem: 'amountInvalid' };
  if (minor === 0) return { ok: false, problem: 'amountPositive' };
  return { ok: true, minor };
}

/** Minor units written back for the input, with the viewer's decimal separator and no grouping: `12,50`. */
export function writeAmount(minor: number, decimal: string, digits: number): string {
  if (digits === 0) return String(minor);
  const text = String(minor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}${decimal}${text.slice(-digits)}`;
}
