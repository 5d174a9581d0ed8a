// What the portal says when a new link is asked for, until <paylink-create-form> joins the demo:
// then onCreateRequest in portal.ts opens the form with `detail.prefill` instead.

import { currencyDigits } from '@paylink/client';
import type { CreateRequestDetail } from '@paylink/elements';

export type { CreateRequestDetail as PaylinkCreateRequestDetail };

/** "Create a new link for “Invoice 12” (€12.50, Jane Doe): …" or the plain request's sentence. */
export function describeCreateRequest(detail: CreateRequestDetail): string {
  const later = 'creating links is done with <paylink-create-form>, which this demo does not include yet.';
  const prefill = detail.prefill;
  if (!prefill?.title || prefill.amount === undefined) return `New payment link: ${later}`;
  const currency = prefill.currency ?? 'EUR';
  const amount = new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(
    prefill.amount / 10 ** currencyDigits(currency),
  );
  const who = prefill.customer?.name ? `, ${prefill.customer.name}` : '';
  return `Create new link for “${prefill.title}” (${amount}${who}): ${later}`;
}
