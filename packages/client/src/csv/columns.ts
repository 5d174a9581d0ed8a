/**
 * The columns of a payment-link import file. Merchants in Belgium, the Netherlands, France and
 * Germany export from spreadsheets in their own language, so every field has English, Dutch, French
 * and German names; matching ignores case, accents, spaces and punctuation.
 * @module
 */

/** The importable fields, keyed by the CreateLink path each one fills. */
export const IMPORT_FIELDS = [
  'amount',
  'currency',
  'title',
  'message',
  'reference',
  'invoice',
  'customerId',
  'customer.name',
  'customer.email',
  'customer.mobile',
  'customer.customerNumber',
  'language',
  'methods',
  'expiresAt',
] as const;

/** A CreateLink field path an import column fills. */
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Languages the column names are known in. */
export const COLUMN_LANGUAGES = ['en', 'nl', 'fr', 'de'] as const;
export type ColumnLanguage = (typeof COLUMN_LANGUAGES)[number];

/**
 * Column names per field and language, as people write them; the first of each language is the one
 * a template in that language uses.
 */
const NAMES: Readonly<Record<ImportField, Readonly<Record<ColumnLanguage, readonly string[]>>>> = {
  amount: { en: ['Amount'], nl: ['Bedrag'], fr: ['Montant'], de: ['Betrag'] },
  currency: {
    en: ['Currency'],
    nl: ['Munt', 'Munteenheid', 'Valuta'],
    fr: ['Devise'],
    de: ['Währung', 'Waehrung'],
  },
  title: {
    en: ['Title'],
    nl: ['Titel', 'Omschrijving'],
    fr: ['Titre', 'Libellé'],
    de: ['Bezeichnung', 'Titel'],
  },
  message: { en: ['Message'], nl: ['Bericht'], fr: ['Message'], de: ['Nachricht'] },
  reference: { en: ['Reference', 'Ref'], nl: ['Referentie'], fr: ['Référence'], de: ['Referenz'] },
  invoice: {
    en: ['Invoice', 'Invoice number'],
    nl: ['Factuur', 'Factuurnummer'],
    fr: ['Facture', 'Numéro de facture'],
    de: ['Rechnung', 'Rechnungsnummer'],
  },
  customerId: {
    en: ['Customer ID', 'CustomerId'],
    nl: ['Klant-ID', 'Klant ID'],
    fr: ['ID client', 'Client ID'],
    de: ['Kunden-ID'],
  },
  'customer.name': {
    en: ['Customer name', 'Customer', 'Name'],
    nl: ['Klantnaam', 'Klant', 'Naam'],
    fr: ['Nom du client', 'Client', 'Nom'],
    de: ['Kundenname', 'Kunde'],
  },
  'customer.email': {
    en: ['Email', 'E-mail', 'Customer email', 'Email address'],
    nl: ['E-mailadres', 'E-mail'],
    fr: ['Adresse e-mail', 'Courriel', 'E-mail'],
    de: ['E-Mail-Adresse', 'E-Mail'],
  },
  'customer.mobile': {
    en: ['Mobile', 'Customer mobile', 'Mobile number', 'Phone', 'Phone number'],
    nl: ['Mobiel nummer', 'Mobiel', 'GSM', 'Telefoon', 'Telefoonnummer'],
    fr: ['Téléphone', 'Portable', 'GSM'],
    de: ['Handynummer', 'Handy', 'Telefon'],
  },
  'customer.customerNumber': {
    en: ['Customer number', 'Customer no'],
    nl: ['Klantnummer'],
    fr: ['Numéro client', 'Numéro de client'],
    de: ['Kundennummer'],
  },
  language: { en: ['Language'], nl: ['Taal'], fr: ['Langue'], de: ['Sprache'] },
  methods: {
    en: ['Payment methods', 'Methods'],
    nl: ['Betaalmethoden', 'Betaalmethodes'],
    fr: ['Moyens de paiement'],
    de: ['Zahlungsmethoden'],
  },
  expiresAt: {
    en: ['Expiry date', 'Expiry', 'Expires', 'Expires at', 'Expiration date'],
    nl: ['Vervaldatum', 'Vervaldag'],
    fr: ["Date d'expiration", "Date d'échéance"],
    de: ['Ablaufdatum', 'Gültig bis'],
  },
};

/**
 * The English name of each field, as reported when a file does not have the column; it matches the
 * create form's labels so the merchant recognises it.
 */
export const CANONICAL_COLUMN: Readonly<Record<ImportField, string>> = Object.fromEntries(
  IMPORT_FIELDS.map((field) => [field, NAMES[field].en[0]]),
) as Record<ImportField, string>;

