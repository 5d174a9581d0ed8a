/**
 * Display names of payment methods. Brand names are never translated; only the generic "Card" is
 * (its message key is returned instead). Unknown ids fall back to the id itself, so a method the
 * backend adds later still gets a usable button.
 */
const BRANDS: Readonly<Record<string, string>> = {
  bancontact: 'Bancontact',
  ideal: 'iDEAL',
  apple_pay: 'Apple Pay',
  paypal: 'PayPal',
};

/** The name of `method` for people, translating generic names with `t`. */
export function methodName(method: string, t: (key: 'methodCard') => string): string {
  if (method === 'card') return t('methodCard');
  return BRANDS[method] ?? method;
}
