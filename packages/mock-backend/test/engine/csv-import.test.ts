import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EngineError } from '../../src/engine/api.ts';
import {
  columnForPath,
  type ParsedImportRow,
  parseImportCsv,
  parseImportCsvWithColumns,
} from '../../src/engine/csv-import.ts';

/** Joins lines with the given line end (LF by default), as a file would hold them. */
function file(lines: string[], eol = '\n'): string {
  return lines.join(eol) + eol;
}

function only(rows: ParsedImportRow[]): ParsedImportRow {
  assert.equal(rows.length, 1, `expected one row, got ${rows.length}`);
  return rows[0]!;
}

function fileError(csv: string): EngineError {
  try {
    parseImportCsv(csv);
  } catch (error) {
    assert.ok(error instanceof EngineError, `expected an EngineError, got ${String(error)}`);
    assert.equal(error.code, 'validation_failed');
    return error;
  }
  assert.fail('expected parseImportCsv to throw');
}

describe('parseImportCsv: delimiters and file encoding', () => {
  const expected = {
    amount: 1250,
    title: 'Invoice 42',
    customer: { name: 'Jan Peeters', email: 'jan@example.be' },
  };

  test('comma-delimited file', () => {
    const row = only(
      parseImportCsv(
        file(['Amount,Title,Customer name,Email', '12.50,Invoice 42,Jan Peeters,jan@example.be']),
      ),
    );
    assert.deepEqual(row, { row: 2, input: expected, errors: [] });
  });

  test('semicolon-delimited file with decimal commas (Belgian/Dutch Excel)', () => {
    const row = only(
      parseImportCsv(file(['Bedrag;Titel;Klant;E-mail', '12,50;Invoice 42;Jan Peeters;jan@example.be'])),
    );
    assert.deepEqual(row, { row: 2, input: expected, errors: [] });
  });

  test('semicolon file whose every amount has a decimal comma is not mistaken for a comma file', () => {
    const rows = parseImportCsv(
      file(['Amount;Title;Customer', '1,00;A;X', '22,50;B;Y', '333,75;C;Z', '4,5;D;W']),
    );
    assert.deepEqual(
      rows.map((r) => r.input?.amount),
      [100, 2250, 33375, 450],
    );
  });

  test('tab-delimited file', () => {
    const row = only(
      parseImportCsv(
        file(['Amount\tTitle\tCustomer name\tEmail', '12.50\tInvoice 42\tJan Peeters\tjan@example.be']),
      ),
    );
    assert.deepEqual(row.input, expected);
  });

  test('UTF-8 byte order mark is stripped, so the first header still matches', () => {
    const row = only(
      parseImportCsv(
        `\ufeff${file(['Bedrag;Titel;Klant;E-mail', '12,50;Invoice 42;Jan Peeters;jan@example.be'])}`,
      ),
    );
    assert.deepEqual(row.input, expected);
  });

  test('CRLF line ends', () => {
    const rows = parseImportCsv(file(['Amount,Title,Customer', '1,A,X', '2,B,Y'], '\r\n'));
    assert.deepEqual(
      rows.map((r) => [r.row, r.input?.amount, r.input?.title]),
      [
        [2, 100, 'A'],
        [3, 200, 'B'],
      ],
    );
  });

  test('no line end after the last row', () => {
    const rows = parseImportCsv('Amount,Title,Customer\n1,A,X');
    assert.equal(only(rows).input?.title, 'A');
  });

  test('quoted cells keep embedded delimiters, newlines and doubled quotes', () => {
    const csv = file([
      'Amount;Title;Message;Customer',
      '"1.234,56";"Rent; March";"Line one',
      'line two with ""quotes""";"Peeters, Jan"',
    ]);
    const row = only(parseImportCsv(csv));
    assert.deepEqual(row.input, {
      amount: 123456,
      title: 'Rent; March',
      message: 'Line one\nline two with "quotes"',
      customer: { name: 'Peeters, Jan' },
    });
  });

  test('blank lines are skipped but still count as spreadsheet rows', () => {
    const csv = '\nAmount,Title,Customer\n\n1,A,X\n   \n,,\n2,B,Y\n\n\n';
    const rows = parseImportCsv(csv);
    assert.deepEqual(
      rows.map((r) => [r.row, r.input?.title]),
      [
        [4, 'A'],
        [7, 'B'],
      ],
    );
  });

  test('surrounding whitespace is trimmed from headers and cells', () => {
    const row = only(parseImportCsv(file(['  Amount , Title ,Customer  ', '  12.50 ,  Rent  ,  Jan  '])));
    assert.deepEqual(row.input, { amount: 1250, title: 'Rent', customer: { name: 'Jan' } });
  });
});

