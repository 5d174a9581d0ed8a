// The npm build in the two example apps, React 19 (examples/react) and Vue 3 (examples/vue): each is
// built with vite from the published entry points (`dist`), served from one loopback origin under a
// strict CSP, and talks to the real Node mock server on another. What the framework does is what is
// tested: `getToken` set as a property (every request carries its token), `paylink-select`,
// `paylink-create-request` and `paylink-created` handled by the framework's own event binding.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type MockServer, startMockServer } from '@paylink/mock-backend/node';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { collectErrors, launchBrowser } from './support/harness.ts';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http://127.0.0.1:*";
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Each app, with the token its `getToken` returns (src/App.tsx, src/App.vue). */
const APPS = [
  { name: 'react', token: 'react-example-token' },
  { name: 'vue', token: 'vue-example-token' },
] as const;

let api: MockServer;
let browser: Browser;
const servers: Server[] = [];
const origins = new Map<string, string>();

/** Serves an app's built `dist/` (index.html at `/`) with the CSP header on every answer. */
async function serve(dist: string): Promise<string> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://app').pathname;
    if (path === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    const file = path === '/' ? 'index.html' : path.slice(1);
    try {
      const body = readFileSync(dist + file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-security-policy': CSP });
      response.end();
    }
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

before(async () => {
  // Built here, so the test always runs the apps as they are now (`pnpm run build` builds the
  // elements they import first).
  for (const { name } of APPS) {
    const root = fileURLToPath(new URL(`../examples/${name}/`, import.meta.url));
    await build({ root, logLevel: 'error' });
    origins.set(name, await serve(`${root}dist/`));
  }
  api = await startMockServer({ port: 0, seed: 40 });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await api?.close();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

/** Opens an app against the mock server, recording errors and the Authorization of each API request. */
async function open(
  app: string,
  viewport: { width: number; height: number },
): Promise<{ page: Page; problems: string[]; authorizations: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  const authorizations: string[] = [];
  collectErrors(page, problems);
  page.on('request', (request) => {
    if (request.url().startsWith(`${api.url}/api/`)) {
      authorizations.push(request.headers().authorization ?? '(none)');
    }
  });
  await page.goto(`${origins.get(app)}/?api=${encodeURIComponent(`${api.url}/api`)}`);
  return { page, problems, authorizations };
}

/** The title of the first link the list shows (its first row after the header). */
async function firstTitle(page: Page): Promise<string> {
  const row = page.locator('paylink-list').getByRole('row').nth(1);
  await row.waitFor();
  const select = row.getByRole('checkbox', { name: /^Select / });
  return ((await select.getAttribute('aria-label')) ?? '').replace(/^Select /, '');
}

async function noSidewaysScroll(page: Page): Promise<void> {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  assert.ok(scroll <= width, `page scrolls sideways: ${scroll} > ${width}`);
}

for (const { name, token } of APPS) {
  describe(`examples/${name}`, () => {
    test('lists links with its token, shows the selected one, creates one and lists it', async () => {
      const { page, problems, authorizations } = await open(name, { width: 1280, height: 800 });
      const list = page.locator('paylink-list');
      const title = await firstTitle(page);
      assert.ok((await list.getByRole('row').count()) > 2, 'rows from the Node mock server');
      assert.ok(authorizations.length > 0, 'the list asked the API');
      assert.deepEqual([...new Set(authorizations)], [`Bearer ${token}`], 'getToken reached the elements');

      // paylink-select, handled by the framework, puts the link in <paylink-detail>.
      assert.equal(await page.locator('paylink-detail').count(), 0);
      await list.getByRole('button', { name: title, exact: true }).first().click();
      await page.locator('paylink-detail').getByRole('heading', { level: 2, name: title }).waitFor();

      // paylink-create-request (New payment link) moves focus into the form.
      const form = page.locator('paylink-create-form');
      await list.getByRole('button', { name: 'New payment link' }).click();
      await page.waitForFunction(() => document.activeElement?.localName === 'paylink-create-form');

      // paylink-created, handled by the framework: "Created <title>" in the live region, and the list.
      const created = `${name} example ${Date.now()}`;
      await form.getByRole('textbox', { name: 'Amount', exact: true }).fill('12.50');
      await form.getByRole('textbox', { name: 'Title' }).fill(created);
      await form.getByRole('combobox', { name: 'Customer name' }).fill('Ada Lovelace');
      await form.getByRole('button', { name: 'Create payment link' }).click();
      const status = page.getByRole('status').filter({ hasText: `Created ${created}` });
      await status.waitFor();
      assert.equal((await status.textContent())?.trim(), `Created ${created}`);
      await list.getByRole('row').filter({ hasText: created }).waitFor();

      assert.deepEqual([...new Set(authorizations)], [`Bearer ${token}`]);
      assert.deepEqual(problems, [], 'no console errors or CSP violations');
      await page.context().close();
    });

    test('fits a 390 × 844 phone: no sideways scroll with the list, a detail and the form', async () => {
      const { page, problems } = await open(name, { width: 390, height: 844 });
      const title = await firstTitle(page);
      await noSidewaysScroll(page);
      await page.locator('paylink-list').getByRole('button', { name: title, exact: true }).first().click();
      await page.locator('paylink-detail').getByRole('heading', { level: 2, name: title }).waitFor();
      await page
        .locator('paylink-create-form')
        .getByRole('button', { name: 'Create payment link' })
        .waitFor();
      await noSidewaysScroll(page);
      assert.deepEqual(problems, []);
      await page.context().close();
    });
  });
}
