import { expect } from 'chai';
import { deepActiveElement } from '../shared/modal-dialog.ts';
import type { ImportedDetail } from './events.ts';
import {
  $,
  button,
  cleanup,
  counts,
  csvFile,
  mockBackend,
  mountImport,
  nextEvent,
  problemRows,
  showsHeading,
  stopMockBackend,
} from './import.harness.ts';

/** 3 good rows and 2 bad ones (rows 3 and 5), columns in no particular order, named in Dutch. */
const MIXED = [
  'Klant;E-mail;Titel;Bedrag;Referentie',
  'Jan Peeters;jan@example.com;Fiets;12,50;A-1',
  'Piet;piet@;Stoel;0;A-2',
  'An;an@example.com;Tafel;99;A-3',
  ';x@example.com;;abc;A-4',
  'Els;els@example.com;Kast;1.250,00;A-5',
];

describe('<paylink-import>', () => {
  afterEach(cleanup);
  after(stopMockBackend);

  it('previews a file, then creates its valid rows and reports the bad ones with their row numbers', async () => {
    const m = await mockBackend();
    m.engine.reset();
    const element = await mountImport();
    await element.readFile(csvFile(MIXED));
    await showsHeading(element, 'Check the file before importing');
    expect(counts(element)).to.deep.equal({ Rows: '5', 'Ready to import': '3', 'With problems': '2' });
    expect(problemRows(element)).to.deep.equal([
      ['3', 'Bedrag', 'must be greater than 0'],
      ['3', 'E-mail', 'is not an e-mail address'],
      ['5', 'Bedrag', '“abc” is not an amount (write it like 12.50 or 12,50)'],
      ['5', 'Titel', 'is required'],
      ['5', 'Klant', 'is required (or give a customer ID)'],
    ]);
    const imported = nextEvent<CustomEvent<ImportedDetail>>(element, 'paylink-imported');
    button(element, 'Import').click();
    const { detail } = await imported;
    expect(detail).to.deep.equal({ created: 3, invalid: 2, failed: 0 });
    await showsHeading(element, 'Import finished');
    expect(counts(element)).to.deep.equal({ 'Payment links created': '3', 'Rows rejected': '2' });
    const titles = m.engine
      .listLinks({})
      .items.map((link) => link.title)
      .sort();
    expect(titles).to.deep.equal(['Fiets', 'Kast', 'Tafel']);
    expect(deepActiveElement() === $(element, '[part~="heading"]'), 'focus on the heading').to.equal(true);
  });
});
