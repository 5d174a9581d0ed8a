import { PaylinkError } from '@paylink/client';
import { expect } from 'chai';
import type { PaylinkImportedDetail } from '../events/index.ts';
import {
  $,
  button,
  cleanup,
  counts,
  csvFile,
  deferred,
  everyRowCreated,
  headingText,
  mockBackend,
  mountImport,
  nextDownload,
  nextEvent,
  showsHeading,
  stopMockBackend,
  stubClient,
  waitUntil,
} from './import.harness.ts';
import type { PaylinkImport } from './import.ts';

/** `count` valid rows (row n + 1 is "Link n"), then one bad row. */
function rows(count: number): File {
  const lines = ['Amount,Title,Customer'];
  for (let i = 1; i <= count; i++) lines.push(`${i},Link ${i},Customer ${i}`);
  lines.push('0,Bad,Nobody');
  return csvFile(lines, 'batch.csv');
}

async function readAndImport(element: PaylinkImport, file: File): Promise<void> {
  await element.readFile(file);
  await showsHeading(element, 'Check the file before importing');
  button(element, 'Import').click();
  // Importing shows at once, or the run has already ended (a stub answering at once).
  await waitUntil(() => headingText(element) !== 'Check the file before importing', 'import started');
}

function progress(element: PaylinkImport): { now: string | null; max: string | null; text: string | null } {
  const bar = $(element, '[role="progressbar"]');
  return {
    now: bar?.getAttribute('aria-valuenow') ?? null,
    max: bar?.getAttribute('aria-valuemax') ?? null,
    text: bar?.getAttribute('aria-valuetext') ?? null,
  };
}

