// End to end: the built demo as a first-time visitor uses it. Every test starts a FRESH browser
// context (a fresh profile: empty localStorage, no service worker), at a desktop and a phone size,
// and touches nothing but what a person sees: controls found by role and accessible name.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import type { PaymentLink } from '@paylink/client';
import type { BrowserContext, Page } from 'playwright-core';
import { collectErrors, useDemo } from './support/harness.ts';

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
/** The list and the detail poll the feed every 5 s; allow a few rounds. */
const LIVE_TIMEOUT = 20_000;

const env = useDemo();

interface Visit {
  context: BrowserContext;
  portal: Page;
  /** Uncaught errors and console errors (a CSP violation shows up here) of every page of the visit. */
  errors: string[];
}

/** A first visit: a fresh context (fresh profile) opening the portal, until its first rows show. */
async function firstVisit(viewport: { width: number; height: number }): Promise<Visit> {
  const context = await env.browser.newContext({ viewport, acceptDownloads: true });
  const errors: string[] = [];
  context.on('page', (page) => {
    collectErrors(page, errors);
  });
  assert.deepEqual((await context.storageState()).origins, [], 'a fresh profile: nothing stored');
  const portal = await context.newPage();
  await portal.goto(`${env.demo.url}/`);
  await portal.getByRole('heading', { name: 'Acme Supplies — Payment links' }).waitFor();
  await list(portal).getByRole('row').nth(1).waitFor();
  // A marker that a reload would lose: the portal must update in place.
  await portal.evaluate(() => {
    (window as { firstVisitMarker?: boolean }).firstVisitMarker = true;
  });
  return { context, portal, errors };
}

const list = (page: Page) => page.locator('paylink-list');
const rowsWith = (page: Page, text: string) => list(page).getByRole('row').filter({ hasText: text });
/** The pane with <paylink-detail> for the selected link (beside the list, or full screen on a phone). */
const details = (page: Page) => page.getByRole('complementary', { name: 'Link details' });

/** Opens the link's detail from its row's title; the detail takes focus (its title). */
async function openDetail(page: Page, link: PaymentLink): Promise<void> {
  await rowsWith(page, link.reference).getByRole('button', { name: link.title }).click();
  await details(page).getByText(link.reference, { exact: true }).waitFor();
  await details(page).getByRole('heading', { name: link.title }).waitFor();
  await page.waitForFunction(() => {
    const detail = document.querySelector('paylink-detail');
    return detail?.shadowRoot?.activeElement?.matches('[part~="title"]') ?? false;
  });
}

/** Closes the detail the way a person does (Back on a phone, Close beside the list); focus goes back to the row. */
async function closeDetail(page: Page, link: PaymentLink): Promise<void> {
  await details(page)
    .getByRole('button', { name: /^(Back to payment links|Close details)$/ })
    .click();
  await details(page).waitFor({ state: 'hidden' });
  const focused = await page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.textContent?.trim();
  });
  assert.equal(focused, link.title, 'focus is back on the row that opened the detail');
}

/**
 * The links the list shows first (its default query, newest first, or `query`), read from the
 * portal's own mock.
 */
function firstLinks(page: Page, query = 'limit=10'): Promise<PaymentLink[]> {
  return page.evaluate(async (query) => {
    const response = await fetch(`/api/links?${query}`, { headers: { Authorization: 'Bearer e2e' } });
    return ((await response.json()) as { items: PaymentLink[] }).items;
  }, query);
}

async function search(page: Page, text: string): Promise<void> {
  await list(page).getByRole('searchbox', { name: 'Search' }).fill(text);
}

/**
 * Searches `query` and waits for the row of `reference` to be listed. The table is emptied first, so
 * the row that shows is the search's answer, not a row left from before the search applied.
 */
async function searchFor(page: Page, query: string, reference: string): Promise<void> {
  await search(page, 'no link has this text 0xdeadbeef');
  await rowsWith(page, reference).waitFor({ state: 'detached' });
  await search(page, query);
  await rowsWith(page, reference)
    .first()
    .waitFor({ timeout: 5_000 })
    .catch(() => assert.fail(`searching "${query}" does not list ${reference}`));
  assert.equal(
    await list(page)
      .getByText(/^No payment links/)
      .count(),
    0,
  );
}

/** What the detail's Details tab says after "Status". */
async function panelStatus(page: Page): Promise<string> {
  const terms = await details(page).getByRole('term').allTextContents();
  const values = await details(page).getByRole('definition').allTextContents();
  return values[terms.indexOf('Status')] ?? '';
}

