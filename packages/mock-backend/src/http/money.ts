/**
 * Formats minor units for people, e.g. `1250 EUR` → `€12.50`. The number of decimals comes from
 * the currency itself (JPY has none), so no currency table is needed. An unknown currency code
 * falls back to `1250 XYZ` rather than failing the page.
 */
export function formatMoney(amount: number, currency: string, locale = 'en'): string {
  try {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(amount / 10 ** digits);
  } catch {
    return `${amount} ${currency}`;
  }
}
