import { currencyDigits } from '../i18n/format.ts';

/** Amount bounds are typed in major units (12.50) and sent in minor units (1250) of this currency. */
export const FILTER_CURRENCY = 'EUR';

/** The amount bounds as typed in the filters (major units, possibly half-typed). */
export interface AmountDraft {
  minAmount: string;
  maxAmount: string;
}

/** Why typed bounds cannot be applied, and which fields to mark. */
export interface AmountProblem {
  error: 'amountInvalid' | 'amountRange';
  fields: (keyof AmountDraft)[];
}

/** Typed bounds read as minor units (`undefined`: no bound), or what is wrong with them. */
export type AmountCheck =
  | { ok: true; minAmount: number | undefined; maxAmount: number | undefined }
  | ({ ok: false } & AmountProblem);

/**
 * Reads an amount typed the way the viewer writes numbers: `decimal` is their decimal separator
 * (`.` in English, `,` in Dutch); the other of `.` and `,` and spaces are taken as digit grouping.
 */
function toMinor(value: string, decimal: string): number | undefined | null {
  // Arabic-Indic digits and decimal sign, as an Arabic keyboard types them.
  const text = value
    .replace(/\s/g, '')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace('\u066b', decimal);
  if (text === '') return undefined;
  const group = decimal === ',' ? '.' : ',';
  const number = Number(text.split(group).join('').replace(decimal, '.'));
  if (!Number.isFinite(number) || number < 0) return null;
  return Math.round(number * 10 ** currencyDigits(FILTER_CURRENCY));
}

/** The typed text for bounds in minor units, with the viewer's decimal separator. */
export function draftOf(
  minAmount: number | undefined,
  maxAmount: number | undefined,
  decimal = '.',
): AmountDraft {
  const major = (minor: number | undefined) =>
    minor === undefined ? '' : String(minor / 10 ** currencyDigits(FILTER_CURRENCY)).replace('.', decimal);
  return { minAmount: major(minAmount), maxAmount: major(maxAmount) };
}

/**
 * Checks typed bounds before anything is asked of the server: a bound that is not an amount of 0
 * or more, or a minimum above the maximum, is reported next to its field and never sent (the API
 * would answer 400, and one filter value must not turn the whole list into an error).
 */
export function checkAmounts(draft: AmountDraft, decimal = '.'): AmountCheck {
  const min = toMinor(draft.minAmount, decimal);
  const max = toMinor(draft.maxAmount, decimal);
  const bad = (['minAmount', 'maxAmount'] as const).filter(
    (name) => (name === 'minAmount' ? min : max) === null,
  );
  if (bad.length > 0) return { ok: false, error: 'amountInvalid', fields: [...bad] };
  if (min !== undefined && min !== null && max !== undefined && max !== null && min > max) {
    return { ok: false, error: 'amountRange', fields: ['minAmount', 'maxAmount'] };
  }
  return { ok: true, minAmount: min ?? undefined, maxAmount: max ?? undefined };
}
