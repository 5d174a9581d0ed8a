import { currencyDigits } from '../i18n/format.ts';

/** Longest refund message the API takes. */
export const MAX_REFUND_MESSAGE = 140;

/** The refund form as typed. */
export interface RefundDraft {
  amount: string;
  message: string;
}

/** What is wrong with a typed refund, per field (a key under `refundError.`). */
export interface RefundProblems {
  amount?: 'amountRequired' | 'amountInvalid' | 'amountPositive' | 'amountDecimals' | 'amountAbove';
  message?: 'messageRequired' | 'messageTooLong';
}

/** A typed refund that can be sent, or why not. */
export type RefundCheck =
  | { ok: true; amount: number; message: string }
  | { ok: false; problems: RefundProblems };

/**
 * Reads an amount as the viewer types it into minor units of `currency`. `decimal` is the viewer's
 * decimal separator (`,` in Dutch); the other one of `.` and `,`, spaces and apostrophes group
 * digits (`1.250,50`), Arabic-Indic digits and the Arabic decimal sign are understood. When only
 * the grouping character appears and not followed by exactly three digits (`12.5` typed in Dutch),
 * it is taken for the decimal point the person meant. More decimals than the currency has are an
 * error rather than rounded away: a refund never silently changes.
 */
export function parseAmount(
  typed: string,
  decimal: string,
  currency: string,
): { minor: number } | { problem: NonNullable<RefundProblems['amount']> } {
  const digits = currencyDigits(currency);
  let text = typed
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/\u066b/g, decimal)
    .replace(/[\s\u00a0\u202f'’\u066c]/g, '');
  if (text === '') return { problem: 'amountRequired' };
  if (text.startsWith('-')) return { problem: 'amountPositive' };
  const group = decimal === ',' ? '.' : ',';
  if (!text.includes(decimal)) {
    const pieces = text.split(group);
    if (pieces.length === 2 && pieces[1]?.length !== 3) text = pieces.join(decimal);
  }
  const [whole = '', fraction = '', ...rest] = text.split(decimal);
  if (rest.length > 0) return { problem: 'amountInvalid' };
  const plainWhole = whole.split(group).join('');
  if (!/^\d*$/.test(plainWhole) || !/^\d*$/.test(fraction) || plainWhole + fraction === '') {
    return { problem: 'amountInvalid' };
  }
  if (fraction.length > digits) return { problem: 'amountDecimals' };
  const minor = Number(plainWhole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return { problem: 'amountInvalid' };
  if (minor === 0) return { problem: 'amountPositive' };
  return { minor };
}

/** Minor units as the viewer types them: no grouping, their decimal separator (`80,00`). */
export function typedAmount(minor: number, decimal: string, currency: string): string {
  const digits = currencyDigits(currency);
  if (digits === 0) return String(minor);
  const text = String(minor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}${decimal}${text.slice(-digits)}`;
}

/** Checks the form before anything is sent: a valid amount no larger than `refundable`, a message. */
export function checkRefund(
  draft: RefundDraft,
  refundable: number,
  decimal: string,
  currency: string,
): RefundCheck {
  const problems: RefundProblems = {};
  const read = parseAmount(draft.amount, decimal, currency);
  if ('problem' in read) problems.amount = read.problem;
  else if (read.minor > refundable) problems.amount = 'amountAbove';
  const message = draft.message.trim();
  if (message === '') problems.message = 'messageRequired';
  else if (message.length > MAX_REFUND_MESSAGE) problems.message = 'messageTooLong';
  if (problems.amount || problems.message || 'problem' in read) return { ok: false, problems };
  return { ok: true, amount: read.minor, message };
}
