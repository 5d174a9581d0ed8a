import type { PaymentLink } from '@paylink/client/schemas';
import type { LinkRecord } from './store.ts';

/**
 * Text folded for search: lower case, accents dropped and the dotless ı read as i, so "LEFEVRE"
 * finds Lefèvre and "YILMAZ" finds Yılmaz (whose upper case is YILMAZ, but whose lower case is not
 * "yilmaz"). Applied to both the searched text and the query.
 */
export function foldForSearch(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
}

/** The folded text the list's `q` searches: id, reference, title, invoice and customer. */
export function searchText(link: PaymentLink): string {
  const c = link.customer;
  return foldForSearch(
    [link.id, link.reference, link.title, link.invoice, c.name, c.email, c.customerNumber]
      .filter((v) => v !== undefined)
      .join('\n'),
  );
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
