import { expect } from 'chai';
import type { PaylinkImportedDetail } from '../events/index.ts';
import { deepActiveElement } from '../shared/modal-dialog.ts';
import {
  $,
  $$,
  button,
  cleanup,
  counts,
  csvFile,
  mockBackend,
  mountImport,
  nextDownload,
  nextEvent,
  problemRows,
  showsHeading,
  stopMockBackend,
  stubClient,
  waitUntil,
} from './import.harness.ts';
import type { PaylinkImport } from './import.ts';

/** 3 good rows and 2 bad ones (rows 3 and 5), columns in no particular order, named in Dutch. */
const MIXED = [
  'Klant;E-mail;Titel;Bedrag;Referentie',
  'Jan Peeters;jan@example.com;Fiets;12,50;A-1',
  'Piet;piet@;Stoel;0;A-2',
  'An;an@example.com;Tafel;99;A-3',
  ';x@example.com;;abc;A-4',
  'Els;els@example.com;Kast;1.250,00;A-5',
];

const PREVIEW = 'Check the file before importing';

async function preview(element: PaylinkImport, file: File): Promise<void> {
  await element.readFile(file);
  await showsHeading(element, PREVIEW);
}

function selects(element: PaylinkImport): HTMLSelectElement[] {
  return $$<HTMLSelectElement>(element, 'select');
}

