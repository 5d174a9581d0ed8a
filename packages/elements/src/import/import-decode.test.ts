import { expect } from 'chai';
import { sniffEncoding } from './decode.ts';
import {
  $,
  button,
  cleanup,
  counts,
  mountImport,
  problemRows,
  showsHeading,
  stubClient,
  waitUntil,
} from './import.harness.ts';
import type { PaylinkImport } from './import.ts';

const TEXT = 'Amount;Title;Customer\r\n12,50;Crème brûlée;Zoë Ødegård\r\n';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(at + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

/** Windows-1252 for the Latin-1 range this test uses (é, û, ë, Ø are single bytes). */
function windows1252(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

async function titleOfFirstRow(element: PaylinkImport, bytes: BlobPart[]): Promise<string> {
  await element.readFile(new File(bytes, 'file.csv'));
  await showsHeading(element, 'Check the file before importing');
  return $(element, '.column:nth-child(2) .examples')?.textContent?.trim() ?? '';
}

describe('<paylink-import> reading files', () => {
  afterEach(cleanup);

  const encodings: Record<string, () => BlobPart[]> = {
    'UTF-8 with a byte order mark': () => ['\uFEFF', TEXT],
    'UTF-8 without one': () => [TEXT],
    'UTF-16 LE with a byte order mark': () => [utf16(TEXT, true, true)],
    'UTF-16 BE with a byte order mark': () => [utf16(TEXT, false, true)],
    'UTF-16 LE without one': () => [utf16(TEXT, true, false)],
    'Windows-1252 (what Excel on Windows writes)': () => [windows1252(TEXT)],
  };
  for (const [name, bytes] of Object.entries(encodings)) {
    it(`reads ${name}`, async () => {
      const element = await mountImport({ client: stubClient() });
      expect(await titleOfFirstRow(element, bytes())).to.equal('Examples: Crème brûlée');
      expect(counts(element)['Ready to import']).to.equal('1');
      expect($(element, '.column:nth-child(3) .examples')?.textContent?.trim()).to.equal(
        'Examples: Zoë Ødegård',
      );
    });
  }

  it('names the encoding and the separator in the preview', async () => {
    const element = await mountImport({ client: stubClient() });
    await titleOfFirstRow(element, [windows1252(TEXT)]);
    expect($(element, '.details')?.textContent?.trim()).to.match(
      /^file\.csv · 0\.1 kB · Windows-1252 · semicolon-separated$/,
    );
  });

  it('reads a Windows-1252 byte far into an otherwise ASCII file', async () => {
    const lines = ['Amount,Title,Customer'];
    for (let i = 0; i < 20_000; i++) lines.push(`1,Row ${i},Customer`);
    lines.push('1,Caf\u00e9,Customer');
    const element = await mountImport({ client: stubClient() });
    await element.readFile(new File([windows1252(`${lines.join('\r\n')}\r\n`)], 'big.csv'));
    await showsHeading(element, 'Check the file before importing');
    expect(counts(element)).to.deep.equal({
      Rows: '20,001',
      'Ready to import': '20,001',
      'With problems': '0',
    });
  });

  const refusals: Record<string, [BlobPart[], string]> = {
    'a spreadsheet workbook': [
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
      'This is a spreadsheet workbook, not a CSV file. Save it as “CSV UTF-8” and choose that file.',
    ],
    'a binary file': [
      [new Uint8Array([0x41, 0x00, 0x00, 0x42, 0x43, 0x00, 0x44])],
      'This is not a text file.',
    ],
    'UTF-8 that breaks its own byte order mark': [
      [new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x3b, 0xe9, 0x0d, 0x0a])],
      'The file says it is Unicode text, but it is not. Save it as “CSV UTF-8” and choose it again.',
    ],
    'an empty file': [[], 'The file is empty.'],
    'blank lines only': [['\r\n  \r\n'], 'The file is empty.'],
    'a header without rows': [
      ['Amount,Title,Customer\r\n'],
      'The file has a header row but no rows under it.',
    ],
  };
  for (const [name, [bytes, reason]] of Object.entries(refusals)) {
    it(`refuses ${name} and says why`, async () => {
      const element = await mountImport({ client: stubClient() });
      await element.readFile(new File(bytes, 'file.csv'));
      await showsHeading(element, 'This file cannot be imported');
      expect($(element, '.failure-text')?.textContent?.trim()).to.equal(reason);
      button(element, 'Choose another file').click();
      await waitUntil(() => !!$(element, 'input[type="file"]'), 'back to the file input');
    });
  }

  it('reports a quoted cell that is never closed on its row', async () => {
    const element = await mountImport({ client: stubClient() });
    await element.readFile(new File(['Amount,Title,Customer\r\n1,"Open,Ada\r\n'], 'file.csv'));
    await showsHeading(element, 'Check the file before importing');
    expect(problemRows(element)[0]).to.deep.equal(['2', '–', 'has a quoted cell that is never closed']);
  });

  it('sniffs encodings from the first bytes', () => {
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).to.deep.equal({
      encoding: 'utf-8',
      bom: 3,
      declared: true,
    });
    expect(sniffEncoding(new Uint8Array([0x41, 0x00, 0x42, 0x00]))).to.deep.equal({
      encoding: 'utf-16le',
      bom: 0,
      declared: false,
    });
    expect(sniffEncoding(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).to.deep.equal({ refused: 'spreadsheet' });
  });
});