/** Fields a file must have a column for. A customer needs its name or an existing customer's id. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['amount', 'title'];

/**
 * Reduces a header to the letters and digits that carry its meaning, so `E-Mail`, `e mail` and
 * `EMAIL`, or `Numéro client` and `numero_client`, are the same column.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

let byName: ReadonlyMap<string, ImportField> | undefined;

/** Every known name, normalised, to its field; built on first use (importing this module does nothing). */
function namesTable(): ReadonlyMap<string, ImportField> {
  if (byName) return byName;
  const map = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    // The path itself (`customer.email`, `expiresAt`) is accepted too, for files written by programs.
    for (const alias of [...aliasesOf(field), field]) {
      const key = normalizeHeader(alias);
      const existing = map.get(key);
      if (existing !== undefined && existing !== field) {
        throw new Error(`CSV header alias "${alias}" is claimed by both ${existing} and ${field}`);
      }
      map.set(key, field);
    }
  }
  byName = map;
  return map;
}

/** The field a header names, or undefined for a column the import ignores. */
export function fieldForHeader(header: string): ImportField | undefined {
  return namesTable().get(normalizeHeader(header));
}

/** Every name accepted for a field, in all languages, without repeats. */
export function aliasesOf(field: ImportField): readonly string[] {
  return [...new Set(COLUMN_LANGUAGES.flatMap((language) => NAMES[field][language]))];
}

/** The name a file in `language` gives the field (English for a language without names of its own). */
export function columnName(field: ImportField, language: string): string {
  const known = (COLUMN_LANGUAGES as readonly string[]).includes(language)
    ? (language as ColumnLanguage)
    : 'en';
  return NAMES[field][known][0] ?? CANONICAL_COLUMN[field];
}

/**
 * The import field a CreateLink issue path belongs to: `methods.2` is the methods cell, and an issue
 * on the whole `customer` object is about the customer name cell, since that is the one people fill.
 */
export function fieldForPath(path: string): ImportField | undefined {
  const segments = path.split('.');
  const head = segments[0] ?? '';
  if (head === 'customer') {
    const sub = segments[1];
    if (sub === undefined || sub === 'name') return 'customer.name';
    return isImportField(`customer.${sub}`) ? (`customer.${sub}` as ImportField) : undefined;
  }
  return isImportField(head) ? head : undefined;
}

/** Whether `value` is one of {@link IMPORT_FIELDS}. */
export function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

/** What each column of a file fills: a field, or `null` for a column that is not imported. */
export type ColumnMapping = readonly (ImportField | null)[];

/** A problem with a file's columns as a whole: no row can be imported until it is fixed. */
export type ColumnProblem =
  | { code: 'missing'; field: ImportField }
  | { code: 'missing_customer' }
  | { code: 'duplicate'; field: ImportField; columns: [number, number] };

/** The mapping the header row's names give, column by column. */
export function mapHeader(header: readonly string[]): ColumnMapping {
  return header.map((cell) => fieldForHeader(cell.trim()) ?? null);
}

/**
 * What keeps a mapping from importing anything: a required field no column fills, no column for the
 * customer (name or customer id), or two columns for one field.
 */
export function checkMapping(mapping: ColumnMapping): ColumnProblem[] {
  const problems: ColumnProblem[] = [];
  const seen = new Map<ImportField, number>();
  mapping.forEach((field, index) => {
    if (field === null) return;
    const first = seen.get(field);
    if (first === undefined) seen.set(field, index);
    else problems.push({ code: 'duplicate', field, columns: [first, index] });
  });
  for (const field of REQUIRED_FIELDS) if (!seen.has(field)) problems.push({ code: 'missing', field });
  if (!seen.has('customer.name') && !seen.has('customerId')) problems.push({ code: 'missing_customer' });
  return problems;
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter of a CSV text, from its first non-blank line: the one under which that header names
 * the most known columns (decimal commas in a `;` file, `12,50`, cannot fool it, as they can a guess
 * from field counts); failing that, the one that occurs most in that line; `,` for a single column.
 */
export function detectDelimiter(sample: string): ',' | ';' | '\t' {
  const line = sample.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  let best: (typeof DELIMITERS)[number] | undefined;
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    let score = 0;
    for (const cell of line.split(delimiter)) {
      if (fieldForHeader(cell.trim().replace(/^"|"$/g, '')) !== undefined) score++;
    }
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  if (best !== undefined) return best;
  let most: (typeof DELIMITERS)[number] = ',';
  let mostCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = line.split(delimiter).length - 1;
    if (count > mostCount) {
      most = delimiter;
      mostCount = count;
    }
  }
  return most;
}
