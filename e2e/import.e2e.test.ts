// End to end: CSV import in the built demo, as a first-time visitor (fresh browser context) does it at a
// desktop and a phone size: Import CSV → choose a file with 3 good and 2 bad rows, columns in a shuffled
// order and named in Dutch → the preview names the bad rows by number → Import → the 3 links are in the
// overview, the 2 rows are reported. Controls are found by role and accessible name only.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type DemoServer, launchBrowser, startDemo } from './support/harness.ts';

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

let demo: DemoServer;
let browser: Browser;

before(async () => {
  demo = await startDemo();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await demo?.close();
});

const list = (page: Page) => page.locator('paylink-list');
const importer = (page: Page) => page.getByRole('dialog', { name: 'Import payment links' });

/** The file: rows 3 and 5 are bad; titles carry `tag` so the overview search finds only these. */
function csv(tag: string): string {
  return [
    'Referentie;Bedrag;E-mail;Titel;Klantnaam',
    `E2E-${tag}-1;12,50;jan@example.com;Fiets ${tag};Jan Peeters`,
    `E2E-${tag}-2;0;piet@example.com;Stoel ${tag};Piet Janssens`,
    `E2E-${tag}-3;99;an@example.com;Tafel ${tag};An De Smet`,
    `E2E-${tag}-4;15;els@;;Els Maes`,
    `E2E-${tag}-5;1.250,00;bo@example.com;Kast ${tag};Bo Claes`,
  ].join('\r\n');
}

for (const viewport of VIEWPORTS) {
  describe(`CSV import at ${viewport.width}×${viewport.height}`, () => {
    test('3 good and 2 bad rows in a shuffled column order: 3 links created, 2 reported by row number', async () => {
      const context = await browser.newContext({ viewport });
      const errors: string[] = [];
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      try {
        await page.goto(`${demo.url}/`);
        await list(page).getByRole('row').nth(1).waitFor();
        const tag = `${viewport.width}x${Date.now().toString(36)}`;

        const open = page.getByRole('button', { name: 'Import CSV' });
        await open.click();
        const dialog = importer(page);
        await dialog.waitFor();
        const fileInput = dialog.getByLabel('CSV file');
        assert.equal(
          await fileInput.evaluate(
            (el) => el === document.activeElement?.shadowRoot?.activeElement || el.matches(':focus'),
          ),
          true,
          'focus moved into the import',
        );
        await fileInput.setInputFiles({
          name: 'links.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(csv(tag)),
        });

        await dialog.getByRole('heading', { name: 'Check the file before importing' }).waitFor();
        const problems = dialog.getByRole('table');
        // Row numbers as the spreadsheet shows them: the header is row 1.
        const rowHeaders = await problems.getByRole('rowheader').allTextContents();
        assert.deepEqual(
          rowHeaders.map((text) => text.trim()),
          ['3', '5'],
        );
        assert.match((await problems.textContent()) ?? '', /Bedrag\s*must be greater than 0/);
        assert.match((await problems.textContent()) ?? '', /Titel\s*is required/);
        assert.match((await problems.textContent()) ?? '', /E-mail\s*is not an e-mail address/);

        await dialog.getByRole('button', { name: 'Import', exact: true }).click();
        await dialog.getByRole('heading', { name: 'Import finished' }).waitFor();
        const counts = await dialog.getByRole('definition').allTextContents();
        const terms = await dialog.getByRole('term').allTextContents();
        assert.equal(counts[terms.indexOf('Payment links created')]?.trim(), '3');
        assert.equal(counts[terms.indexOf('Rows rejected')]?.trim(), '2');

        // Escape closes the dialog and gives focus back to the button that opened it.
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
        assert.equal(await open.evaluate((el) => el === document.activeElement), true);

        // The three links are in the overview (the list reloaded), found by the run's tag.
        await list(page).getByRole('searchbox', { name: 'Search' }).fill(tag);
        for (const title of [`Fiets ${tag}`, `Tafel ${tag}`, `Kast ${tag}`]) {
          await list(page).getByRole('row').filter({ hasText: title }).first().waitFor({ timeout: 10_000 });
        }
        const rows = list(page).getByRole('row').filter({ hasText: tag });
        assert.equal(await rows.count(), 3);
        for (const missing of [`Stoel ${tag}`, `E2E-${tag}-4`]) {
          assert.equal(await list(page).getByRole('row').filter({ hasText: missing }).count(), 0);
        }
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  });
}
