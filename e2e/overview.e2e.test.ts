// End to end: the overview at scale in the built demo, as a person uses it, with a fresh profile at a
// desktop and a phone size: scroll with the wheel to the last of 1 500 links (pages loading on the
// way), then the keyboard alone (Ctrl+Home, arrows, Space, Ctrl+End), and the amount filters with an
// inverted range. Controls are found by role and accessible name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { collectErrors, useDemo } from './support/harness.ts';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const EXTRA_LINKS = 1_200;

const env = useDemo();

const list = (page: Page) => page.locator('paylink-list');

/** A fresh profile on the portal, with extra links seeded and the range widened to all of them. */
async function portalWithManyLinks(viewport: { width: number; height: number }): Promise<{
  context: BrowserContext;
  page: Page;
  errors: string[];
}> {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  collectErrors(page, errors);
  await page.goto(`${env.demo.url}/`);
  await page.locator('html[data-mock="ready"]').waitFor({ state: 'attached' });
  await list(page).getByRole('row').nth(1).waitFor();
  await page.evaluate(async (links) => {
    const response = await fetch('/__mock/seed', {
      method: 'POST',
      headers: { authorization: 'Bearer e2e', 'content-type': 'application/json' },
      body: JSON.stringify({ links }),
    });
    if (!response.ok) throw new Error(`seed failed: ${response.status}`);
  }, EXTRA_LINKS);
  const from = new Date(Date.now() - 100 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  await list(page)
    .getByRole('textbox', { name: 'From', exact: true })
    .fill(`${from.getFullYear()}-${pad(from.getMonth() + 1)}-${pad(from.getDate())}`);
  await page.waitForFunction(() => {
    const element = document.querySelector('paylink-list') as HTMLElement & { total: number };
    return element.total > 1_000 && !!element.shadowRoot?.querySelector('.body [role="row"]');
  });
  return { context, page, errors };
}

async function total(page: Page): Promise<number> {
  return page.evaluate(
    () => (document.querySelector('paylink-list') as HTMLElement & { total: number }).total,
  );
}

/** Whether `row` is inside the window and inside the table's visible part. */
async function onScreen(row: Locator): Promise<boolean> {
  return row.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const table = element.closest('[role="grid"]')!.getBoundingClientRect();
    const middle = box.top + box.height / 2;
    return middle > table.top && middle < table.bottom && middle > 0 && middle < window.innerHeight;
  });
}

/** The row of the grid at list position `index` (0-based), if drawn. */
function rowAt(page: Page, index: number): Locator {
  return list(page).locator(`[role="row"][aria-rowindex="${index + 2}"]`);
}

