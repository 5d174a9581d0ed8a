/**
 * `<paylink-list>` at scale, in the built demo (mock backend in the page's service worker) at
 * 1280×800: 100 000 more links seeded, the date range widened to all of them, then
 * - time to first rows after the range changes (the first page of the 100 000);
 * - time for Ctrl+End to bring the last link on screen (every page loaded on the way, by cursor);
 * - a fling through 10 000 rows (a large scroll step each frame), once while their pages load and
 *   once over loaded rows: frames slower than 2 × 16.7 ms, long tasks (> 50 ms), and frames where
 *   the middle of the table showed no row (that probe hit-tests every frame, which itself forces a
 *   layout per frame, so the frame figures are pessimistic);
 * - the shadow DOM's element count after each step (it must stay bounded).
 *
 * Run `pnpm --filter @paylink/demo run build` first (done for you when demo/dist is missing).
 * @module
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser, startDemo } from '../../../e2e/support/harness.ts';

const SEEDED = 100_000;
const FLING_ROWS = 10_000;
const FLING_STEP_PX = 1_600;

const repo = fileURLToPath(new URL('../../../', import.meta.url));

function ensureDemoBuilt(): void {
  if (existsSync(`${repo}demo/dist/index.html`)) return;
  console.log('building the demo (demo/dist is missing)…');
  execFileSync('pnpm', ['--filter', '@paylink/demo', 'run', 'build'], { cwd: repo, stdio: 'inherit' });
}

/** Elements in the list's shadow root now. */
function domNodes(page: Page): Promise<number> {
  return page.evaluate(
    () => document.querySelector('paylink-list')!.shadowRoot!.querySelectorAll('*').length,
  );
}

async function seedAndWiden(page: Page): Promise<{ total: number; firstRowsMs: number }> {
  await page.evaluate(async (links) => {
    const response = await fetch('/__mock/seed', {
      method: 'POST',
      headers: { authorization: 'Bearer bench', 'content-type': 'application/json' },
      body: JSON.stringify({ links }),
    });
    if (!response.ok) throw new Error(`seed failed: ${response.status}`);
  }, SEEDED);
  // The demo's mock then tries once to save 100 000 links to localStorage (seconds of work on the
  // page's main thread, then a quota error): let it finish, it is set-up, not the list.
  await page
    .waitForEvent('console', { predicate: (m) => m.text().includes('no longer fits'), timeout: 30_000 })
    .catch(() => {});
  return page.evaluate(async () => {
    const list = document.querySelector('paylink-list')!;
    const root = list.shadowRoot!;
    const from = root.querySelector<HTMLInputElement>('input[name="from"]')!;
    const d = new Date(Date.now() - 120 * 86_400_000);
    from.value = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const start = performance.now();
    from.dispatchEvent(new Event('change', { bubbles: true }));
    // Wait for the new query's rows: busy first, then rows again.
    await new Promise<void>((resolve) => {
      let sawBusy = false;
      const check = () => {
        const grid = root.querySelector('[role="grid"]');
        if (grid?.getAttribute('aria-busy') === 'true') sawBusy = true;
        if (
          sawBusy &&
          grid?.getAttribute('aria-busy') === 'false' &&
          root.querySelector('.body [role="row"]')
        ) {
          resolve();
        } else requestAnimationFrame(check);
      };
      check();
    });
    const firstRowsMs = performance.now() - start;
    return { total: (list as unknown as { total: number }).total, firstRowsMs };
  });
}

async function ctrlEnd(page: Page, total: number): Promise<number> {
  const checkbox = page.locator('paylink-list .body [role="row"]').first().locator('input[type="checkbox"]');
  await checkbox.focus();
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.press('Control+End');
  await page.waitForFunction(
    (rowIndex) => {
      const root = document.querySelector('paylink-list')!.shadowRoot!;
      const row = root.activeElement?.closest('[role="row"]');
      if (row?.getAttribute('aria-rowindex') !== rowIndex) return false;
      const box = row.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    },
    String(total + 1),
    { timeout: 300_000, polling: 'raf' },
  );
  return (await page.evaluate(() => performance.now())) - start;
}

