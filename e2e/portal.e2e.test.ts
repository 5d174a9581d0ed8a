// End to end: the built demo portal (vite preview) in Debian's Chromium through playwright-core.
// Filters, search, archive (deleted vs archived) and export, through roles and accessible names only.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { collectErrors, useDemo } from './support/harness.ts';

const env = useDemo();
let page: Page;
const errors: string[] = [];

/** Creates a link through the page (so the service worker's mock answers), returns its id. */
async function createLink(title: string, origin: 'manual' | 'dunning'): Promise<string> {
  return page.evaluate(
    async ({ title, origin }) => {
      const response = await fetch('/api/links', {
        method: 'POST',
        headers: { authorization: 'Bearer e2e', 'content-type': 'application/json' },
        body: JSON.stringify({
          amount: 4200,
          title,
          origin,
          customer: { name: 'E2E Customer', email: 'e2e@example.com' },
        }),
      });
      if (!response.ok) throw new Error(`create failed: ${response.status}`);
      return ((await response.json()) as { id: string }).id;
    },
    { title, origin },
  );
}

const list = () => page.locator('paylink-list');
const rowsNamed = (name: string) => list().getByRole('row').filter({ hasText: name });

async function search(text: string): Promise<void> {
  await list().getByRole('searchbox', { name: 'Search' }).fill(text);
}

async function runAction(name: 'Archive' | 'Unarchive' | 'Export' | 'Send'): Promise<void> {
  await list().getByRole('button', { name: 'More actions' }).click();
  await list().getByRole('menuitem', { name, exact: true }).click();
}

before(async () => {
  await env.ready;
  page = await env.browser.newPage({ acceptDownloads: true });
  collectErrors(page, errors);
  await page.goto(`${env.demo.url}/`);
  const policy = (await page.request.get(`${env.demo.url}/`)).headers()['content-security-policy'];
  assert.equal(policy, "default-src 'self'; script-src 'self'; style-src 'self'");
  await page.getByRole('heading', { name: 'Acme Supplies — Payment links' }).waitFor();
  // Seeded on first load: rows and a total appear.
  await list().getByRole('row').nth(1).waitFor();
});

test('the portal shows the seeded links with an always-visible date range and a total', async () => {
  await list().getByRole('textbox', { name: 'From', exact: true }).waitFor();
  await list().getByRole('textbox', { name: 'To', exact: true }).waitFor();
  assert.match((await list().locator('[part="summary"]').textContent()) ?? '', /\d+ links?/);
  assert.equal(await page.getByRole('button', { name: 'Reset demo data' }).isVisible(), true);
});

test('filters by status', async () => {
  await list().getByRole('button', { name: 'Paid', exact: true }).click();
  await page.waitForFunction(() => {
    const root = document.querySelector('paylink-list')?.shadowRoot;
    const badges = [...(root?.querySelectorAll('.body [part~="badge"]') ?? [])].map((b) =>
      b.textContent?.trim(),
    );
    return badges.length > 0 && badges.every((text) => text === 'Paid');
  });
  assert.equal(
    await list().getByRole('button', { name: 'Paid', exact: true }).getAttribute('aria-pressed'),
    'true',
  );
  await list().getByRole('button', { name: 'All', exact: true }).click();
});

test('searches, archives a Created manual link (deleted) and a dunning one (archived)', async () => {
  await createLink('E2E manual invoice', 'manual');
  await createLink('E2E dunning reminder', 'dunning');
  await search('E2E ');
  await rowsNamed('E2E manual invoice').waitFor();
  await rowsNamed('E2E dunning reminder').waitFor();

  await list().getByRole('checkbox', { name: 'Select E2E manual invoice' }).check();
  await list().getByRole('checkbox', { name: 'Select E2E dunning reminder' }).check();
  await runAction('Archive');
  const dialog = list().getByRole('dialog', { name: 'Archive payment links' });
  await dialog.getByText('1 link will be permanently deleted.').waitFor();
  await dialog.getByText('1 link will be archived.').waitFor();
  await dialog.getByRole('button', { name: 'Archive', exact: true }).click();
  await list().getByRole('status').filter({ hasText: '“E2E manual invoice” permanently deleted.' }).waitFor();
  await rowsNamed('E2E manual invoice').waitFor({ state: 'detached' });
  await rowsNamed('E2E dunning reminder').waitFor({ state: 'detached' });

  await list().getByRole('button', { name: 'Archived', exact: true }).click();
  await rowsNamed('E2E dunning reminder').waitFor();
  assert.equal(await rowsNamed('E2E manual invoice').count(), 0);
  await list().getByRole('button', { name: 'All', exact: true }).click();
});

test('exports the links of the current filters as a CSV download', async () => {
  for (const n of [1, 2, 3]) await createLink(`E2E export ${n}`, 'manual');
  await search('E2E export');
  await rowsNamed('E2E export 3').waitFor();
  assert.equal(await list().getByRole('row').filter({ hasText: 'E2E export' }).count(), 3);
  const [download] = await Promise.all([page.waitForEvent('download'), runAction('Export')]);
  assert.match(download.suggestedFilename(), /^payment-links-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path()) as string, 'utf8');
  const lines = csv.trim().split(/\r?\n/);
  assert.equal(lines.length, 4, csv);
  for (const n of [1, 2, 3])
    assert.ok(
      lines.some((line) => line.includes(`E2E export ${n}`)),
      `row ${n} in ${csv}`,
    );
});

test('opening a link shows its detail and a pay-page link', async () => {
  await search('E2E export 1');
  await list().getByRole('button', { name: 'E2E export 1' }).click();
  const details = page.getByRole('complementary', { name: 'Link details' });
  await details.getByRole('heading', { name: 'E2E export 1' }).waitFor();
  const href = await details.getByRole('link', { name: 'Open pay page' }).getAttribute('href');
  assert.ok(href?.startsWith(`${env.demo.url}/pay.html?token=`), href ?? 'no href');
  assert.deepEqual(errors, []);
});
