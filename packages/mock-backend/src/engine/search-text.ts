import type { PaymentLink } from '@paylink/client/schemas';
import type { LinkRecord } from './store.ts';

/** The text the list's `q` searches, folded ({@link foldForSearch}): id, reference, title, invoice, customer. */
export function searchText(link: PaymentLink): string {
  const c = link.customer;
  return foldForSearch(
    [link.id, link.reference, link.title, link.invoice, c.name, c.email, c.customerNumber]
      .filter((v) => v !== undefined)
      .join('\n'),
  );
}

/**
 * Text as the list's `q` compares it: lower case, with the Turkish dotless `ı` and dotted `İ` as a
 * plain `i`, so `YILMAZ` (how `Yılmaz` upper-cases) finds `Yılmaz` and the other way round.
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ı') || lower.includes('i\u0307') ? lower.replace(/ı|i\u0307/g, 'i') : lower;
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
