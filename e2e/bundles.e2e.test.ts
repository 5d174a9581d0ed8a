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
      // /copy/… is a second copy of the same build, for the "two copies on one page" test.
      const body = readFileSync(dist + path.replace(/^\/copy\//, '/').slice(1), 'utf8');
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
  extra: { head?: string; script?: string } = {},
): Promise<{ page: Page; problems: string[]; requested: string[]; tokens: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  const requested: string[] = [];
  const tokens: string[] = [];
  collectErrors(page, problems);
  page.on('request', (request) => {
    requested.push(new URL(request.url()).pathname);
    if (request.url().startsWith(api.url)) tokens.push(request.headers().authorization ?? '');
  });
  const loader =
    tag === 'module'
      ? `<script type="module" src="/${bundle}"></script>`
      : `<script src="/${bundle}"></script>`;
  pages = {
    '/': [
      'text/html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Portal</title>${extra.head ?? ''}</head><body>
        <paylink-provider api-base="${api.url}/api">${element}</paylink-provider>
        <script src="/setup.js"></script>${loader}${extra.script ? '<script src="/extra.js"></script>' : ''}</body></html>`,
    ],
    '/extra.js': ['text/javascript', extra.script ?? ''],
    // Sets the token hook before the elements are defined: Lit keeps a property set before upgrade.
    '/setup.js': [
      'text/javascript',
      "document.querySelector('paylink-provider').getToken = () => 'portal-session';",
    ],
  };
  await page.goto(`${portalUrl}/`);
  return { page, problems, requested, tokens };
}

/** The two script-tag loaders and how a page loads each. */
const LOADERS = [
  ['paylink-elements.iife.js', 'classic'],
  ['paylink-elements.js', 'module'],
] as const;

for (const [bundle, tag] of LOADERS) {
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

for (const [bundle, tag] of LOADERS) {
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

for (const [bundle, tag] of LOADERS) {
  test(`${bundle}: a page with only the list downloads only the list's chunks; the provider's token is used`, async () => {
    const { page, problems, requested, tokens } = await openPortal(bundle, tag);
    await page.locator('paylink-list').getByRole('row').nth(1).waitFor();
    const components = requested.filter((path) => path.startsWith('/components/')).sort();
    assert.deepEqual(components, ['/components/paylink-list.js', '/components/paylink-provider.js']);
    assert.ok(
      !requested.some((path) => /import-worker|floating-ui|bulk-actions|uqr/.test(path)),
      requested.join(' '),
    );
    // The list's chunk may arrive before the provider's: its requests still carry the provider's token.
    assert.ok(
      tokens.length > 0 && tokens.every((token) => token === 'Bearer portal-session'),
      tokens.join(', '),
    );
    // Lazy parts arrive on first use: the More actions menu.
    await page.locator('paylink-list').getByRole('button', { name: 'More actions' }).click();
    await page.locator('paylink-list').getByRole('menuitem', { name: 'Export' }).waitFor();
    assert.ok(requested.some((path) => /bulk-actions/.test(path)));
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  test(`${bundle}: defines elements added later, inside shadow roots, and on preload()`, async () => {
    const { page, problems } = await openPortal(bundle, tag, '', {
      script: `
        // Added after the loader ran: in the document, and in a shadow root of the page's own.
        setTimeout(() => {
          const payPage = document.createElement('paylink-pay-page');
          payPage.setAttribute('token', 'no-such-token');
          payPage.setAttribute('api-base', ${JSON.stringify(`${api.url}/api`)});
          document.body.append(payPage);
          const host = document.createElement('div');
          host.id = 'host';
          document.body.append(host);
          const list = document.createElement('paylink-list');
          list.setAttribute('api-base', ${JSON.stringify(`${api.url}/api`)});
          list.getToken = () => 'shadow-session';
          host.attachShadow({ mode: 'open' }).append(list);
        }, 300);`,
    });
    await page.locator('paylink-pay-page').getByRole('heading').first().waitFor();
    // playwright's locators pierce open shadow roots: the list inside #host's shadow root renders rows.
    await page.locator('#host paylink-list').getByRole('row').nth(1).waitFor();
    const defined = await page.evaluate(async (kind) => {
      type Loader = { preload(...tags: string[]): Promise<void> };
      // The module's exports, or the classic script's global.
      const loader: Loader =
        kind === 'module'
          ? await import(`${location.origin}/paylink-elements.js`)
          : (window as unknown as { PaylinkElements: Loader }).PaylinkElements;
      const before = customElements.get('paylink-create-form') !== undefined;
      await loader.preload('paylink-create-form', 'paylink-import');
      let unknown = '';
      await loader.preload('paylink-nope').catch((error: Error) => {
        unknown = error.message;
      });
      return {
        before,
        after: ['paylink-create-form', 'paylink-import'].every((t) => customElements.get(t)),
        unknown,
      };
    }, tag);
    assert.deepEqual(defined.before, false);
    assert.equal(defined.after, true);
    assert.match(defined.unknown, /unknown element paylink-nope/);
    // The one expected failure: the API's 404 for the pay token that does not exist (on purpose).
    assert.deepEqual(
      problems.filter((problem) => !problem.includes('status of 404')),
      [],
    );
    assert.ok(problems.length <= 1, problems.join('\n'));
    await page.context().close();
  });
}

test('two copies of the loader, the classic one and pay-page.js on one page: no error, one copy defines each tag', async () => {
  const { page, problems } = await openPortal(
    'paylink-elements.js',
    'module',
    '<paylink-list></paylink-list>',
    {
      head: '<script src="/copy/paylink-elements.iife.js"></script><script type="module" src="/copy/paylink-elements.js"></script><script type="module" src="/pay-page.js"></script>',
    },
  );
  await page.locator('paylink-list').getByRole('row').nth(1).waitFor();
  const defined = await page.evaluate(async () => {
    type Loader = { preload(...tags: string[]): Promise<void>; base: string };
    const classic = (window as unknown as { PaylinkElements: Loader }).PaylinkElements;
    await classic.preload('paylink-detail');
    const module: Loader = await import(`${location.origin}/paylink-elements.js`);
    await module.preload('paylink-create-form');
    return ['paylink-list', 'paylink-detail', 'paylink-create-form', 'paylink-pay-page'].filter(
      (tag) => customElements.get(tag) !== undefined,
    );
  });
  assert.deepEqual(defined, ['paylink-list', 'paylink-detail', 'paylink-create-form', 'paylink-pay-page']);
  assert.deepEqual(problems, []);
  await page.context().close();
});

for (const [bundle, tag] of LOADERS) {
  test(`${bundle}: setMessages() from the loader, called before the list's code loads, changes its text`, async () => {
    // Run before the loader's own script: a classic script after it, or a module that imports it.
    const script =
      tag === 'classic'
        ? "PaylinkElements.setMessages('list', 'en', { newLink: 'Create a link' });"
        : "import('/paylink-elements.js').then((loader) => loader.setMessages('list', 'en', { newLink: 'Create a link' }));";
    const { page, problems } = await openPortal(bundle, tag, '<paylink-list></paylink-list>', { script });
    await page.locator('paylink-list').getByRole('button', { name: 'Create a link' }).waitFor();
    assert.equal(
      await page.locator('paylink-list').getByRole('button', { name: 'New payment link' }).count(),
      0,
    );
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}