describe('<paylink-import>', () => {
  afterEach(cleanup);
  after(stopMockBackend);

  it('previews a file, then creates its valid rows and reports the bad ones with their row numbers', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const element = await mountImport();
    await preview(element, csvFile(MIXED));
    expect(counts(element)).to.deep.equal({ Rows: '5', 'Ready to import': '3', 'With problems': '2' });
    expect(problemRows(element)).to.deep.equal([
      ['3', 'Bedrag', 'must be greater than 0'],
      ['3', 'E-mail', 'is not an e-mail address'],
      ['5', 'Bedrag', '“abc” is not an amount (write it like 12.50 or 12,50)'],
      ['5', 'Titel', 'is required'],
      ['5', 'Klant', 'is required (or give a customer ID)'],
    ]);
    expect(m.engine.listLinks({}).total, 'nothing created by the preview').to.equal(0);
    const imported = nextEvent<CustomEvent<PaylinkImportedDetail>>(element, 'paylink-imported');
    button(element, 'Import').click();
    const { detail } = await imported;
    expect(detail).to.deep.equal({ created: 3, invalid: 2, failed: 0 });
    await showsHeading(element, 'Import finished');
    expect(counts(element)).to.deep.equal({ 'Payment links created': '3', 'Rows rejected': '2' });
    const links = m.engine.listLinks({}).items;
    expect(links.map((link) => link.title).sort()).to.deep.equal(['Fiets', 'Kast', 'Tafel']);
    expect(links.find((link) => link.title === 'Kast')?.amount).to.equal(125000);
    expect(links.every((link) => link.origin === 'import')).to.equal(true);
    expect(deepActiveElement() === $(element, '[part~="heading"]'), 'focus on the heading').to.equal(true);
  });

  const LANGUAGES: Record<string, string[]> = {
    en: ['Email', 'Title', 'Amount', 'Customer name', 'Expiry date', 'Currency'],
    nl: ['E-mailadres', 'Omschrijving', 'Bedrag', 'Klantnaam', 'Vervaldatum', 'Munt'],
    fr: ['Adresse e-mail', 'Titre', 'Montant', 'Nom du client', "Date d'expiration", 'Devise'],
    de: ['E-Mail-Adresse', 'Bezeichnung', 'Betrag', 'Kundenname', 'Ablaufdatum', 'Währung'],
  };
  const FIELDS = ['customer.email', 'title', 'amount', 'customer.name', 'expiresAt', 'currency'];

  for (const [language, names] of Object.entries(LANGUAGES)) {
    it(`maps ${language} column names in a shuffled order`, async () => {
      // Each language in another order: rotate the columns by the language's position.
      const shift = Object.keys(LANGUAGES).indexOf(language) + 1;
      const order = names.map((_, i) => (i + shift) % names.length);
      const cells = ['ada@example.com', 'Chairs', '49,95', 'Ada', '31/12/2099', 'EUR'];
      const element = await mountImport({ client: stubClient() });
      await preview(
        element,
        csvFile([order.map((i) => names[i]).join(';'), order.map((i) => cells[i]).join(';')]),
      );
      expect(selects(element).map((s) => s.value)).to.deep.equal(order.map((i) => FIELDS[i]));
      expect(counts(element)['Ready to import']).to.equal('1');
    });
  }

  it('lets a column be remapped by hand, and checks every row again', async () => {
    const element = await mountImport({ client: stubClient() });
    await preview(element, csvFile(['Wie,Wat,Hoeveel', 'Ada,Chairs,12', 'Bob,Table,x']));
    // No name is known: nothing is imported until the columns say what they are.
    expect($(element, '[part~="column-problems"]')?.textContent).to.contain(
      'No column is imported as Amount.',
    );
    expect(button(element, 'Import').disabled).to.equal(true);
    const choose = async (index: number, field: string) => {
      const select = selects(element)[index]!;
      select.value = field;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await element.updateComplete;
      const busy = () => $(element, '[part~="counts"]')?.getAttribute('aria-busy');
      expect(busy(), 'counts busy while the rows are checked').to.equal('true');
      await waitUntil(() => busy() === 'false', 'checked again');
      await element.updateComplete;
    };
    await choose(0, 'customer.name');
    await choose(1, 'title');
    await choose(2, 'amount');
    expect(!!$(element, '[part~="column-problems"]'), 'column problems').to.equal(false);
    expect(counts(element)).to.deep.equal({ Rows: '2', 'Ready to import': '1', 'With problems': '1' });
    expect(problemRows(element)).to.deep.equal([
      ['3', 'Hoeveel', '“x” is not an amount (write it like 12.50 or 12,50)'],
    ]);
    // Two columns for one field block the import, naming both.
    await choose(0, 'title');
    expect($(element, '[part~="column-problems"]')?.textContent).to.contain(
      'Columns “Wie” and “Wat” are both imported as Title: keep one.',
    );
    expect(button(element, 'Import').disabled).to.equal(true);
  });

  it('refuses payment methods that are not activated, and expiry dates in the past', async () => {
    const element = await mountImport({ client: stubClient() });
    await preview(
      element,
      csvFile([
        'Amount,Title,Customer,Payment methods,Expiry date',
        '10,A,Ada,card|ideal,2099-01-01',
        '10,B,Bob,paypal,2099-01-01',
        '10,C,Cy,card,2020-01-01',
      ]),
    );
    expect(problemRows(element)).to.deep.equal([
      ['3', 'Payment methods', 'paypal is not activated for your account'],
      ['4', 'Expiry date', 'must be in the future'],
    ]);
  });

  it('shows the rows with problems a page at a time', async () => {
    const lines = ['Amount,Title,Customer'];
    for (let i = 0; i < 120; i++) lines.push(`0,Link ${i},Customer ${i}`);
    const element = await mountImport({ client: stubClient() });
    await preview(element, csvFile(lines));
    expect($(element, 'caption')?.textContent?.trim()).to.equal('Rows with problems 1–50 of 120');
    expect(problemRows(element)[0]![0]).to.equal('2');
    expect(button(element, 'Previous').getAttribute('aria-disabled')).to.equal('true');
    button(element, 'Next').focus();
    button(element, 'Next').click();
    await waitUntil(() => $(element, 'caption')?.textContent?.includes('51–100') ?? false, 'page 2');
    expect(problemRows(element)[0]![0]).to.equal('52');
    button(element, 'Next').click();
    await waitUntil(() => $(element, 'caption')?.textContent?.includes('101–120') ?? false, 'page 3');
    expect(button(element, 'Next').getAttribute('aria-disabled')).to.equal('true');
    expect(deepActiveElement() === button(element, 'Next'), 'focus stays on Next at the last page').to.equal(
      true,
    );
  });

  it('offers the rows with problems as a formula-safe CSV, fixable and importable again', async () => {
    const element = await mountImport({ client: stubClient() });
    await preview(
      element,
      csvFile([
        'Titel;Bedrag;Klant;Notities',
        '=HYPERLINK("http://x");0;Ada;-1+1',
        'Stoel;12;Bob;ok',
        'Tafel;abc;;"met ; puntkomma"',
      ]),
    );
    const download = nextDownload(element);
    button(element, 'Download the rows with problems').click();
    const file = await download;
    expect(file.name).to.equal('links-rejected.csv');
    expect([...file.bytes.slice(0, 3)], 'UTF-8 byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(file.text.split('\r\n')).to.deep.equal([
      'Row;Column;Problem;Titel;Bedrag;Klant;Notities',
      `2;Bedrag;must be greater than 0;"'=HYPERLINK(""http://x"")";0;Ada;'-1+1`,
      '4;"Bedrag; Klant";"“abc” is not an amount (write it like 12.50 or 12,50); is required (or give a customer ID)";Tafel;abc;;"met ; puntkomma"',
      '',
    ]);
  });

  it('offers a template to fill in, in the language shown, that imports as it is', async () => {
    const element = await mountImport({ client: stubClient(), lang: 'nl' });
    const download = nextDownload(element);
    button(element, 'Sjabloon downloaden').click();
    const file = await download;
    expect(file.name).to.equal('payment-links-template.csv');
    expect([...file.bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const [header, first] = file.text.split('\r\n');
    expect(header).to.equal(
      'Bedrag;Munt;Titel;Bericht;Referentie;Factuur;Klantnaam;E-mailadres;Mobiel nummer;Klantnummer;Taal;Betaalmethoden;Vervaldatum',
    );
    expect(first).to.match(/^125,00;EUR;Invoice 2026-001;/);
    await element.readFile(new File([file.bytes], 'template.csv'));
    await showsHeading(element, 'Controleer het bestand voor het importeren');
    expect(counts(element)).to.deep.equal({
      Regels: '2',
      'Klaar om te importeren': '2',
      'Met problemen': '0',
    });
  });

  it('reads on the page, in slices, where no worker is wanted', async () => {
    const element = await mountImport({ client: stubClient(), parseOnPage: true });
    await preview(element, csvFile(MIXED));
    expect(counts(element)).to.deep.equal({ Rows: '5', 'Ready to import': '3', 'With problems': '2' });
  });

  it('goes back to an empty file input with Choose another file', async () => {
    const element = await mountImport({ client: stubClient() });
    await preview(element, csvFile(MIXED));
    button(element, 'Choose another file').click();
    await waitUntil(() => !!$(element, 'input[type="file"]'), 'file input');
    await element.updateComplete;
    expect(deepActiveElement() === $(element, 'input[type="file"]'), 'focus on the file input').to.equal(
      true,
    );
  });

  it('takes a file dropped on the drop zone, and shows where it will land while dragging', async () => {
    const element = await mountImport({ client: stubClient() });
    const zone = $(element, '[part~="drop-zone"]')!;
    const data = new DataTransfer();
    data.items.add(csvFile(MIXED, 'dropped.csv'));
    const over = new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true });
    zone.dispatchEvent(over);
    expect(over.defaultPrevented, 'the zone accepts files').to.equal(true);
    await element.updateComplete;
    expect(zone.classList.contains('dragging')).to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await showsHeading(element, PREVIEW);
    expect($(element, '.details')?.textContent).to.contain('dropped.csv');
    expect(counts(element)['Ready to import']).to.equal('3');
  });

  it('shows what the file holds as text, never as HTML', async () => {
    const element = await mountImport({ client: stubClient() });
    const hostile = '<img src=x onerror="window.__xss=1">';
    await preview(element, csvFile([`Amount,Title,Customer,${hostile}`, `0,${hostile},Ada,x`]));
    expect($$(element, 'img').length).to.equal(0);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    expect($(element, '.column:nth-child(4) .column-name')?.textContent).to.equal(hostile);
    expect($(element, '.column:nth-child(2) .examples')?.textContent?.trim()).to.equal(
      `Examples: ${hostile}`,
    );
  });

  it('reads and checks 100 000 rows', async function () {
    this.timeout(30_000);
    const lines = ['Amount;Title;Customer name;Email'];
    for (let i = 1; i <= 100_000; i++)
      lines.push(`${i % 997 === 0 ? 0 : i};Link ${i};Customer ${i};c${i}@example.com`);
    const element = await mountImport({ client: stubClient() });
    await element.readFile(csvFile(lines, 'big.csv'));
    await showsHeading(element, PREVIEW, 25_000);
    expect(counts(element)).to.deep.equal({
      Rows: '100,000',
      'Ready to import': '99,900',
      'With problems': '100',
    });
    expect($(element, 'caption')?.textContent?.trim()).to.equal('Rows with problems 1–50 of 100');
  });
});
