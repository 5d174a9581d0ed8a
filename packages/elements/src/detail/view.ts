import type { PaymentLink } from '@paylink/client';
import { LANGUAGE_NAMES } from '../pay-page/messages.ts';
import { methodName } from '../pay-page/methods.ts';
import type { Translate } from './messages.ts';

/** What every part of the detail renders with. */
export interface DetailContext {
  t: Translate;
  /** Minor units of a currency, formatted for the viewer. */
  money(amount: number, currency: string): string;
  /** An ISO timestamp, formatted for the viewer (date and time by default). */
  date(iso: string, options?: Intl.DateTimeFormatOptions): string;
  link: PaymentLink;
}

/** Date and time, short: what the detail shows for every moment. */
export const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** A language named in itself (`Nederlands`); unknown tags as they are. */
export function languageName(tag: string): string {
  return LANGUAGE_NAMES[tag] ?? tag;
}

/** A payment method's name for people (`Card` translated, brands as they are). */
export function paymentMethodName(t: Translate, method: string): string {
  return methodName(method, () => t('method.card'));
}
