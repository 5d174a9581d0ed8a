import { currencyDigits } from '@paylink/client/pay';

export { currencyDigits };

/** Formats an amount in minor units (`1250`, `EUR`) for the viewer's locale: `€ 12,50` in `nl-BE`. */
export function formatMoney(minorUnits: number, currency: string, locale: string): string {
  const value = minorUnits / 10 ** currencyDigits(currency);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
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
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return date.toISOString();
  }
}
