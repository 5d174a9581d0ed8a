/**
 * Column names the CSV import understands. Merchants in Belgium, the Netherlands, France and Germany
 * export from spreadsheets in their own language, so every field has English, Dutch, French and German
 * names; matching ignores case, accents, spaces and punctuation.
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

/**
 * The English name reported when a file does not have the column; it matches the create form's labels
 * so the merchant recognises it.
 */
export const CANONICAL_COLUMN: Readonly<Record<ImportField, string>> = {
  amount: 'Amount',
  currency: 'Currency',
  title: 'Title',
  message: 'Message',
  reference: 'Reference',
  invoice: 'Invoice',
  customerId: 'Customer ID',
  'customer.name': 'Customer name',
  'customer.email': 'Email',
  'customer.mobile': 'Mobile',
  'customer.customerNumber': 'Customer number',
  language: 'Language',
  methods: 'Payment methods',
  expiresAt: 'Expiry date',
};

/** Header names as people write them; normalised with {@link normalizeHeader} when the table is built. */
const ALIASES: Readonly<Record<ImportField, readonly string[]>> = {
  amount: ['Amount', 'Bedrag', 'Montant', 'Betrag'],
  currency: ['Currency', 'Munt', 'Munteenheid', 'Valuta', 'Devise', 'Währung', 'Waehrung'],
  title: ['Title', 'Titel', 'Omschrijving', 'Titre', 'Libellé', 'Bezeichnung'],
  message: ['Message', 'Bericht', 'Nachricht'],
  reference: ['Reference', 'Ref', 'Referentie', 'Référence', 'Referenz'],
  invoice: [
    'Invoice',
    'Invoice number',
    'Factuur',
    'Factuurnummer',
    'Facture',
    'Numéro de facture',
    'Rechnung',
    'Rechnungsnummer',
  ],
  customerId: ['Customer ID', 'CustomerId', 'Klant ID', 'Klant-ID', 'ID client', 'Client ID', 'Kunden-ID'],
  'customer.name': [
    'Customer',
    'Customer name',
    'Name',
    'Klant',
    'Klantnaam',
    'Naam',
    'Client',
    'Nom',
    'Nom du client',
    'Kunde',
    'Kundenname',
  ],
  'customer.email': [
    'Email',
    'E-mail',
    'Customer email',
    'Email address',
    'E-mailadres',
    'Courriel',
    'Adresse e-mail',
    'E-Mail-Adresse',
  ],
  'customer.mobile': [
    'Mobile',
    'Customer mobile',
    'Mobile number',
    'Phone',
    'Phone number',
    'GSM',
    'Mobiel',
    'Mobiel nummer',
    'Telefoon',
    'Telefoonnummer',
    'Téléphone',
    'Portable',
    'Handy',
    'Telefon',
    'Handynummer',
  ],
  'customer.customerNumber': [
    'Customer number',
    'Customer no',
    'Klantnummer',
    'Numéro client',
    'Numéro de client',
    'Kundennummer',
  ],
  language: ['Language', 'Taal', 'Langue', 'Sprache'],
  methods: [
    'Methods',
    'Payment methods',
    'Betaalmethoden',
    'Betaalmethodes',
    'Moyens de paiement',
    'Zahlungsmethoden',
  ],
  expiresAt: [
    'Expiry',
    'Expires',
    'Expires at',
    'Expiry date',
    'Expiration date',
    'Vervaldatum',
    'Vervaldag',
    "Date d'expiration",
    "Date d'échéance",
    'Ablaufdatum',
    'Gültig bis',
  ],
};

/**
 * Reduces a header to the letters and digits that carry its meaning, so `E-Mail`, `e mail` and `EMAIL`,
 * or `Numéro client` and `numero_client`, are the same column.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const BY_NORMALIZED_NAME: ReadonlyMap<string, ImportField> = (() => {
  const map = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    // The path itself (`customer.email`, `expiresAt`) is accepted too, for files written by programs.
    for (const alias of [...ALIASES[field], field]) {
      const key = normalizeHeader(alias);
      const existing = map.get(key);
      if (existing !== undefined && existing !== field) {
        throw new Error(`CSV header alias "${alias}" is claimed by both ${existing} and ${field}`);
      }
      map.set(key, field);
    }
  }
  return map;
})();

/** The field a header names, or undefined for a column the import ignores. */
export function fieldForHeader(header: string): ImportField | undefined {
  return BY_NORMALIZED_NAME.get(normalizeHeader(header));
}

/** The names accepted for a field, for messages about a missing column. */
export function aliasesOf(field: ImportField): readonly string[] {
  return ALIASES[field];
}

/**
 * The import field a CreateLink issue path belongs to: `methods.2` is the methods cell and an issue on
 * the whole `customer` object is about the customer name cell, since that is the one the merchant fills.
 */
export function fieldForPath(path: string): ImportField | undefined {
  const segments = path.split('.');
  const head = segments[0] ?? '';
  if (head === 'customer') {
    const sub = segments[1];
    if (sub === undefined || sub === 'name') return 'customer.name';
    const candidate = `customer.${sub}`;
    return (IMPORT_FIELDS as readonly string[]).includes(candidate) ? (candidate as ImportField) : undefined;
  }
  return (IMPORT_FIELDS as readonly string[]).includes(head) ? (head as ImportField) : undefined;
}
