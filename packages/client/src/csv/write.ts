/**
 * Writing CSV: one row at a time (RFC 4180 quoting, formula-safe), the import body the server reads
 * back to the same CreateLink bodies, and a template for people to fill in.
 * @module
 */
import type { CreateLink } from '../schemas/link.ts';
import { columnName, IMPORT_FIELDS, type ImportField } from './columns.ts';
import { formatMinorUnits, neutralizeFormula } from './values.ts';

/** The UTF-8 byte order mark a CSV file for spreadsheets starts with (Excel garbles é, ü, € without it). */
export const CSV_BOM = '\uFEFF';
/** Line end of written CSV, as RFC 4180 and spreadsheets expect. */
export const CSV_EOL = '\r\n';

const NEEDS_QUOTES = /["\r\n]|^\s|\s$/;

/**
 * One CSV line (without its line end): each cell neutralised against formula injection
 * ({@link neutralizeFormula}) and quoted where it holds a delimiter, a quote, a line break or
 * leading/trailing space.
 */
export function csvRow(cells: readonly string[], delimiter = ','): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = neutralizeFormula(cells[i] ?? '');
    if (i > 0) line += delimiter;
    line += NEEDS_QUOTES.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;
  }
  return line;
}

/**
 * CreateLink bodies as the text of a `POST /links/import`: a header of the field paths
 * ({@link IMPORT_FIELDS}), then one row per body, amounts as plain decimals (`12.50`), dates as ISO timestamps, methods split by `|`. The
 * server reads each row back to the same body, so a file checked in the browser can be sent in
 * chunks of its valid rows, whatever its own columns were called. Fields import has no column for
 * (`origin`, `redirectUrl`, `sendInvite`) are not written.
 */
export function importCsv(links: readonly CreateLink[]): string {
  const lines = [IMPORT_FIELDS.join(',')];
  for (const link of links) {
    const cells = bodyCells(link);
    lines.push(csvRow(IMPORT_FIELDS.map((field) => cells[field])));
  }
  return lines.join(CSV_EOL) + CSV_EOL;
}

/** A body's cell of each import field, as the import reads it back. */
function bodyCells(link: CreateLink): Record<ImportField, string> {
  const currency = link.currency ?? '';
  return {
    amount: formatMinorUnits(link.amount, currency || 'EUR'),
    currency,
    title: link.title,
    message: link.message ?? '',
    reference: link.reference ?? '',
    invoice: link.invoice ?? '',
    customerId: link.customerId ?? '',
    'customer.name': link.customer?.name ?? '',
    'customer.email': link.customer?.email ?? '',
    'customer.mobile': link.customer?.mobile ?? '',
    'customer.customerNumber': link.customer?.customerNumber ?? '',
    language: link.language ?? '',
    methods: link.methods?.join('|') ?? '',
    expiresAt: link.expiresAt ?? '',
  };
}

/** Columns of {@link importTemplate}: every field but the customer ID (new customers are named). */
const TEMPLATE_COLUMNS = IMPORT_FIELDS.filter((field) => field !== 'customerId');

/** Languages a payment link's pay page speaks. */
const LINK_LANGUAGES = new Set(['en', 'nl', 'fr', 'de', 'it', 'es', 'pt']);

/** Spreadsheets in these languages separate cells with `;` and write decimals with `,`. */
const SEMICOLON_LANGUAGES = new Set(['nl', 'fr', 'de', 'it', 'es', 'pt']);

/**
 * A file to fill in: the byte order mark, a header with the column names in `language` (English where
 * the import knows no names in it), and two example rows that import as they are, expiring
 * `expiryDays` after `now`. Dutch, French, German, Italian, Spanish and Portuguese spreadsheets get
 * `;` between cells and a decimal comma, as they write CSV themselves.
 */
export function importTemplate(language: string, now = Date.now(), expiryDays = 30): string {
  const semicolon = SEMICOLON_LANGUAGES.has(language);
  const delimiter = semicolon ? ';' : ',';
  const amount = (text: string) => (semicolon ? text.replace('.', ',') : text);
  const expiry = new Date(now + expiryDays * 86_400_000).toISOString().slice(0, 10);
  const examples: Record<ImportField, string>[] = [
    {
      amount: amount('125.00'),
      currency: 'EUR',
      title: 'Invoice 2026-001',
      message: 'Thank you for your order',
      reference: 'ORDER-1001',
      invoice: '2026-001',
      customerId: '',
      'customer.name': 'Ada Lovelace',
      'customer.email': 'ada@example.com',
      'customer.mobile': '+32470123456',
      'customer.customerNumber': 'C-0001',
      language: 'en',
      methods: '',
      expiresAt: expiry,
    },
    {
      amount: amount('49.95'),
      currency: 'EUR',
      title: 'Workshop ticket',
      message: '',
      reference: 'ORDER-1002',
      invoice: '',
      customerId: '',
      'customer.name': 'Grace Hopper',
      'customer.email': 'grace@example.com',
      'customer.mobile': '',
      'customer.customerNumber': '',
      language: LINK_LANGUAGES.has(language) ? language : 'en',
      methods: '',
      expiresAt: '',
    },
  ];
  const lines = [
    csvRow(
      TEMPLATE_COLUMNS.map((field) => columnName(field, language)),
      delimiter,
    ),
  ];
  for (const example of examples) {
    lines.push(
      csvRow(
        TEMPLATE_COLUMNS.map((field) => example[field]),
        delimiter,
      ),
    );
  }
  return CSV_BOM + lines.join(CSV_EOL) + CSV_EOL;
}
