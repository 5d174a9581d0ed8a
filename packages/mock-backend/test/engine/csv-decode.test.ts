import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeCsv } from '../../src/engine/csv-decode.ts';
import { errorOf, setup } from './helpers.ts';

const CSV = 'Amount,Title,Customer name\r\n12.50,Café crème,Zoë Müller\r\n';

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

const bom = (...bytes: number[]) => Uint8Array.from(bytes);
const join = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));

describe('CSV encodings', () => {
  test('UTF-8 with and without a byte-order mark', () => {
    assert.deepEqual(decodeCsv(Buffer.from(CSV)), { text: CSV, encoding: 'utf-8' });
    assert.deepEqual(decodeCsv(join(bom(0xef, 0xbb, 0xbf), Buffer.from(CSV))), {
      text: CSV,
      encoding: 'utf-8',
    });
  });

  test('UTF-16 little- and big-endian, told apart by their byte-order mark', () => {
    assert.deepEqual(decodeCsv(join(bom(0xff, 0xfe), Buffer.from(CSV, 'utf16le'))), {
      text: CSV,
      encoding: 'utf-16le',
    });
    assert.deepEqual(decodeCsv(join(bom(0xfe, 0xff), utf16be(CSV))), { text: CSV, encoding: 'utf-16be' });
  });

  test('Windows-1252 when the bytes are not UTF-8 (older Excel)', () => {
    const bytes = Buffer.from(CSV, 'latin1');
    assert.deepEqual(decodeCsv(bytes), { text: CSV, encoding: 'windows-1252' });
    // 0x80 is € in Windows-1252 (a control character in ISO-8859-1).
    assert.equal(decodeCsv(Uint8Array.from([0x80, 0x31, 0x93, 0x78, 0x94, 0x81])).text, '€1“x”\u0081');
  });

  test('a declared charset is honoured', () => {
    assert.equal(decodeCsv(Buffer.from(CSV, 'utf16le'), 'UTF-16LE').text, CSV);
    assert.equal(decodeCsv(Buffer.from(CSV, 'latin1'), 'iso-8859-1').text, CSV);
  });

  test('refused with a clear message: UTF-16 without a mark, UTF-32, binary, invalid declared UTF-8, unknown charsets', () => {
    const refusals: [Uint8Array, string | undefined, RegExp][] = [
      [Buffer.from(CSV, 'utf16le'), undefined, /UTF-16 without a byte-order mark/],
      [Buffer.from(CSV, 'utf16le'), 'utf-16', /UTF-16 without a byte-order mark/],
      [join(bom(0xff, 0xfe, 0, 0), Buffer.from('A\0\0\0')), undefined, /UTF-32/],
      [Buffer.from(`${CSV}\0${CSV}`), undefined, /NUL/],
      [Buffer.from(CSV, 'latin1'), 'utf-8', /not valid UTF-8/],
      [Buffer.from(CSV), 'shift_jis', /not supported/],
    ];
    for (const [bytes, charset, message] of refusals) {
      let error: unknown;
      try {
        decodeCsv(bytes, charset);
      } catch (caught) {
        error = caught;
      }
      assert.equal((error as { code?: string }).code, 'validation_failed');
      assert.match((error as Error).message, message);
      assert.match((error as Error).message, /Save the file as "CSV UTF-8"/);
    }
  });

  test('a decoded UTF-16 file imports with its headers and accents intact', () => {
    const { engine } = setup();
    const { text } = decodeCsv(join(bom(0xff, 0xfe), Buffer.from(CSV, 'utf16le')));
    const result = engine.importCsv(text);
    assert.equal(result.created, 1, JSON.stringify(result));
    const link = engine.getLink(result.rows[0]!.linkId!);
    assert.equal(link.title, 'Café crème');
    assert.equal(link.customer.name, 'Zoë Müller');
  });

  test('the row limit: more than 100 000 data rows change nothing', () => {
    const { engine } = setup();
    const rows = `${'1,x,y\n'.repeat(100_001)}`;
    const error = errorOf(() => engine.importCsv(`Amount,Title,Customer name\n${rows}`));
    assert.equal(error.code, 'validation_failed');
    assert.match(error.message, /100001 rows; one import takes at most 100000/);
    assert.equal(engine.findLinks({ from: '2000-01-01' }).length, 0);
  });
});
