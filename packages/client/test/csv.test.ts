// The import file format of `@paylink/client/csv`, and that the mock server reads what it writes the
// same way the browser does (the server and the browser must agree on every row).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createEngine, ManualClock } from '@paylink/mock-backend';
import {
  aliasesOf,
  CANONICAL_COLUMN,
  checkMapping,
  columnName,
  csvRow,
  detectDelimiter,
  fieldForHeader,
  IMPORT_FIELDS,
  importCsv,
  importTemplate,
  mapHeader,
  parseAmount,
  parseExpiry,
  RowConverter,
} from '../src/csv/index.ts';
import type { CreateLink } from '../src/index.ts';

const NOW = Date.parse('2026-11-27T10:00:00.000Z');

describe('columns', () => {
  test('names every field in English, Dutch, French and German, matched whatever the case, accents or punctuation', () => {
    const names: Record<string, string[]> = {
      amount: ['Amount', 'bedrag', 'MONTANT', 'Betrag'],
      title: ['Title', 'Omschrijving', 'Libelle', 'Bezeichnung'],
      'customer.name': ['Customer name', 'Klantnaam', 'Nom du client', 'Kundenname'],
      'customer.email': ['E-mail', 'E-mailadres', 'Adresse e-mail', 'E-Mail-Adresse'],
      expiresAt: ['Expiry date', 'Vervaldatum', "Date d'expiration", 'Gültig bis'],
      methods: ['Payment methods', 'Betaalmethoden', 'Moyens de paiement', 'Zahlungsmethoden'],
      'customer.customerNumber': ['customer_number', 'Klantnummer', 'numero client', 'Kundennummer'],
      currency: ['currency', 'Munt', 'Devise', 'Waehrung'],
    };
    for (const [field, headers] of Object.entries(names)) {
      for (const header of headers) assert.equal(fieldForHeader(header), field, header);
    }
    assert.equal(fieldForHeader('customer.email'), 'customer.email', 'the field path is a name too');
    assert.equal(fieldForHeader('Notes'), undefined);
  });

  test('every field has a name in each language, and one canonical English name', () => {
    for (const field of IMPORT_FIELDS) {
      assert.ok(aliasesOf(field).length >= 3, field);
      assert.equal(fieldForHeader(CANONICAL_COLUMN[field]), field);
      for (const language of ['en', 'nl', 'fr', 'de', 'it']) {
        assert.equal(fieldForHeader(columnName(field, language)), field, `${field} in ${language}`);
      }
    }
    assert.equal(columnName('amount', 'nl'), 'Bedrag');
    assert.equal(columnName('amount', 'it'), 'Amount', 'English where no names are known');
  });

  test('maps a header in any order and reports missing, customer-less and doubled columns', () => {
    const mapping = mapHeader(['E-mail', 'Notes', 'Bedrag', 'Titre', 'Kunde']);
    assert.deepEqual(mapping, ['customer.email', null, 'amount', 'title', 'customer.name']);
    assert.deepEqual(checkMapping(mapping), []);
    assert.deepEqual(checkMapping(['amount', 'customer.email']), [
      { code: 'missing', field: 'title' },
      { code: 'missing_customer' },
    ]);
    assert.deepEqual(checkMapping(['amount', 'title', 'customerId', 'amount']), [
      { code: 'duplicate', field: 'amount', columns: [0, 3] },
    ]);
  });

  test('detects the delimiter from the header, not from decimal commas', () => {
    assert.equal(detectDelimiter('Bedrag;Titel;Klant\r\n12,50;Fiets;Jan'), ';');
    assert.equal(detectDelimiter('\n\nAmount,Title,Customer\n1,2,3'), ',');
    assert.equal(detectDelimiter('Amount\tTitle\tCustomer'), '\t');
    assert.equal(detectDelimiter('x;y;z'), ';', 'by count when no name is known');
  });
});

describe('values', () => {
  test('reads amounts as people write them, with a code for each refusal', () => {
    assert.deepEqual(parseAmount('1.234,56', 'EUR'), { ok: true, value: 123456 });
    assert.deepEqual(parseAmount('€ 12,5', 'EUR'), { ok: true, value: 1250 });
    assert.deepEqual(parseAmount('500', 'JPY'), { ok: true, value: 500 });
    assert.equal((parseAmount('-3', 'EUR') as { code: string }).code, 'amount_not_positive');
    assert.equal((parseAmount('0', 'EUR') as { code: string }).code, 'amount_not_positive');
    assert.deepEqual(parseAmount('12.345', 'EUR'), {
      ok: false,
      code: 'amount_decimals',
      params: { max: 2 },
      message: 'must have at most 2 decimals',
    });
    assert.equal((parseAmount('5.5', 'JPY') as { code: string }).code, 'amount_whole');
    assert.equal((parseAmount('twelve', 'EUR') as { code: string }).code, 'amount_format');
  });

  test('reads ISO and European dates as the end of that day, UTC', () => {
    assert.deepEqual(parseExpiry('2026-12-31'), { ok: true, value: '2026-12-31T23:59:59.999Z' });
    assert.deepEqual(parseExpiry('31/12/2026'), { ok: true, value: '2026-12-31T23:59:59.999Z' });
    assert.equal((parseExpiry('31/02/2026') as { code: string }).code, 'date_invalid');
    assert.equal((parseExpiry('next week') as { code: string }).code, 'date_format');
  });

  test('writes formula-safe, quoted cells', () => {
    assert.equal(
      csvRow(['=SUM(A1)', '+32470123456', 'a,b', 'say "hi"', '-12.50']),
      `'=SUM(A1),+32470123456,"a,b","say ""hi""",-12.50`,
    );
    assert.equal(csvRow(['12,50', 'x'], ';'), '12,50;x');
  });
});

