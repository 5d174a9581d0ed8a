/**
 * `<paylink-import>` at 100 000 rows, in Chromium, from the built `dist/import.js` on a page of one
 * origin and the Node mock server on another (the real HTTP path, as a merchant's portal has it):
 * - parse + check every row, from `readFile()` to the preview on screen, in the worker (the default)
 *   and on the page (the fallback where no worker can start): time, and the longest task on the
 *   page's main thread (PerformanceObserver `longtask`). Budget: ≤ 5 s, no task over 200 ms;
 * - creating the valid rows through the UI (Import, chunks of 500 rows): rows per second;
 * - gzip sizes of what a page with only the import loads, and of the import's worker.
 * Figures, not a test: the run prints them and fails only when the page itself fails.
 *
 * Run `pnpm --filter @paylink/elements run build` first.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type MockServer, startMockServer } from '@paylink/mock-backend/node';
import { launchBrowser } from '../../../e2e/support/harness.ts';

const ROWS = 100_000;
/** One row in this many is invalid (an amount of 0), so the preview has problems to list. */
const BAD_EVERY = 100;
const BUDGET_MS = 5_000;
const LONG_TASK_BUDGET_MS = 200;

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** A realistic export: seven columns, Dutch names, a decimal comma, a few repeated dates and methods. */
function benchCsv(): string {
  const expiry = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const lines = ['Referentie;Bedrag;Titel;Klantnaam;E-mailadres;Vervaldatum;Betaalmethoden'];
  for (let i = 1; i <= ROWS; i++) {
    const amount = i % BAD_EVERY === 0 ? '0' : `${(i % 900) + 10},${String(i % 100).padStart(2, '0')}`;
    lines.push(
      `REF-${i};${amount};Factuur 2026-${i};Klant ${i % 5000};klant${i % 5000}@example.com;${expiry};${i % 2 ? 'card|ideal' : 'bancontact'}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function page(api: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>import bench</title>
<script type="module" src="/bench-page.js"></script></head><body>
<paylink-provider api-base="${api}/api"><paylink-import chunk-size="500"></paylink-import></paylink-provider>
</body></html>`;
}

// Runs in the page (plain JS, sent as is).
const PAGE_SCRIPT = `
const tasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
await import('/import.js');
const provider = document.querySelector('paylink-provider');
provider.getToken = () => 'bench';
const element = document.querySelector('paylink-import');
await customElements.whenDefined('paylink-import');
const heading = () => element.shadowRoot.querySelector('[part~="heading"]')?.textContent.trim();
const counts = () => [...element.shadowRoot.querySelectorAll('.count')].map((c) =>
  c.querySelector('dt').textContent.trim() + ': ' + c.querySelector('dd').textContent.trim());
const longest = (since) => tasks.filter((t) => t.start >= since).reduce((m, t) => Math.max(m, t.duration), 0);
const slow = (since, limit) => tasks.filter((t) => t.start >= since && t.duration > limit).length;
const file = new File([await (await fetch('/bench.csv')).blob()], 'bench.csv', { type: 'text/csv' });

window.parse = async (onPage) => {
  element.reset();
  element.parseOnPage = onPage;
  await new Promise((resolve) => setTimeout(resolve, 200));
  const start = performance.now();
  await element.readFile(file);
  const ms = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 100)); // let the observer deliver
  return { ms, longest: longest(start), over200: slow(start, 200), over50: slow(start, 50), heading: heading(), counts: counts() };
};

window.create = async () => {
  const start = performance.now();
  element.shadowRoot.querySelector('[part~="import-button"]').click();
  while (heading() !== 'Import finished' && heading() !== 'Import stopped') {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const ms = performance.now() - start;
  return { ms, longest: longest(start), heading: heading(), counts: counts() };
};
window.benchReady = true;
`;

function serve(routes: Record<string, [string, string | Buffer]>): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://bench').pathname;
    const route = routes[path];
    if (route) {
      response.writeHead(200, { 'content-type': route[0] }).end(route[1]);
      return;
    }
    const file = `${dist}${path.slice(1)}`;
    if (!path.includes('..') && path.endsWith('.js') && existsSync(file)) {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
      return;
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function gzipOf(...files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(`${dist}${file}`)).length, 0);
}

function chunk(prefix: string): string {
  const name = readdirSync(`${dist}chunks`).find((f) => f.startsWith(prefix) && f.endsWith('.js'));
  if (!name) throw new Error(`dist/chunks/${prefix}*.js is missing`);
  return `chunks/${name}`;
}

/** Prints the import's parse, check and create figures at 100 000 rows, and its sizes. */
export async function run(): Promise<void> {
  if (!existsSync(`${dist}import.js`)) {
    throw new Error('dist/import.js is missing: run `pnpm --filter @paylink/elements run build` first');
  }
  let api: MockServer | undefined;
  let server: Server | undefined;
  const browser = await launchBrowser();
  try {
    api = await startMockServer({ port: 0, onError: () => undefined });
    const csv = benchCsv();
    server = await serve({
      '/': ['text/html', page(api.url)],
      '/bench-page.js': ['text/javascript', PAGE_SCRIPT],
      '/bench.csv': ['text/csv', csv],
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.goto(url);
    await tab.waitForFunction(
      () => (window as unknown as { benchReady?: boolean }).benchReady === true,
      null,
      {
        timeout: 60_000,
      },
    );
    console.log(
      `file: ${ROWS.toLocaleString('en')} rows, ${kb(Buffer.byteLength(csv))}, 1 in ${BAD_EVERY} invalid`,
    );

    type Parse = {
      ms: number;
      longest: number;
      over200: number;
      over50: number;
      heading: string;
      counts: string[];
    };
    for (const [label, onPage] of [
      ['in the worker (default)', false],
      ['on the page (fallback)', true],
    ] as const) {
      const result = (await tab.evaluate(
        (page) => (window as unknown as { parse(onPage: boolean): Promise<unknown> }).parse(page),
        onPage,
      )) as Parse;
      const ok = result.ms <= BUDGET_MS && result.longest <= LONG_TASK_BUDGET_MS;
      console.log(
        `parse + check ${label}: ${(result.ms / 1000).toFixed(2)} s (budget ≤ ${BUDGET_MS / 1000} s); ` +
          `longest main-thread task ${result.longest.toFixed(0)} ms (budget ≤ ${LONG_TASK_BUDGET_MS} ms), ` +
          `tasks over 200 ms: ${result.over200}, over 50 ms: ${result.over50} ${ok ? 'OK' : 'OVER'}`,
      );
      console.log(`  preview: ${result.counts.join(' · ')}`);
    }

    const created = (await tab.evaluate(() =>
      (window as unknown as { create(): Promise<unknown> }).create(),
    )) as { ms: number; longest: number; heading: string; counts: string[] };
    const count = Number((created.counts[0] ?? '').replace(/\D/g, ''));
    console.log(
      `create through the UI (chunks of 500, Node mock over HTTP): ${count.toLocaleString('en')} links in ` +
        `${(created.ms / 1000).toFixed(1)} s = ${Math.round(count / (created.ms / 1000)).toLocaleString('en')} rows/s; ` +
        `longest main-thread task ${created.longest.toFixed(0)} ms (${created.heading})`,
    );
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);

    const initial = gzipOf('import.js', chunk('import.shared-'));
    const worker = gzipOf(chunk('import-worker-'));
    console.log(
      `gzip: a page with only the import loads ${kb(initial)} (import.js + its shared chunk, English included), ` +
        `then the worker ${kb(worker)} when a file is chosen (${kb(initial + worker)} in all); ` +
        `page reader fallback ${kb(gzipOf(chunk('import.import-file-')))} (only where no worker starts)`,
    );
  } finally {
    await browser.close();
    await api?.close();
    server?.close();
  }
}
