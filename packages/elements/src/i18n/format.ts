import { currencyDigits } from '@paylink/client/pay';

export { currencyDigits };

// Building an Intl formatter costs far more than formatting with it (a table row formats three
// values), so each locale/currency/options combination is built once.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F>(cache: Map<string, F>, key: string, make: () => F): F {
  let format = cache.get(key);
  if (format === undefined) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

/** Formats an amount in minor units (`1250`, `EUR`) for the viewer's locale: `€ 12,50` in `nl-BE`. */
export function formatMoney(minorUnits: number, currency: string, locale: string): string {
  const value = minorUnits / 10 ** currencyDigits(currency);
  try {
    const format = cached(
      numberFormats,
      `${locale}|${currency}`,
      () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
    );
    return format.format(value);
  } catch {
    return `${value.toFixed(currencyDigits(currency))} ${currency}`;
  }
}

/** Formats an ISO timestamp as a date (and optionally time) in the viewer's locale. */
export function formatDate(
  iso: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    const format = cached(
      dateFormats,
      `${locale}|${JSON.stringify(options)}`,
      () => new Intl.DateTimeFormat(locale, options),
    );
    return format.format(date);
  } catch {
    return date.toISOString();
  }
}
