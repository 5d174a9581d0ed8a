import { isoMinorUnits } from './schemas/currency.ts';

const digitsCache = new Map<string, number>();

/**
 * How many decimals a currency's minor unit has (EUR 2, JPY 0, KWD 3, HUF 2), by ISO 4217, which is
 * what amounts in minor units are counted in. Amounts travel as integers in minor units; this is how
 * to turn them into a decimal for display or a CSV. Codes ISO does not list fall back to `Intl`, and
 * unknown or malformed codes count as 2.
 */
export function currencyDigits(currency: string): number {
  const iso = isoMinorUnits(currency);
  if (iso !== undefined) return iso;
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = 2;
    if (/^[A-Z]{3}$/.test(currency)) {
      try {
        digits =
          new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
            .maximumFractionDigits ?? 2;
      } catch {
        // not a currency Intl knows: keep 2
      }
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}
