import type { PaymentLink } from '@paylink/client/schemas';
import type { LinkRecord } from './store.ts';

/** The lower-cased text the list's `q` searches: id, reference, title, invoice and customer. */
export function searchText(link: PaymentLink): string {
  const c = link.customer;
  return [link.id, link.reference, link.title, link.invoice, c.name, c.email, c.customerNumber]
    .filter((v) => v !== undefined)
    .join('\n')
    .toLowerCase();
}

/**
 * A record's search text, built on the first search that reaches it and then kept: most list queries
 * never search, and building it for every created link was a noticeable part of a large import. The
 * fields it covers never change after creation, so the cached text cannot go stale.
 */
export function searchTextOf(record: LinkRecord): string {
  record.search ??= searchText(record.link);
  return record.search;
}