interface FlingResult {
  frames: number;
  slowFrames: number;
  longTasks: number;
  longestTaskMs: number;
  blankFrames: number;
  pagesLoaded: number;
}

async function fling(page: Page): Promise<FlingResult> {
  return page.evaluate(
    async ({ rows, step }) => {
      const list = document.querySelector('paylink-list') as HTMLElement & { loadedLinks: unknown[] };
      const root = list.shadowRoot!;
      const scroller = root.querySelector<HTMLElement>('.scroller')!;
      scroller.scrollTop = 0;
      scroller.scrollIntoView({ block: 'end' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const loadedBefore = list.loadedLinks.length;
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((entries) => {
        for (const entry of entries.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask' });
      const rowHeight = root.querySelector('.body [role="row"]')!.getBoundingClientRect().height;
      const target = rows * rowHeight;
      let frames = 0;
      let slowFrames = 0;
      let blankFrames = 0;
      let last = performance.now();
      while (scroller.scrollTop < target - 1) {
        const before = scroller.scrollTop;
        scroller.scrollTop = Math.min(target, before + step);
        const now: number = await new Promise((resolve) => requestAnimationFrame(resolve));
        frames++;
        if (now - last > 2 * (1000 / 60)) slowFrames++;
        last = now;
        const box = scroller.getBoundingClientRect();
        const hit = root.elementFromPoint(box.left + 60, box.top + box.height / 2);
        if (!hit?.closest('.body [role="row"]')) blankFrames++;
        if (scroller.scrollTop === before) {
          // At the end of what is loaded: wait for the next page like a person would.
          await new Promise((resolve) => setTimeout(resolve, 16));
        }
      }
      observer.disconnect();
      return {
        frames,
        slowFrames,
        longTasks: longTasks.length,
        longestTaskMs: Math.max(0, ...longTasks),
        blankFrames,
        pagesLoaded: Math.round((list.loadedLinks.length - loadedBefore) / 500),
      };
    },
    { rows: FLING_ROWS, step: FLING_STEP_PX },
  );
}

/** Prints the list's figures at 100 000 links. */
export async function run(): Promise<void> {
  ensureDemoBuilt();
  const demo = await startDemo();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    // tsx compiles this file with esbuild's keepNames, which wraps named functions in the evaluated
    // code with a `__name` helper the page does not have.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.goto(`${demo.url}/`);
    await page.locator('html[data-mock="ready"]').waitFor({ state: 'attached' });
    await page.locator('paylink-list').getByRole('row').nth(1).waitFor();

    const { total, firstRowsMs } = await seedAndWiden(page);
    console.log(`links in the widened range: ${total.toLocaleString('en')}`);
    console.log(`time to first rows (range changed → rows drawn): ${firstRowsMs.toFixed(0)} ms`);
    console.log(`DOM elements in the list after first rows: ${await domNodes(page)}`);

    const report = (label: string, f: FlingResult) =>
      console.log(
        `${label}: ${f.frames} frames, ${f.slowFrames} slower than 33 ms, ${f.blankFrames} with no row in the ` +
          `middle of the table, ${f.longTasks} long tasks (longest ${f.longestTaskMs.toFixed(0)} ms), ` +
          `${f.pagesLoaded} pages loaded on the way`,
      );
    report(
      `fling through ${FLING_ROWS.toLocaleString('en')} rows while their pages load (${FLING_STEP_PX} px per frame)`,
      await fling(page),
    );
    console.log(`DOM elements in the list after the fling: ${await domNodes(page)}`);

    const endMs = await ctrlEnd(page, total);
    console.log(
      `Ctrl+End to the last of ${total.toLocaleString('en')} links on screen: ${(endMs / 1000).toFixed(1)} s ` +
        `(${Math.ceil(total / 500)} pages by cursor; the demo's mock answers them on the same main thread)`,
    );
    console.log(`DOM elements in the list at the last link: ${await domNodes(page)}`);
    report(
      `fling through ${FLING_ROWS.toLocaleString('en')} loaded rows (rendering only)`,
      await fling(page),
    );
    console.log(`DOM elements in the list after it: ${await domNodes(page)}`);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    await demo.close();
  }
}
