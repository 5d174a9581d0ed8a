// The script-tag bundles as a merchant portal uses them: a classic <script> (IIFE) or a module, on a
// page of one origin, talking to the real Node mock server on another, under a strict CSP.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type MockServer, startMockServer } from '@paylink/mock-backend/node';
import type { Browser, Page } from 'playwright-core';
import { collectErrors, launchBrowser } from './support/harness.ts';

const dist = fileURLToPath(new URL('../packages/elements/dist/', import.meta.url));
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http://127.0.0.1:*";

let api: MockServer;
let browser: Browser;
let portal: Server;
let portalUrl: string;
/** What the portal server answers, by path; the built bundles are served from dist/. */
let pages: Record<string, [contentType: string, body: string]> = {};

before(async () => {
  api = await startMockServer({ port: 0, seed: 40 });
  browser = await launchBrowser();
  // A real loopback server, not page.route: Chromium only lets a loopback page call the loopback API.
  portal = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://portal').pathname;
    if (path === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    const page = pages[path];
    if (page) {
      response.writeHead(200, { 'content-type': page[0], 'content-security-policy': CSP });
      response.end(page[1]);
      return;
    }
    try {
      const body = readFileSync(dist + path.slice(1), 'utf8');
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
  portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
});

after(async () => {
  await browser?.close();
  await api?.close();
  await new Promise((resolve) => portal?.close(resolve));
});

/** Serves a portal page that loads `bundle` the way `tag` says, and collects what goes wrong. */
async function openPortal(
  bundle: string,
  tag: 'classic' | 'module',
  element = '<paylink-list></paylink-list>',
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  collectErrors(page, problems);
  const loader =
    tag === 'module'
      ? `<script type="module" src="/${bundle}"></script>`
      : `<script src="/${bundle}"></script>`;
  pages = {
    '/': [
      'text/html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title></head><body>
        <paylink-provider api-base="${api.url}/api">${element}</paylink-provider>
        <script src="/setup.js"></script>${loader}</body></html>`,
    ],
    // Sets the token hook before the elements are defined: Lit keeps a property set before upgrade.
    '/setup.js': [
      'text/javascript',
      "document.querySelector('paylink-provider').getToken = () => 'portal-session';",
    ],
  };
  await page.goto(`${portalUrl}/`);
  return { page, problems };
}

for (const [bundle, tag] of [
  ['paylink-elements.iife.js', 'classic'],
  ['paylink-elements.js', 'module'],
] as const) {
  test(`${bundle} in a ${tag} <script> lists links from an API on another origin`, async () => {
    const { page, problems } = await openPortal(bundle, tag);
    const list = page.locator('paylink-list');
    await list.getByRole('row').nth(1).waitFor();
    assert.ok((await list.getByRole('row').count()) > 1, 'rows from the Node mock server');
    await list.getByRole('button', { name: 'New payment link' }).waitFor();
    if (tag === 'classic') {
      assert.equal(
        await page.evaluate(() => typeof (window as unknown as { PaylinkElements?: object }).PaylinkElements),
        'object',
      );
    }
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}

for (const [bundle, tag] of [
  ['paylink-elements.iife.js', 'classic'],
  ['paylink-elements.js', 'module'],
] as const) {
  test(`${bundle} in a ${tag} <script> imports a CSV file, read in the import's worker under the page's CSP`, async () => {
    const { page, problems } = await openPortal(bundle, tag, '<paylink-import></paylink-import>');
    const importer = page.locator('paylink-import');
    await importer.getByLabel('CSV file').setInputFiles({
      name: 'links.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Amount,Title,Customer name\r\n12.50,Bundle import,Ada\r\n0,Bad row,Bob\r\n'),
    });
    await importer.getByRole('heading', { name: 'Check the file before importing' }).waitFor();
    // The worker is its own module file next to the bundle (chunks/import-worker-*.js): allowed by
    // script-src 'self', where a blob: worker would not be.
    assert.ok(
      page.workers().some((worker) => /\/chunks\/import-worker-[\w-]+\.js$/.test(worker.url())),
      `an import worker among ${page
        .workers()
        .map((w) => w.url())
        .join(', ')}`,
    );
    await importer.getByRole('button', { name: 'Import', exact: true }).click();
    await importer.getByRole('heading', { name: 'Import finished' }).waitFor();
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}