for (const viewport of VIEWPORTS) {
  describe(`the overview at scale (${viewport.name}, ${viewport.width}×${viewport.height})`, () => {
    test('the wheel reaches the last link, every screenful drawn on the way', async () => {
      const { context, page, errors } = await portalWithManyLinks(viewport);
      try {
        const count = await total(page);
        const grid = list(page).getByRole('grid');
        await grid.scrollIntoViewIfNeeded();
        const box = (await grid.boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, Math.min(box.y + box.height / 2, viewport.height - 20));
        for (let i = 0; i < 400; i++) {
          await page.mouse.wheel(0, 2_400);
          await page.waitForTimeout(30);
          // What a person sees in the middle of the table is a drawn row, never an empty band.
          const hit = await page.evaluate(
            ({ x, y }) => {
              const root = document.querySelector('paylink-list')!.shadowRoot!;
              const element = root.elementFromPoint(x, y);
              return element?.closest('[role="row"]')?.getAttribute('part') ?? null;
            },
            { x: box.x + 40, y: Math.min(box.y + box.height / 2, viewport.height - 20) },
          );
          assert.ok(
            hit === 'row' || hit === 'row more',
            `a row under the pointer after ${i + 1} wheel turns`,
          );
          if ((await rowAt(page, count - 1).count()) > 0 && (await onScreen(rowAt(page, count - 1)))) break;
        }
        assert.equal(await onScreen(rowAt(page, count - 1)), true, 'the last link is on screen');
        const loaded = await page.evaluate(
          () =>
            (document.querySelector('paylink-list') as HTMLElement & { loadedLinks: unknown[] }).loadedLinks
              .length,
        );
        assert.equal(loaded, count);
        assert.ok(
          (await page.evaluate(() => document.documentElement.scrollWidth)) <= viewport.width,
          'no sideways scrolling of the page',
        );
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    test('by keyboard alone: Ctrl+Home, arrows, Space to select, Ctrl+End to the last link', async () => {
      const { context, page, errors } = await portalWithManyLinks(viewport);
      try {
        const count = await total(page);
        await list(page).getByRole('searchbox', { name: 'Search' }).focus();
        // Tab until focus is in the grid: it is one Tab stop.
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press('Tab');
          const inGrid = await page.evaluate(() => {
            const root = document.querySelector('paylink-list')!.shadowRoot!;
            return !!root.activeElement?.closest('[role="grid"]');
          });
          if (inGrid) break;
        }
        const focusedRow = () =>
          page.evaluate(() => {
            const root = document.querySelector('paylink-list')!.shadowRoot!;
            return root.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex') ?? null;
          });
        assert.equal(await focusedRow(), '2', 'the first link');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
        assert.equal(await focusedRow(), '4');
        await page.keyboard.press('Space');
        const selected = await page.evaluate(
          () =>
            (document.querySelector('paylink-list') as HTMLElement & { selectedIds: string[] }).selectedIds
              .length,
        );
        assert.equal(selected, 1);
        assert.match((await list(page).locator('[part="summary"]').textContent()) ?? '', /1 selected/);

        await page.keyboard.press('Control+End');
        await page.waitForFunction(
          (index) => {
            const root = document.querySelector('paylink-list')!.shadowRoot!;
            return root.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex') === index;
          },
          String(count + 1),
          { timeout: 30_000 },
        );
        assert.equal(await onScreen(rowAt(page, count - 1)), true, 'the last link is on screen');
        await page.keyboard.press('Control+Home');
        assert.equal(await focusedRow(), '2');
        assert.equal(await onScreen(rowAt(page, 0)), true);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    test('an inverted amount range is marked next to the fields, and the list keeps its links', async () => {
      const { context, page, errors } = await portalWithManyLinks(viewport);
      try {
        await list(page).getByRole('button', { name: 'Filters' }).click();
        const filters = list(page).getByRole('dialog', { name: 'Filters' });
        const minimum = filters.getByRole('textbox', { name: 'Minimum amount' });
        const maximum = filters.getByRole('textbox', { name: 'Maximum amount' });
        await minimum.pressSequentially('1000');
        await maximum.pressSequentially('50');
        await filters.getByText('The minimum is above the maximum.').waitFor();
        assert.equal(await minimum.getAttribute('aria-invalid'), 'true');
        assert.equal(await maximum.getAttribute('aria-invalid'), 'true');
        await page.waitForTimeout(800);
        assert.equal(
          await list(page)
            .getByText(/could not be loaded/)
            .count(),
          0,
          'no error state',
        );
        assert.ok((await list(page).getByRole('row').count()) > 2, 'links still listed');
        // The popover fits the window, with Close reachable.
        const close = filters.getByRole('button', { name: 'Close' });
        const closeBox = (await close.boundingBox())!;
        assert.ok(
          closeBox.x >= 0 && closeBox.x + closeBox.width <= viewport.width,
          'Close inside the window',
        );
        assert.ok(
          closeBox.y >= 0 && closeBox.y + closeBox.height <= viewport.height,
          'Close inside the window',
        );

        await maximum.fill('5000');
        await page.waitForFunction(() => {
          const list = document.querySelector('paylink-list') as HTMLElement & {
            loadedLinks: { amount: number }[];
            total: number;
          };
          const busy = list.shadowRoot!.querySelector('[role="grid"]')?.getAttribute('aria-busy');
          return (
            busy === 'false' &&
            list.loadedLinks.length > 0 &&
            list.loadedLinks.every((link) => link.amount >= 100_000 && link.amount <= 500_000)
          );
        });
        assert.equal(await minimum.getAttribute('aria-invalid'), 'false');
        await close.click();
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  });
}