describe('parseImportCsv: headers', () => {
  const values = [
    '12,50',
    'eur',
    'Huur maart',
    'Bedankt',
    'REF-1',
    'INV-1',
    'Jan Peeters',
    'jan@example.be',
    '+32470123456',
    'K-001',
    'NL',
    'bancontact|ideal',
    '31/12/2026',
  ];
  const expected = {
    amount: 1250,
    currency: 'EUR',
    title: 'Huur maart',
    message: 'Bedankt',
    reference: 'REF-1',
    invoice: 'INV-1',
    customer: {
      name: 'Jan Peeters',
      email: 'jan@example.be',
      mobile: '+32470123456',
      customerNumber: 'K-001',
    },
    language: 'nl',
    methods: ['bancontact', 'ideal'],
    expiresAt: '2026-12-31T23:59:59.999Z',
  };
  const headerSets: Record<string, string[]> = {
    English: [
      'Amount',
      'Currency',
      'Title',
      'Message',
      'Reference',
      'Invoice',
      'Customer name',
      'Email',
      'Mobile',
      'Customer number',
      'Language',
      'Payment methods',
      'Expiry date',
    ],
    Dutch: [
      'Bedrag',
      'Munt',
      'Omschrijving',
      'Bericht',
      'Referentie',
      'Factuur',
      'Klant',
      'E-mail',
      'GSM',
      'Klantnummer',
      'Taal',
      'Betaalmethoden',
      'Vervaldatum',
    ],
    French: [
      'Montant',
      'Devise',
      'Libellé',
      'Message',
      'Référence',
      'Facture',
      'Client',
      'Courriel',
      'Téléphone',
      'Numéro client',
      'Langue',
      'Moyens de paiement',
      "Date d'expiration",
    ],
    German: [
      'Betrag',
      'Währung',
      'Bezeichnung',
      'Nachricht',
      'Referenz',
      'Rechnung',
      'Kunde',
      'E-Mail',
      'Handy',
      'Kundennummer',
      'Sprache',
      'Zahlungsmethoden',
      'Ablaufdatum',
    ],
  };

  for (const [language, headers] of Object.entries(headerSets)) {
    test(`${language} headers map to every field`, () => {
      const row = only(parseImportCsv(file([headers.join(';'), values.join(';')])));
      assert.deepEqual(row, { row: 2, input: expected, errors: [] });
    });
  }

  test('other accepted names: Name, Nom, Naam, Titre, Valuta, Phone, Portable, Telefon, Expires, Methods', () => {
    const pairs: [string, string, unknown][] = [
      ['Name', 'Ann', { name: 'Ann' }],
      ['Nom', 'Ann', { name: 'Ann' }],
      ['Naam', 'Ann', { name: 'Ann' }],
      ['Customer', 'Ann', { name: 'Ann' }],
    ];
    for (const [header, value, customer] of pairs) {
      const row = only(parseImportCsv(file([`Amount;Title;${header}`, `1;T;${value}`])));
      assert.deepEqual(row.input?.customer, customer, header);
    }
    const row = only(parseImportCsv(file(['Bedrag;Titre;Valuta;Klant;Phone', '1;T;usd;X;+3247'])));
    assert.deepEqual(row.input, {
      amount: 100,
      title: 'T',
      currency: 'USD',
      customer: { name: 'X', mobile: '+3247' },
    });
    for (const header of ['Portable', 'Telefon', 'Mobiel']) {
      const r = only(parseImportCsv(file([`Amount;Title;Customer;${header}`, '1;T;X;0470'])));
      assert.deepEqual(r.input?.customer, { name: 'X', mobile: '0470' }, header);
    }
    for (const header of ['Expires', 'Expiry']) {
      const r = only(parseImportCsv(file([`Amount;Title;Customer;${header}`, '1;T;X;2026-01-31'])));
      assert.equal(r.input?.expiresAt, '2026-01-31T23:59:59.999Z', header);
    }
    const methods = only(parseImportCsv(file(['Amount;Title;Customer;Methods', '1;T;X;card'])));
    assert.deepEqual(methods.input?.methods, ['card']);
  });

  test('header matching ignores case, accents, spacing and punctuation', () => {
    const row = only(
      parseImportCsv(
        file([
          '  BEDRAG ;libelle;NUMERO  CLIENT;e mail;Date d expiration;CUSTOMER_ID;currency; NOM ',
          '1;T;K1;a@b.be;2026-02-01;cus_1;gbp;Ann',
        ]),
      ),
    );
    assert.deepEqual(row.input, {
      amount: 100,
      title: 'T',
      currency: 'GBP',
      customerId: 'cus_1',
      customer: { name: 'Ann', email: 'a@b.be', customerNumber: 'K1' },
      expiresAt: '2026-02-01T23:59:59.999Z',
    });
  });

  test('column order does not matter', () => {
    const a = parseImportCsv(
      file(['Amount,Title,Customer,Email,Reference', '5.00,Rent,Ann,ann@example.com,R1']),
    );
    const b = parseImportCsv(
      file(['Reference,Email,Customer,Title,Amount', 'R1,ann@example.com,Ann,Rent,5.00']),
    );
    assert.deepEqual(b, a);
    assert.deepEqual(a[0]?.input, {
      amount: 500,
      title: 'Rent',
      reference: 'R1',
      customer: { name: 'Ann', email: 'ann@example.com' },
    });
  });

  test('unknown columns are ignored', () => {
    const row = only(
      parseImportCsv(file(['Notes,Amount,Internal code,Title,Customer,Origin', 'x,1,y,T,C,manual'])),
    );
    assert.deepEqual(row, {
      row: 2,
      input: { amount: 100, title: 'T', customer: { name: 'C' } },
      errors: [],
    });
  });
});

