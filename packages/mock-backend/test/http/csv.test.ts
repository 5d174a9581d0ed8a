import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ImportResult } from '@paylink/client/schemas';
import { call, expectJson, expectValidation, START, seedLink, useHarness } from '../support/http-harness.ts';

const harness = useHarness();
const { engine } = harness;

const CSV = [
  'Amount,Title,Customer name,Email',
  '12.50,Invoice 1,Ada Lovelace,ada@example.com',
  'abc,Invoice 2,Bob,bob@example.com',
  '7.00,Invoice 3,Cleo,cleo@example.com',
  '',
].join('\r\n');

const importCsv = (query: string, body: string, type = 'text/csv') =>
  call('POST', `/api/links/import${query}`, { body, headers: { 'Content-Type': type } });

describe('GET /api/links/export', () => {
  test('sends CSV as an attachment named after today, header row first', async () => {
    seedLink(engine);
    const response = await call('GET', '/api/links/export');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'text/csv; charset=utf-8');
    assert.equal(
      response.headers.get('Content-Disposition'),
      `attachment; filename="payment-links-${START.slice(0, 10)}.csv"`,
    );
    const lines = (await response.text()).split('\r\n');
    assert.match(lines[0]!, /^id,status,archived,amount,currency,title/);
    assert.equal(lines.filter((line) => line !== '').length, 2);
  });

  test('is UTF-8 with a byte order mark; a phone number and a plain amount stay as written', async () => {
    seedLink(engine, {
      title: 'Crème brûlée',
      reference: '-12.50',
      customer: { name: 'Søren Müller', email: 'soren@example.com', mobile: '+32470123456' },
    });
    const response = await call('GET', '/api/links/export');
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 BOM');
    const text = new TextDecoder().decode(bytes); // drops the BOM, as a spreadsheet does
    assert.match(text, /^id,status,/);
    assert.ok(text.includes(',Crème brûlée,'), text);
    assert.ok(text.includes(',-12.50,'), text);
    assert.ok(text.includes(',Søren Müller,soren@example.com,+32470123456,'), text);
    assert.ok(!text.includes("'+32470123456") && !text.includes("'-12.50"), text);
  });

  test('neutralises formula cells and quotes separators', async () => {
    seedLink(engine, { title: '=HYPERLINK("http://evil.example","Click")', reference: '+1,2' });
    seedLink(engine, { title: '@SUM(A1)', customer: { name: '-Minus "quoted"' } });
    seedLink(engine, { title: "+1+cmd|' /C calc'!A0", reference: '-2+3', customer: { name: '\t=1' } });
    seedLink(engine, { title: '\r=1', reference: '+32 470 12 34 56=1', invoice: '-12.50+A1' });
    const text = await (await call('GET', '/api/links/export?sort=createdAt')).text();
    assert.ok(text.includes(`"'=HYPERLINK(""http://evil.example"",""Click"")"`), text);
    assert.ok(text.includes(`"'+1,2"`), text);
    assert.ok(text.includes(`'@SUM(A1)`), text);
    assert.ok(text.includes(`"'-Minus ""quoted"""`), text);
    assert.ok(text.includes(`,'+1+cmd|' /C calc'!A0,`), text);
    assert.ok(text.includes(`,'-2+3,`), text);
    // Titles and names are trimmed when a link is created, so `\t=1` and `\r=1` arrive as `=1`.
    assert.ok(text.includes(`,EUR,'=1,,'+32 470 12 34 56=1,'-12.50+A1,`), text);
    assert.ok(text.includes(`,'-2+3,,'=1,`), text);
    // Every link has the harness customer's mobile, a plain phone number that stays as written;
    // besides it, no cell starts with a formula character.
    assert.ok(text.includes(',+32470000001,'), text);
    assert.doesNotMatch(text.replaceAll(',+32470000001,', ',(mobile),'), /(^|,)[=+@-]/m);
  });

  test('exports the given ids in that order, or the list filters', async () => {
    const a = seedLink(engine, { title: 'A' });
    const b = seedLink(engine, { title: 'B' });
    seedLink(engine, { title: 'C', amount: 99_999 });
    const ids = (await (await call('GET', `/api/links/export?ids=${b.id},${a.id}`)).text())
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.split(',')[0]);
    assert.deepEqual(ids, [b.id, a.id]);
    const filtered = (await (await call('GET', '/api/links/export?minAmount=50000')).text()).split('\r\n');
    assert.equal(filtered.length, 3);
    assert.ok(filtered[1]!.includes(',C,'));
  });
});

describe('POST /api/links/import', () => {
  test('?dryRun=true validates every row and creates nothing', async () => {
    const result = await expectJson(await importCsv('?dryRun=true', CSV), ImportResult);
    assert.equal(result.created, 0);
    assert.equal(result.invalid, 1);
    assert.deepEqual(
      result.rows.map((r) => [r.row, r.outcome]),
      [
        [2, 'valid'],
        [3, 'invalid'],
        [4, 'valid'],
      ],
    );
    assert.equal(result.rows[1]!.errors?.[0]?.column, 'Amount');
    assert.equal(engine.findLinks({}).length, 0);
  });

  test('without dryRun creates the valid rows as import links', async () => {
    const result = await expectJson(await importCsv('', CSV), ImportResult);
    assert.equal(result.created, 2);
    const created = result.rows.filter((r) => r.outcome === 'created');
    assert.equal(created.length, 2);
    for (const row of created) assert.equal(engine.getLink(row.linkId!).origin, 'import');
  });

  test('accepts text/plain (a browser posting a string) as CSV', async () => {
    const result = await expectJson(
      await importCsv('?dryRun=true', CSV, 'text/plain;charset=UTF-8'),
      ImportResult,
    );
    assert.equal(result.rows.length, 3);
  });

  test('refuses JSON bodies and a dryRun that is not true/false', async () => {
    await expectValidation(await importCsv('', '{"rows":[]}', 'application/json'), 'Content-Type');
    await expectValidation(await importCsv('?dryRun=yes', CSV), 'dryRun');
    assert.equal(engine.findLinks({}).length, 0);
  });
});