describe('<paylink-import> creating links', () => {
  afterEach(cleanup);
  after(stopMockBackend);

  it('creates the valid rows in chunks of chunk-size rows, through the mock server', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const element = await mountImport({ chunkSize: 4 });
    const done = nextEvent<CustomEvent<PaylinkImportedDetail>>(element, 'paylink-imported');
    await readAndImport(element, rows(10));
    expect((await done).detail).to.deep.equal({ created: 10, invalid: 1, failed: 0 });
    expect(m.engine.listLinks({ limit: 50 }).total).to.equal(10);
    expect(counts(element)).to.deep.equal({ 'Payment links created': '10', 'Rows rejected': '1' });
  });

  it('sends each chunk as the import body with its own idempotency key, and shows progress', async () => {
    const gates = [deferred<void>(), deferred<void>(), deferred<void>()];
    const client = stubClient(async (csv) => {
      await gates[client.calls.length - 1]!.promise;
      return everyRowCreated(csv);
    });
    const element = await mountImport({ client, chunkSize: 2 });
    await readAndImport(element, rows(5));
    expect(progress(element)).to.deep.equal({ now: '0', max: '5', text: 'Rows sent: 0 of 5' });
    gates[0]!.resolve();
    await waitUntil(() => progress(element).now === '2', 'first chunk');
    gates[1]!.resolve();
    await waitUntil(() => progress(element).now === '4', 'second chunk');
    gates[2]!.resolve();
    await showsHeading(element, 'Import finished');
    expect(
      client.calls.map((c) =>
        c.csv
          .split('\r\n')
          .slice(1, -1)
          .map((line) => line.split(',')[2]),
      ),
    ).to.deep.equal([['Link 1', 'Link 2'], ['Link 3', 'Link 4'], ['Link 5']]);
    expect(client.calls[0]!.csv.split('\r\n')[0]).to.equal(
      'amount,currency,title,message,reference,invoice,customerId,customer.name,customer.email,customer.mobile,customer.customerNumber,language,methods,expiresAt',
    );
    const keys = client.calls.map((c) => c.key);
    expect(new Set(keys).size).to.equal(3);
    expect(keys[1]).to.equal(keys[0]!.replace(/-0$/, '-1'));
  });

  it('cancels after the chunk being sent, reports exact counts and offers the rest', async () => {
    const first = deferred<void>();
    const client = stubClient(async (csv) => {
      if (client.calls.length === 1) await first.promise;
      return everyRowCreated(csv);
    });
    const element = await mountImport({ client, chunkSize: 3 });
    const ended = nextEvent<CustomEvent<PaylinkImportedDetail>>(element, 'paylink-imported');
    await readAndImport(element, rows(8));
    button(element, 'Cancel').click();
    await element.updateComplete;
    expect($(element, '.status-line')?.textContent?.trim()).to.equal(
      'Stopping after the rows being sent now…',
    );
    expect(button(element, 'Cancel').getAttribute('aria-disabled')).to.equal('true');
    first.resolve();
    await showsHeading(element, 'Import cancelled');
    expect((await ended).detail).to.deep.equal({ created: 3, invalid: 1, failed: 5 });
    expect(client.calls.length).to.equal(1);
    expect(counts(element)).to.deep.equal({
      'Payment links created': '3',
      'Rows rejected': '1',
      'Rows not imported': '5',
    });
    // The rows not imported are in the file, with why.
    const download = nextDownload(element);
    button(element, 'Download the rejected rows').click();
    const lines = (await download).text.split('\r\n');
    expect(lines[0]).to.equal('Row,Column,Problem,Amount,Title,Customer');
    expect(lines.slice(1, -1)).to.deep.equal([
      '5,,not imported: the import was cancelled,4,Link 4,Customer 4',
      '6,,not imported: the import was cancelled,5,Link 5,Customer 5',
      '7,,not imported: the import was cancelled,6,Link 6,Customer 6',
      '8,,not imported: the import was cancelled,7,Link 7,Customer 7',
      '9,,not imported: the import was cancelled,8,Link 8,Customer 8',
      '10,Amount,must be greater than 0,0,Bad,Nobody',
    ]);
    // And they can still be imported.
    const resumed = nextEvent<CustomEvent<PaylinkImportedDetail>>(element, 'paylink-imported');
    button(element, 'Import the remaining rows').click();
    await showsHeading(element, 'Import finished');
    expect((await resumed).detail).to.deep.equal({ created: 8, invalid: 1, failed: 0 });
    expect(client.calls.length).to.equal(3);
  });

  it('stops on a failed request, keeps what was created, and resumes with the same idempotency key', async () => {
    let fail = true;
    const client = stubClient(async (csv) => {
      if (client.calls.length === 2 && fail) {
        fail = false;
        throw new PaylinkError('network_error', 'The server could not be reached');
      }
      return everyRowCreated(csv);
    });
    const element = await mountImport({ client, chunkSize: 2 });
    const errors: PaylinkError[] = [];
    element.addEventListener('paylink-error', (event) => errors.push(event.detail.error));
    await readAndImport(element, rows(5));
    await showsHeading(element, 'Import stopped');
    expect($(element, '[part~="error"]')?.textContent).to.contain('The server could not be reached');
    expect(errors.map((e) => e.code)).to.deep.equal(['network_error']);
    expect(counts(element)['Rows not imported']).to.equal('3');
    button(element, 'Import the remaining rows').click();
    await showsHeading(element, 'Import finished');
    expect(counts(element)['Payment links created']).to.equal('5');
    expect(client.calls[2]!.key, 'the failed chunk is sent again under its own key').to.equal(
      client.calls[1]!.key,
    );
  });

  it('reports rows the server refuses under their own row numbers and columns', async () => {
    const client = stubClient(async () => ({
      created: 1,
      invalid: 1,
      rows: [
        { row: 2, outcome: 'created', linkId: 'pl_1' },
        {
          row: 3,
          outcome: 'invalid',
          errors: [{ column: 'customerId', message: 'no customer has this id' }],
        },
      ],
    }));
    const element = await mountImport({ client });
    await readAndImport(element, csvFile(['Titel,Bedrag,Klant-ID', 'A,1,c_1', 'B,2,c_unknown']));
    await showsHeading(element, 'Import finished');
    expect(counts(element)).to.deep.equal({ 'Payment links created': '1', 'Rows rejected': '1' });
    const download = nextDownload(element);
    button(element, 'Download the rejected rows').click();
    expect((await download).text.split('\r\n')[1]).to.equal(
      '3,Klant-ID,no customer has this id,B,2,c_unknown',
    );
  });
});