describe('parseImportCsv: amounts', () => {
  const valid: [string, number][] = [
    ['12.50', 1250],
    ['12,50', 1250],
    ['12', 1200],
    ['12.5', 1250],
    ['0.01', 1],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1 234,56', 123456],
    ['1\u00a0234,56', 123456],
    ['1.234.567,89', 123456789],
    ['1,234,567', 123456700],
    ['€ 12,50', 1250],
    ['€12.50', 1250],
    ['12,50 €', 1250],
    ['EUR 12,50', 1250],
  ];
  for (const [text, minor] of valid) {
    test(`"${text}" is ${minor} minor units`, () => {
      const row = only(parseImportCsv(file(['Amount;Title;Customer', `"${text}";T;C`])));
      assert.deepEqual(row.errors, []);
      assert.equal(row.input?.amount, minor);
    });
  }

  const invalid: [string, RegExp][] = [
    ['-12,50', /greater than 0/],
    ['€ -12,50', /greater than 0/],
    ['-€ 12,50', /greater than 0/],
    ['12-', /greater than 0/],
    ['(12.50)', /greater than 0/],
    ['0', /greater than 0/],
    ['0,00', /greater than 0/],
    ['12.345', /at most 2 decimals/],
    ['1,2345', /at most 2 decimals/],
    ['abc', /is not an amount/],
    ['12a', /is not an amount/],
    ['1.234.56', /is not an amount/],
    ['1,23,45', /is not an amount/],
    ['12 50', /is not an amount/],
    ['1e3', /is not an amount/],
    ['.50', /is not an amount/],
    ['EUR', /is not an amount/],
  ];
  for (const [text, message] of invalid) {
    test(`"${text}" is rejected`, () => {
      const row = only(parseImportCsv(file(['Amount;Title;Customer', `"${text}";T;C`])));
      assert.equal(row.input, undefined);
      assert.equal(row.errors.length, 1, JSON.stringify(row.errors));
      assert.equal(row.errors[0]?.column, 'Amount');
      assert.match(row.errors[0]?.message ?? '', message);
    });
  }

  test('an empty amount is required', () => {
    const row = only(parseImportCsv(file(['Bedrag;Titel;Klant', ';T;C'])));
    assert.deepEqual(row.errors, [{ column: 'Bedrag', message: 'is required' }]);
  });

  test('the currency decides the minor digits, and is upper-cased', () => {
    const rows = parseImportCsv(
      file(['Amount;Currency;Title;Customer', '1500;jpy;A;C', '1,234;KWD;B;C', '12,5;JPY;C;C']),
    );
    assert.equal(rows[0]?.input?.amount, 1500);
    assert.equal(rows[0]?.input?.currency, 'JPY');
    assert.equal(rows[1]?.input?.amount, 1234);
    assert.deepEqual(rows[2]?.errors, [{ column: 'Amount', message: 'must be a whole number for JPY' }]);
  });
});

