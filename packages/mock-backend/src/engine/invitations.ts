import type { Channel, LinkCustomer } from '@paylink/client/schemas';

/**
 * Mock delivery trigger: any address ending in this domain bounces, so the invitation comes back
 * `failed` with a reason (and no `sent` event is recorded).
 */
export const BOUNCE_DOMAIN = '@bounce.test';

/** The address a channel delivers to: `to` when given, else the customer's e-mail or mobile. */
export function recipientFor(
  channel: Channel,
  customer: Pick<LinkCustomer, 'email' | 'mobile'>,
  to?: string,
): string | undefined {
  if (to !== undefined && to.trim() !== '') return to.trim();
  const address = channel === 'email' ? customer.email : customer.mobile;
  return address === undefined || address.trim() === '' ? undefined : address;
}

/** Simulated delivery: everything is delivered except addresses at {@link BOUNCE_DOMAIN}. */
export function deliver(to: string): { status: 'sent' } | { status: 'failed'; reason: string } {
  if (to.toLowerCase().endsWith(BOUNCE_DOMAIN)) {
    return { status: 'failed', reason: 'The message bounced: the address does not exist' };
  }
  return { status: 'sent' };
}
