/**
 * CSV export of payment links. The file is opened by merchants in spreadsheets, so every text cell is
 * neutralised against formula injection before it is quoted.
 * @module
 */

import { formatMinorUnits, neutralizeFormula } from '@paylink/client/csv';
import type { PaymentLink } from '@paylink/client/schemas';
import Papa from 'papaparse';

/** The export's columns, in order. The header is stable English whatever the merchant's locale. */
export const EXPORT_COLUMNS = [
  'id',
  'status',
  'archived',
  'amount',
  'currency',
  'title',
  'message',
  'reference',
  'invoice',
  'customer name',
  'customer email',
  'customer mobile',
  'customer number',
  'language',
  'methods',
  'origin',
  'created at',
  'expires at',
  'paid at',
  'paid method',
  'psp reference',
  'refunded amount',
  'url',
] as const;

const CRLF = '\r\n';
/**
 * The byte order mark the export starts with. Without it, spreadsheets (Excel above all) read a CSV
 * file in the system's legacy code page and garble é, ü, ø and €. Encoded as UTF-8 it is EF BB BF;
 * the import skips it.
 */
export const CSV_BOM = '\uFEFF';
const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;

/**
 * The links as a CSV file for spreadsheets: a UTF-8 byte order mark ({@link CSV_BOM}), the header row,
 * CRLF line ends, RFC 4180 quoting, amounts as plain decimals with `.` in the currency's minor digits
 * (`12.50`, JPY `500`). Cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'` so
 * spreadsheets show them as text instead of running them (OWASP CSV injection), except a phone number
 * (`+32470123456`, `+32 470 12 34 56`) or a plain amount (`-12.50`), which stay as written; the import
 * strips that `'` again, so an export re-imports to the same links.
 */
export function linksToCsv(links: PaymentLink[]): string {
  // Rows as arrays, the header first: with `{ fields, data: [] }` papaparse writes an empty row.
  const text = Papa.unparse(
    [[...EXPORT_COLUMNS], ...links.map(cellsOf)],
    // Neutralised by `neutralizeFormula`, not papaparse's `escapeFormulae`: that would also quote
    // every neutralised cell and knows no phone-number or amount exception.
    { newline: CRLF, quotes: needsQuotes, escapeFormulae: false },
  );
  return CSV_BOM + text + CRLF;
}

/** One link's cells, in {@link EXPORT_COLUMNS} order, each neutralised. */
function cellsOf(link: PaymentLink): string[] {
  return [
    link.id,
    link.status,
    String(link.archived),
    formatMinorUnits(link.amount, link.currency),
    link.currency,
    link.title,
    link.message ?? '',
    link.reference,
    link.invoice ?? '',
    link.customer.name,
    link.customer.email ?? '',
    link.customer.mobile ?? '',
    link.customer.customerNumber ?? '',
    link.language,
    link.methods.join('|'),
    link.origin,
    link.createdAt,
    link.expiresAt ?? '',
    link.paidAt ?? '',
    link.paidMethod ?? '',
    link.pspReference ?? '',
    formatMinorUnits(link.refundedAmount, link.currency),
    link.url,
  ].map(neutralizeFormula);
}

/**
 * RFC 4180 quoting, plus `;` (the separator of spreadsheets in most of Europe) and white space at
 * either end, which spreadsheets would otherwise trim. Papaparse doubles the quotes inside.
 */
function needsQuotes(cell: unknown): boolean {
  return typeof cell === 'string' && NEEDS_QUOTES.test(cell);
}