describe('parseImportCsv: other values', () => {
  const dates: [string, string][] = [
    ['2026-12-31', '2026-12-31T23:59:59.999Z'],
    ['31/12/2026', '2026-12-31T23:59:59.999Z'],
    ['31-12-2026', '2026-12-31T23:59:59.999Z'],
    ['31.12.2026', '2026-12-31T23:59:59.999Z'],
    ['1/2/2026', '2026-02-01T23:59:59.999Z'],
    ['2026-12-31T10:00:00Z', '2026-12-31T10:00:00.000Z'],
    ['2026-12-31T10:00:00.250Z', '2026-12-31T10:00:00.250Z'],
    ['2026-12-31T10:00:00+01:00', '2026-12-31T09:00:00.000Z'],
    ['2026-12-31T10:00', '2026-12-31T10:00:00.000Z'],
    ['2026-12-31 10:00:00', '2026-12-31T10:00:00.000Z'],
  ];
  for (const [text, iso] of dates) {
    test(`expiry "${text}" is ${iso}`, () => {
      const row = only(parseImportCsv(file(['Amount;Title;Customer;Expiry date', `1;T;C;${text}`])));
      assert.deepEqual(row.errors, []);
      assert.equal(row.input?.expiresAt, iso);
    });
  }
  for (const text of [
    '31/02/2026',
    '2026-13-01',
    '12/31/2026',
    'tomorrow',
    '2026/12/31',
    '2026-12-31T25:00:00Z',
  ]) {
    test(`expiry "${text}" is rejected`, () => {
      const row = only(parseImportCsv(file(['Amount;Title;Customer;Vervaldatum', `1;T;C;${text}`])));
      assert.equal(row.input, undefined);
      assert.equal(row.errors.length, 1);
      assert.equal(row.errors[0]?.column, 'Vervaldatum');
      assert.match(row.errors[0]?.message ?? '', /date/);
    });
  }

  test('language is lower-cased', () => {
    const rows = parseImportCsv(file(['Amount;Title;Customer;Language', '1;T;C;FR', '1;T;C;Nl-BE']));
    assert.deepEqual(
      rows.map((r) => r.input?.language),
      ['fr', 'nl-be'],
    );
  });

  test('methods split on |, spaces and commas inside a quoted cell', () => {
    const rows = parseImportCsv(
      file([
        'Amount,Title,Customer,Methods',
        '1,T,C,card|ideal',
        '1,T,C,card ideal  bancontact',
        '1,T,C,"card, Ideal,card"',
      ]),
    );
    assert.deepEqual(
      rows.map((r) => r.input?.methods),
      [
        ['card', 'ideal'],
        ['card', 'ideal', 'bancontact'],
        ['card', 'ideal'],
      ],
    );
  });

  test('a customer id may stand in for the customer name; inline details without a name are dropped', () => {
    const byId = only(parseImportCsv(file(['Amount;Title;Customer ID;Email', '1;T;cus_9;x@y.be'])));
    assert.deepEqual(byId, { row: 2, input: { amount: 100, title: 'T', customerId: 'cus_9' }, errors: [] });
    const both = only(parseImportCsv(file(['Amount;Title;Customer ID;Name', '1;T;cus_9;Ann'])));
    assert.deepEqual(both.input, { amount: 100, title: 'T', customerId: 'cus_9', customer: { name: 'Ann' } });
  });

  test('a customer number column is accepted, but a row still needs a name (or id)', () => {
    const rows = parseImportCsv(file(['Amount;Title;Klantnummer;Customer ID', '1;T;K-7;', '1;T;K-7;cus_1']));
    assert.deepEqual(rows[0]?.errors, [{ column: 'Customer ID', message: 'is required' }]);
    const numberOnly = only(parseImportCsv(file(['Amount;Title;Klantnummer;Email', '1;T;K-7;not-an-email'])));
    assert.deepEqual(numberOnly.errors, [
      { column: 'Customer name', message: 'is required' },
      { column: 'Email', message: 'must be an e-mail address' },
    ]);
    assert.deepEqual(rows[1]?.input, { amount: 100, title: 'T', customerId: 'cus_1' });
  });

  test('without a name column, a missing customer is reported on the customer id column', () => {
    const row = only(parseImportCsv(file(['Amount;Title;Klant ID', '1;T;'])));
    assert.deepEqual(row.errors, [{ column: 'Klant ID', message: 'is required' }]);
  });

  test('a row with no customer at all is reported on the customer column', () => {
    const row = only(parseImportCsv(file(['Amount;Title;Klant;Klantnummer', '1;T;;'])));
    assert.deepEqual(row.errors, [{ column: 'Klant', message: 'is required' }]);
  });

  test('cells neutralised by the export come back without their leading quote', () => {
    const row = only(
      parseImportCsv(file(['Amount,Title,Customer,Mobile', "1,'=SUM(A1),'-Ann,'+32470123456"])),
    );
    assert.deepEqual(row.input, {
      amount: 100,
      title: '=SUM(A1)',
      customer: { name: '-Ann', mobile: '+32470123456' },
    });
    const plain = only(parseImportCsv(file(['Amount,Title,Customer', "1,'t Hoekske,Ann"])));
    assert.equal(plain.input?.title, "'t Hoekske");
  });
});

