import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { expectAccessible } from '../../test-support/axe.ts';
import { deepActiveElement } from '../shared/modal-dialog.ts';
import {
  $,
  $$,
  button,
  cleanup,
  csvFile,
  deferred,
  everyRowCreated,
  headingText,
  mountImport,
  showsHeading,
  stubClient,
  waitUntil,
} from './import.harness.ts';
import type { PaylinkImport } from './import.ts';

const FILE = [
  'Klant;E-mail;Titel;Bedrag',
  'Jan Peeters;jan@example.com;Fiets;12,50',
  'Piet;piet@;Stoel;0',
  'An;an@example.com;Tafel;99',
];

/** A file whose bytes never arrive: the import stays in its reading state (on the page). */
class StuckFile extends File {
  override slice(): Blob {
    return { arrayBuffer: () => new Promise<ArrayBuffer>(() => {}) } as unknown as Blob;
  }
}

async function toPreview(element: PaylinkImport, lines = FILE): Promise<void> {
  await element.readFile(csvFile(lines));
  await showsHeading(
    element,
    element.lang === 'ar' ? 'تحقق من الملف قبل الاستيراد' : 'Check the file before importing',
  );
}

describe('<paylink-import> accessibility', () => {
  afterEach(async () => {
    cleanup();
    await setViewport({ width: 800, height: 600 });
  });

  it('has no axe violations in every state', async () => {
    const gate = deferred<void>();
    const client = stubClient(async (csv) => {
      await gate.promise;
      return everyRowCreated(csv);
    });
    const element = await mountImport({ client, chunkSize: 1 });
    // Empty: the file input is named "CSV file".
    const input = $<HTMLInputElement>(element, 'input[type="file"]')!;
    expect(input.getAttribute('aria-label')).to.equal('CSV file');
    await expectAccessible(element);

    // Reading.
    element.parseOnPage = true;
    void element.readFile(new StuckFile(['x'], 'slow.csv'));
    await showsHeading(element, 'Reading slow.csv');
    expect($(element, '[role="progressbar"]')?.getAttribute('aria-valuenow')).to.equal('0');
    await expectAccessible(element);
    element.parseOnPage = false;

    // A decoding error.
    await element.readFile(new File([new Uint8Array([0xef, 0xbb, 0xbf, 0xe9, 0x0a])], 'bad.csv'));
    await showsHeading(element, 'This file cannot be imported');
    await expectAccessible(element);

    // Columns to remap (nothing known).
    await toPreview(element, ['Wie,Wat', 'Ada,Chairs']);
    expect($(element, '[part~="column-problems"]')).to.exist;
    await expectAccessible(element);

    // Preview with errors.
    await toPreview(element);
    expect($$(element, 'tbody tr').length).to.be.greaterThan(0);
    await expectAccessible(element);

    // Progress.
    button(element, 'Import').click();
    await showsHeading(element, 'Importing');
    await expectAccessible(element);

    // Cancelling, then cancelled.
    button(element, 'Cancel').click();
    await element.updateComplete;
    await expectAccessible(element);
    gate.resolve();
    await showsHeading(element, 'Import cancelled');
    await expectAccessible(element);

    // Summary.
    button(element, 'Import the remaining rows').click();
    await showsHeading(element, 'Import finished');
    await expectAccessible(element);
  });

  it('is right to left in Arabic, with no axe violations', async () => {
    const element = await mountImport({ client: stubClient(), lang: 'ar' });
    expect($(element, '[part~="base"]')?.getAttribute('dir')).to.equal('rtl');
    expect($(element, 'input[type="file"]')?.getAttribute('aria-label')).to.equal('ملف CSV');
    await expectAccessible(element);
    await toPreview(element);
    expect(button(element, 'استيراد')).to.exist;
    await expectAccessible(element);
  });

  it('works by keyboard alone: Tab to the file input, remap with the arrow keys, Import, the summary', async () => {
    const element = await mountImport({ client: stubClient() });
    const before = document.createElement('button');
    before.textContent = 'before';
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const input = $(element, 'input[type="file"]');
    expect(deepActiveElement() === input, 'the file input is the first Tab stop').to.equal(true);
    // Focus shows on the drop zone around the input.
    const zone = $(element, '[part~="drop-zone"]')!;
    expect(getComputedStyle(zone).outlineStyle).to.equal('solid');
    before.remove();

    await toPreview(element);
    expect(deepActiveElement() === $(element, '[part~="heading"]'), 'focus on the preview heading').to.equal(
      true,
    );
    const select = $<HTMLSelectElement>(element, 'select')!;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => select.value !== 'customer.name', 'remapped by keyboard');
    await waitUntil(() => $(element, '[part~="counts"]')?.getAttribute('aria-busy') === 'false', 'checked');
    expect(deepActiveElement() === select, 'focus stays on the select while the rows are checked').to.equal(
      true,
    );
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => select.value === 'customer.name', 'back');
    await waitUntil(() => !button(element, 'Import').disabled, 'Import enabled');

    button(element, 'Import').focus();
    await sendKeys({ press: 'Enter' });
    await showsHeading(element, 'Import finished');
    expect(deepActiveElement() === $(element, '[part~="heading"]'), 'focus on the summary heading').to.equal(
      true,
    );
  });

  it('fits a phone: no sideways scrolling, 44 px targets, one column of column cards', async () => {
    await setViewport({ width: 390, height: 844 });
    const element = await mountImport({ client: stubClient() });
    await toPreview(element, [
      'Klant;E-mail;Titel;Bedrag;Een heel lange kolomnaam zonder spaties_en_nog_langer_dan_dat',
      'Jan Peeters;jan.peeters.met.een.heel.lang.adres@example.com;Fiets;12,50;x',
      'Piet;piet@;Stoel;0;EenHeelLangWoordZonderSpatiesDatNietPastInDeKolomVanDeTabelOpEenTelefoon',
    ]);
    const frame = $(element, '[part~="base"]')!;
    expect(frame.scrollWidth, 'no sideways scrolling').to.be.at.most(frame.clientWidth + 1);
    expect(element.getBoundingClientRect().width).to.be.at.most(390);
    for (const target of [...$$(element, 'button'), ...$$(element, 'select')]) {
      expect(target.getBoundingClientRect().height, target.textContent ?? 'select').to.be.at.least(44);
    }
    const columns = $$(element, '.column').map((c) => c.getBoundingClientRect().left);
    expect(new Set(columns).size, 'column cards stacked').to.equal(1);
    expect(headingText(element)).to.equal('Check the file before importing');
  });
});