for (const viewport of VIEWPORTS) {
  describe(`first visit at ${viewport.width}×${viewport.height}`, () => {
    test('search finds a link on screen by a word of its title, its customer and its reference', async () => {
      const { context, portal, errors } = await firstVisit(viewport);
      try {
        const shown = (await firstLinks(portal)).slice(0, 3);
        // They are on screen, in the first rows, before any search.
        for (const link of shown) await rowsWith(portal, link.reference).waitFor();
        for (const link of shown) {
          const word = link.title.split(/\s+/).find((w) => /^\p{L}{4,}$/u.test(w)) ?? link.title;
          for (const query of [word, link.customer.name, link.reference]) {
            await searchFor(portal, query, link.reference);
          }
        }
        // "Laptop", the example of the issue, whenever the first rows hold a laptop repair.
        const laptop = shown.find((link) => /laptop/i.test(link.title));
        if (laptop) await searchFor(portal, 'Laptop', laptop.reference);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    test('"Open pay page" in the detail opens the link; paying turns the row and the detail Paid', async () => {
      const { context, portal, errors } = await firstVisit(viewport);
      try {
        // A link the customer can pay, in English so the pay page's names are the English ones.
        const link = (await firstLinks(portal)).find(
          (l) => ['created', 'clicked', 'declined'].includes(l.status) && l.language === 'en',
        );
        assert.ok(link, 'the first rows hold a payable English link');
        await searchFor(portal, link.reference, link.reference);
        const row = rowsWith(portal, link.reference);
        await openDetail(portal, link);
        assert.match(await panelStatus(portal), /^(Created|Clicked|Declined)$/);
        assert.equal(await details(portal).getByRole('tab', { name: 'Refunds' }).count(), 0);

        // The customer's tab, opened from the portal at once (no click on Reset demo data).
        const [payer] = await Promise.all([
          context.waitForEvent('page'),
          details(portal).getByRole('link', { name: 'Open pay page' }).click(),
        ]);
        await payer
          .getByRole('heading', { name: link.title })
          .waitFor({ timeout: 10_000 })
          .catch(async () =>
            assert.fail(`the pay page shows "${await payer.getByRole('heading').first().textContent()}"`),
          );
        const pay = payer.getByRole('button', { name: /^Pay / });
        await pay.click();
        await payer.waitForURL(/\/psp\.html\?payment=/);
        await payer.getByRole('button', { name: 'Approve' }).click();
        await payer.getByRole('heading', { name: 'Payment received' }).waitFor();

        // Back in the portal, without a reload: the row and the detail both say Paid, and the
        // detail offers refunds now.
        await row.getByText('Paid', { exact: true }).waitFor({ timeout: LIVE_TIMEOUT });
        await details(portal)
          .getByRole('definition')
          .filter({ hasText: /^Paid$/ })
          .waitFor({ timeout: LIVE_TIMEOUT });
        assert.equal(await panelStatus(portal), 'Paid');
        await details(portal).getByRole('tab', { name: 'Refunds' }).waitFor();
        assert.equal(
          await portal.evaluate(() => (window as { firstVisitMarker?: boolean }).firstVisitMarker),
          true,
          'the portal was not reloaded',
        );
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    test('every pay page the portal links to opens; an archived link offers none', async () => {
      const { context, portal, errors } = await firstVisit(viewport);
      try {
        // One link of each status among the first rows: its pay page shows that link, never "not found".
        const byStatus = new Map<string, PaymentLink>();
        for (const link of await firstLinks(portal, 'limit=50'))
          if (!byStatus.has(link.status)) byStatus.set(link.status, link);
        assert.ok(byStatus.size >= 3, `statuses in the first rows: ${[...byStatus.keys()]}`);
        for (const link of byStatus.values()) {
          await searchFor(portal, link.reference, link.reference);
          await openDetail(portal, link);
          const [payer] = await Promise.all([
            context.waitForEvent('page'),
            details(portal).getByRole('link', { name: 'Open pay page' }).click(),
          ]);
          await payer.locator('paylink-pay-page [part~="card"][aria-busy="false"]').waitFor();
          const heading = await payer.getByRole('heading', { level: 1 }).first().textContent();
          assert.notEqual(heading, 'Payment link not found', `${link.reference} (${link.status})`);
          await payer.close();
          await closeDetail(portal, link);
        }

        // An archived link's pay page is closed until it is unarchived: the detail says so instead.
        await search(portal, '');
        await list(portal).getByRole('button', { name: 'Archived', exact: true }).click();
        const [archived] = await firstLinks(portal, 'archived=true&limit=1');
        assert.ok(archived, 'the demo data has an archived link');
        await openDetail(portal, archived);
        await details(portal)
          .getByText(/^Archived: its pay page is closed/)
          .waitFor();
        assert.equal(await details(portal).getByRole('link', { name: 'Open pay page' }).count(), 0);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    test('Export downloads a CSV for spreadsheets: UTF-8 BOM, a phone number as written', async () => {
      const { context, portal, errors } = await firstVisit(viewport);
      try {
        const link = (await firstLinks(portal)).find((l) => l.customer.mobile?.startsWith('+'));
        assert.ok(link?.customer.mobile, 'the first rows hold a customer with a mobile number');
        const mobile = link.customer.mobile;
        await searchFor(portal, link.reference, link.reference);
        await list(portal).getByRole('button', { name: 'More actions' }).click();
        const [download] = await Promise.all([
          portal.waitForEvent('download'),
          list(portal).getByRole('menuitem', { name: 'Export', exact: true }).click(),
        ]);
        const bytes = await readFile((await download.path()) as string);
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 BOM');
        const csv = new TextDecoder('utf-8').decode(bytes);
        const lines = csv.trim().split('\r\n');
        assert.match(lines[0] ?? '', /^id,status,/);
        const row = lines.find((line) => line.includes(`,${link.reference},`));
        assert.ok(row, `${link.reference} in ${csv}`);
        assert.ok(row.includes(`,${mobile},`), `the mobile ${mobile} as written in ${row}`);
        assert.ok(!csv.includes(`'${mobile}`), 'no quote before the phone number');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  });
}