describe('parseImportCsv: row errors', () => {
  test('every bad cell of a row is reported, with the header as written and the spreadsheet row', () => {
    const csv = file([
      'Bedrag;Omschrijving;Klant;E-mail;Vervaldatum;Opmerking',
      '10,00;"Huur',
      'maart";Jan;jan@example.be;2026-12-31;x',
      '-5;;Piet;niet-een-adres;32/01/2026;y',
      '7,5;Ok;Ann;ann@example.be;;',
    ]);
    const rows = parseImportCsv(csv);
    assert.deepEqual(
      rows.map((r) => r.row),
      [2, 3, 4],
    );
    assert.deepEqual(rows[0]?.input?.title, 'Huur\nmaart');
    assert.deepEqual(rows[0]?.errors, []);
    assert.equal(rows[1]?.input, undefined);
    assert.deepEqual(rows[1]?.errors, [
      { column: 'Bedrag', message: 'must be greater than 0' },
      { column: 'Omschrijving', message: 'is required' },
      {
        column: 'Vervaldatum',
        message: '"32/01/2026" is not a valid date (use YYYY-MM-DD, DD/MM/YYYY or an ISO timestamp)',
      },
      { column: 'E-mail', message: 'must be an e-mail address' },
    ]);
    assert.deepEqual(rows[2]?.errors, []);
    assert.equal(rows[2]?.input?.amount, 750);
  });

  test('a row with too few fields still maps what is there and reports the missing required values', () => {
    const rows = parseImportCsv(file(['Amount,Customer,Title', '12.50,Ann', '3', '1,B,T,extra,cells']));
    assert.deepEqual(rows[0]?.errors, [{ column: 'Title', message: 'is required' }]);
    assert.deepEqual(rows[1]?.errors, [
      { column: 'Title', message: 'is required' },
      { column: 'Customer', message: 'is required' },
    ]);
    assert.deepEqual(rows[2], {
      row: 4,
      input: { amount: 100, title: 'T', customer: { name: 'B' } },
      errors: [],
    });
  });

  test('an unclosed quote is reported on its row', () => {
    const rows = parseImportCsv(file(['Amount,Title,Customer', '1,A,X', '2,"B,Y', '3,C,Z']));
    assert.equal(rows.length, 2);
    assert.equal(rows[1]?.row, 3);
    assert.equal(rows[1]?.input, undefined);
    assert.ok(rows[1]?.errors.some((e) => /never closed/.test(e.message)));
  });
});

