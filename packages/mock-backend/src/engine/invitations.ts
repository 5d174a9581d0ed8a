import { type Channel, E164_PATTERN, EMAIL_PATTERN, type LinkCustomer } from '@paylink/client/schemas';

/**
 * Mock delivery trigger: any address ending in this domain bounces, so the invitation comes back
 * `failed` with a reason (and no `sent` event is recorded).
 */
export const BOUNCE_DOMAIN = '@bounce.test';

/** Where a channel delivers to, or why the customer has no address it can use. */
export type Recipient = { to: string } | { missing: string };

/**
 * The address a channel delivers to: `to` when given (the request schema has checked it suits the
 * channel), else the customer's e-mail or mobile number. A mobile number is written as E.164
 * (`+32 470 12-34-56` and `0032470123456` become `+32470123456`); one that cannot be, such as a
 * national `0470 12 34 56`, is no address for SMS or WhatsApp at all, since the country is unknown.
 */
export function recipientFor(
  channel: Channel,
  customer: Pick<LinkCustomer, 'email' | 'mobile'>,
  to?: string,
): Recipient {
  if (to !== undefined && to.trim() !== '') return { to: to.trim() };
  if (channel === 'email') {
    const email = customer.email?.trim();
    if (!email) return { missing: 'The customer has no e-mail address' };
    if (!EMAIL_PATTERN.test(email)) return { missing: `The customer's e-mail address ${email} is not valid` };
    return { to: email };
  }
  const mobile = customer.mobile?.trim();
  if (!mobile) return { missing: 'The customer has no mobile number' };
  const e164 = asE164(mobile);
  if (e164 === undefined) {
    return {
      missing: `The customer's mobile number ${mobile} is not in international E.164 form (such as +32470123456)`,
    };
  }
  return { to: e164 };
}

/** A phone number as E.164 once spaces, dots, dashes and brackets are gone and `00` is `+`. */
export function asE164(phone: string): string | undefined {
  let digits = phone.replace(/[\s().-]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  return E164_PATTERN.test(digits) ? digits : undefined;
}

/** Simulated delivery: everything is delivered except addresses at {@link BOUNCE_DOMAIN}. */
export function deliver(to: string): { status: 'sent' } | { status: 'failed'; reason: string } {
  if (to.toLowerCase().endsWith(BOUNCE_DOMAIN)) {
    return { status: 'failed', reason: 'The message bounced: the address does not exist' };
  }
  return { status: 'sent' };
}
