/**
 * Render benchmark of `<paylink-list>`: 500 links shown by the built script-tag bundle
 * (`dist/paylink-elements.js`, fed through a stub client so no network is measured) against a
 * hand-written DOM table of the same rows (createElement loop, same columns, Intl formatting).
 * Both are timed from creation to the first animation frame after their rows are in the DOM and
 * laid out, median of 15 runs each. Target: list ≤ 1.5 × table.
 *
 * Run `pnpm --filter @paylink/elements run build` first.
 * @module
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../../e2e/support/harness.ts';

const ROWS = 500;
const RUNS = 15;
const WARM_UP = 3;
const TARGET_RATIO = 1.5;

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>list bench</title>
<script type="module" src="/bench-page.js"></script></head><body></body></html>`;

// Runs in the page. Plain JS (the server sends it as is).
const PAGE_SCRIPT = `
import '/paylink-elements.js';

const ROWS = ${ROWS};
const STATUSES = ['created', 'clicked', 'paid', 'expired', 'declined'];
const now = Date.now();
const links = Array.from({ length: ROWS }, (_, i) => ({
  id: 'lnk_' + i, token: 'tok_'.padEnd(24, String(i % 10)), url: '/pay.html?token=' + i,
  status: STATUSES[i % 5], archived: false, amount: 500 + i * 37, currency: 'EUR',
  title: 'Invoice INV-2026-' + String(i).padStart(4, '0'), reference: 'PL-' + String(i).padStart(6, '0'),
  customer: { name: 'Customer ' + i }, language: 'en', methods: ['card'], origin: 'manual',
  refundedAmount: 0, createdAt: new Date(now - i * 3600e3).toISOString(), updatedAt: new Date(now).toISOString(),
  expiresAt: i % 3 ? new Date(now + i * 86400e3).toISOString() : undefined,
}));
const page = { items: links, nextCursor: null, total: ROWS };
const client = {
  links: { list: () => Promise.resolve(page), get: () => new Promise(() => {}) },
  customers: { list: () => Promise.resolve({ items: [] }) },
  feed: { poll: () => new Promise(() => {}), pages: async function* () { await new Promise(() => {}); } },
};

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

window.runList = async () => {
  const start = performance.now();
  const list = document.createElement('paylink-list');
  list.client = client;
  document.body.append(list);
  // Rows exist once the visible window is drawn.
  while (!list.shadowRoot?.querySelector('.body [role="row"]')) await frame();
  list.shadowRoot.querySelector('.body').getBoundingClientRect();
  await frame();
  const elapsed = performance.now() - start;
  list.remove();
  return elapsed;
};

window.runTable = async () => {
  const start = performance.now();
  const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' });
  const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const name of ['', 'Status', 'Amount', 'Title', 'Customer', 'Reference', 'Created', 'Expires']) {
    const th = document.createElement('th');
    th.textContent = name;
    head.append(th);
  }
  const body = table.createTBody();
  for (const link of links) {
    const row = body.insertRow();
    const check = document.createElement('input');
    check.type = 'checkbox';
    check.setAttribute('aria-label', 'Select ' + link.title);
    row.insertCell().append(check);
    const badge = document.createElement('span');
    badge.textContent = link.status[0].toUpperCase() + link.status.slice(1);
    row.insertCell().append(badge);
    row.insertCell().textContent = money.format(link.amount / 100);
    const title = document.createElement('button');
    title.textContent = link.title;
    row.insertCell().append(title);
    row.insertCell().textContent = link.customer.name;
    row.insertCell().textContent = link.reference;
    row.insertCell().textContent = date.format(new Date(link.createdAt));
    row.insertCell().textContent = link.expiresAt ? date.format(new Date(link.expiresAt)) : 'No expiry';
  }
  document.body.append(table);
  table.getBoundingClientRect();
  await frame();
  const elapsed = performance.now() - start;
  table.remove();
  return elapsed;
};
window.benchReady = true;
`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.css': 'text/css',
};

function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      return;
    }
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (path === '/bench-page.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(PAGE_SCRIPT);
      return;
    }
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        server,
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
      });
    }),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Prints the median time to render 500 rows with `<paylink-list>` and with a plain table, and the ratio. */
export async function run(): Promise<void> {
  if (!existsSync(join(dist, 'paylink-elements.js'))) {
    throw new Error(
      'dist/paylink-elements.js is missing: run `pnpm --filter @paylink/elements run build` first',
    );
  }
  const { server, url } = await serve();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true);
    const times = { list: [] as number[], table: [] as number[] };
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      // Alternate so that warm-up, GC and caches favour neither side.
      for (const kind of i % 2 ? (['table', 'list'] as const) : (['list', 'table'] as const)) {
        const fn = kind === 'list' ? 'runList' : 'runTable';
        const ms = await page.evaluate(
          (name) => (window as unknown as Record<string, () => Promise<number>>)[name]!(),
          fn,
        );
        if (i >= WARM_UP) times[kind].push(ms);
      }
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    const list = median(times.list);
    const table = median(times.table);
    const ratio = list / table;
    console.log(`<paylink-list>, ${ROWS} rows: median ${list.toFixed(1)} ms over ${RUNS} runs`);
    console.log(`plain DOM table, ${ROWS} rows: median ${table.toFixed(1)} ms over ${RUNS} runs`);
    console.log(
      `ratio list/table: ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO}) ${ratio <= TARGET_RATIO ? 'OK' : 'OVER'}`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