describe('parseImportCsv: file-level errors', () => {
  for (const [name, csv] of [
    ['an empty string', ''],
    ['only whitespace and line ends', '  \r\n\n\t\n'],
    ['only a byte order mark', '\ufeff'],
  ] as const) {
    test(`${name} is an empty file`, () => {
      const error = fileError(csv);
      assert.match(error.message, /empty/);
      assert.deepEqual(error.details, [{ path: 'file', message: 'is empty' }]);
    });
  }

  test('a file starting with data has no header', () => {
    const error = fileError(file(['12,50;Rent;Jan', '13,50;Rent;Piet']));
    assert.match(error.message, /header/);
    assert.deepEqual(error.details, [{ path: 'file', message: 'has no header row' }]);
  });

  test('a missing amount column is named with its accepted names', () => {
    const error = fileError(file(['Title;Customer', 'T;C']));
    assert.equal(error.message, 'The CSV file is missing required columns: Amount.');
    assert.deepEqual(error.details, [
      { path: 'amount', message: 'column is missing (name it Amount, Bedrag, Montant or Betrag)' },
    ]);
  });

  test('missing title and customer columns are all listed', () => {
    const error = fileError(file(['Bedrag;E-mail', '1;a@b.be']));
    assert.equal(error.message, 'The CSV file is missing required columns: Title, Customer name.');
    assert.deepEqual(
      error.details?.map((d) => d.path),
      ['title', 'customer.name'],
    );
    assert.match(error.details?.[1]?.message ?? '', /Customer name, Customer ID or Customer number/);
  });

  test('two columns for the same field are a duplicate header', () => {
    const error = fileError(file(['Amount;Title;Bedrag;Customer', '1;T;2;C']));
    assert.deepEqual(error.details, [
      { path: 'amount', message: 'columns "Amount" and "Bedrag" both mean Amount; keep one' },
    ]);
    const same = fileError(file(['Title,Amount,Customer,title', 'a,1,C,b']));
    assert.deepEqual(same.details, [
      { path: 'title', message: 'columns "Title" and "title" both mean Title; keep one' },
    ]);
  });

  test('a header without data rows yields no rows', () => {
    assert.deepEqual(parseImportCsv('Amount;Title;Customer\r\n'), []);
  });
});

describe('column names', () => {
  test('columnForPath gives the canonical English names', () => {
    assert.equal(columnForPath('amount'), 'Amount');
    assert.equal(columnForPath('customer.email'), 'Email');
    assert.equal(columnForPath('customer.name'), 'Customer name');
    assert.equal(columnForPath('customer'), 'Customer name');
    assert.equal(columnForPath('customer.customerNumber'), 'Customer number');
    assert.equal(columnForPath('customerId'), 'Customer ID');
    assert.equal(columnForPath('expiresAt'), 'Expiry date');
    assert.equal(columnForPath('methods.1'), 'Payment methods');
    assert.equal(columnForPath('redirectUrl'), 'redirectUrl');
  });

  test('parseImportCsvWithColumns names columns as the file writes them, canonical otherwise', () => {
    const { rows, columnForPath: column } = parseImportCsvWithColumns(
      file(['Montant;Libellé;Client;Courriel;Moyens de paiement', '1;T;C;x@y.fr;card']),
    );
    assert.equal(rows.length, 1);
    assert.equal(column('amount'), 'Montant');
    assert.equal(column('title'), 'Libellé');
    assert.equal(column('customer.email'), 'Courriel');
    assert.equal(column('customer'), 'Client');
    assert.equal(column('methods.0'), 'Moyens de paiement');
    assert.equal(column('customer.mobile'), 'Mobile');
    assert.equal(column('origin'), 'origin');
  });
});

describe('parseImportCsv: large files', () => {
  test('100 000 rows', () => {
    const lines = ['Bedrag;Omschrijving;Klant;E-mail;Vervaldatum;Betaalmethoden'];
    for (let i = 0; i < 100_000; i++) {
      const cents = (i % 9999) + 1;
      const amount =
        i % 1000 === 999 ? 'x' : `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
      lines.push(`${amount};Factuur ${i};"Klant ${i}; bv";klant${i}@example.be;31/12/2026;bancontact|ideal`);
    }
    const rows = parseImportCsv(file(lines, '\r\n'));
    assert.equal(rows.length, 100_000);
    assert.deepEqual(rows[0], {
      row: 2,
      input: {
        amount: 1,
        title: 'Factuur 0',
        customer: { name: 'Klant 0; bv', email: 'klant0@example.be' },
        expiresAt: '2026-12-31T23:59:59.999Z',
        methods: ['bancontact', 'ideal'],
      },
      errors: [],
    });
    assert.equal(rows[54_321]?.row, 54_323);
    assert.equal(rows[54_321]?.input?.title, 'Factuur 54321');
    assert.equal(rows[54_321]?.input?.amount, (54_321 % 9999) + 1);
    assert.equal(rows[99_999]?.row, 100_001);
    assert.equal(rows[999]?.input, undefined);
    assert.equal(rows[999]?.errors[0]?.column, 'Bedrag');
    assert.equal(rows.filter((r) => r.input === undefined).length, 100);
  });
});