describe('rows', () => {
  const mapping = mapHeader([
    'Bedrag',
    'Titel',
    'Klant',
    'E-mail',
    'Vervaldatum',
    'Betaalmethoden',
    'Munt',
    'Taal',
  ]);
  const convert = new RowConverter(mapping, { activeMethods: ['card', 'ideal'], now: NOW });

  test('turns a row into a CreateLink body', () => {
    const row = convert.convert([
      '12,50',
      'Bike repair',
      'Jan Peeters',
      'jan@example.com',
      '31/12/2026',
      'Card | iDEAL',
      'eur',
      'NL',
    ]);
    assert.deepEqual(row, {
      ok: true,
      input: {
        amount: 1250,
        currency: 'EUR',
        title: 'Bike repair',
        customer: { name: 'Jan Peeters', email: 'jan@example.com' },
        language: 'nl',
        methods: ['card', 'ideal'],
        expiresAt: '2026-12-31T23:59:59.999Z',
      },
    });
  });

  test('reports every problem of a row, each on its field with a code', () => {
    const row = convert.convert(['-5', '', '', 'not-an-email', '01/01/2020', 'paypal', '', '']);
    assert.equal(row.ok, false);
    const issues = row.ok ? [] : row.issues.map((i) => [i.field, i.code, i.params]);
    assert.deepEqual(issues, [
      ['amount', 'amount_not_positive', undefined],
      ['title', 'required', undefined],
      ['customer.name', 'customer_required', undefined],
      ['methods', 'method_inactive', { method: 'paypal' }],
      ['expiresAt', 'date_past', { value: '01/01/2020' }],
      ['customer.email', 'email', undefined],
    ]);
  });

  test('checks lengths with the CreateLink schema', () => {
    const row = convert.convert(['1', 'x'.repeat(141), 'Jan', '', '', '', '', '']);
    assert.deepEqual(row.ok ? [] : row.issues.map((i) => [i.field, i.code, i.params]), [
      ['title', 'too_long', { max: 140 }],
    ]);
  });

  test('takes the spreadsheet guard off a cell (an exported +32… mobile comes back as it was)', () => {
    const phone = new RowConverter(mapHeader(['Amount', 'Title', 'Name', 'Mobile']));
    const row = phone.convert(['1', "'=cmd", 'Ada', "'+32470123456"]);
    assert.ok(row.ok);
    assert.equal(row.input.title, '=cmd');
    assert.equal(row.input.customer?.mobile, '+32470123456');
  });
});

describe('the mock server reads it the same way', () => {
  test('importCsv bodies come back from the server as the same links', () => {
    const engine = createEngine({ clock: new ManualClock('2026-11-27T10:00:00.000Z') });
    const bodies: CreateLink[] = [
      {
        amount: 123456,
        currency: 'EUR',
        title: '=HYPERLINK("x")',
        message: 'Line one\nline "two", three',
        reference: 'R-1',
        invoice: 'INV-1',
        customer: { name: 'Zoë Ødegård', email: 'zoe@example.com', mobile: '+32470123456' },
        language: 'fr',
        methods: ['card', 'ideal'],
        expiresAt: '2026-12-31T23:59:59.999Z',
      },
      { amount: 500, currency: 'JPY', title: 'Yen', customer: { name: 'Kenji' } },
    ];
    const result = engine.importCsv(importCsv(bodies));
    assert.equal(result.created, 2, JSON.stringify(result.rows));
    const links = result.rows.map((r) => engine.getLink(r.linkId!));
    assert.equal(links[0]?.amount, 123456);
    assert.equal(links[0]?.title, '=HYPERLINK("x")');
    assert.equal(links[0]?.message, 'Line one\nline "two", three');
    assert.equal(links[0]?.customer.mobile, '+32470123456');
    assert.deepEqual(links[0]?.methods, ['card', 'ideal']);
    assert.equal(links[0]?.expiresAt, '2026-12-31T23:59:59.999Z');
    assert.equal(links[0]?.origin, 'import');
    assert.equal(links[1]?.amount, 500);
    assert.equal(links[1]?.currency, 'JPY');
  });

  for (const language of ['en', 'nl', 'fr', 'de', 'it', 'ar']) {
    test(`the ${language} template imports on the server and converts in the browser alike`, () => {
      const engine = createEngine({ clock: new ManualClock('2026-11-27T10:00:00.000Z') });
      const template = importTemplate(language, NOW);
      assert.ok(template.startsWith('\uFEFF'));
      assert.equal(engine.importCsv(template, { dryRun: true }).invalid, 0);
      const lines = template.slice(1).trim().split('\r\n');
      const delimiter = detectDelimiter(lines[0]!);
      assert.equal(delimiter, ['nl', 'fr', 'de', 'it'].includes(language) ? ';' : ',');
      const converter = new RowConverter(mapHeader(lines[0]!.split(delimiter)), { now: NOW });
      for (const line of lines.slice(1))
        assert.equal(converter.convert(line.split(delimiter)).ok, true, line);
    });
  }
});
