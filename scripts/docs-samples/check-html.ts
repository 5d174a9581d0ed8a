// Runs an html sample as a merchant's page: served from a loopback server with a strict CSP, the built
// `dist/` answering the docs' CDN URLs, the page files the doc gives (`// /portal.js` blocks), the
// API pointed at the Node mock server on another origin. In Chromium it must log no error and no CSP
// violation, and every `paylink-*` tag it holds must get defined and render real content.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import { collectErrors } from '../../e2e/support/harness.ts';
import type { Bundle } from './check-code.ts';
import type { Environment } from './environment.ts';
import { type Block, where } from './markdown.ts';
import { rewriteUrls, SESSION_TOKEN, TOKEN_ROUTE } from './placeholders.ts';

/** The policy every sample page is served with (what the docs tell merchants to send). */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http://127.0.0.1:*";

/** Where the page server answers the docs' CDN prefix (same origin, so `script-src 'self'` covers it). */
const CDN_PATH = '/cdn/';
const SCRIPT_PATH = '/__sample/';
/**
 * Where `msw init <public dir>` puts msw's service worker, as a page with the browser mock
 * (`startMockWorker()` of `@paylink/mock-backend/browser`) serves it.
 */
const MSW_WORKER_PATH = '/mockServiceWorker.js';

/** msw's worker script, of the msw the mock backend uses (the worker and its page must match). */
function mswWorker(root: string): Buffer {
  const msw = createRequire(join(root, 'packages/mock-backend/package.json')).resolve('msw/package.json');
  return readFileSync(join(dirname(msw), 'lib', 'mockServiceWorker.js'));
}

/** What each tag shows once it works, found through its parts (any language). */
const RENDERED: Record<string, { selector: string; what: string } | null> = {
  'paylink-provider': null,
  'paylink-list': { selector: '[part~="badge"]', what: 'a row with a status badge' },
  'paylink-pay-page': { selector: '[part~="pay-button"]', what: 'its Pay button' },
  'paylink-detail': { selector: '[part~="title"]', what: "the link's title" },
  'paylink-create-form': { selector: '[part~="create-button"]', what: 'its Create button' },
  'paylink-import': { selector: '[part~="drop-zone"]', what: 'its file drop zone' },
};

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
};
const PLACEHOLDER_IMAGE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#1f4fd1"/></svg>';

/** An html sample, the page files its doc gives, and the bundled ts sample that goes with it. */
export interface PageSample {
  html: Block;
  /** The doc's `// /path.js` and `/* /path.css *\/` blocks by URL path. */
  files: Map<string, Block>;
  /** A browser ts/js sample, bundled, whose entry is loaded at the end of the page. */
  script?: { block: Block; bundle: Bundle };
}

function isFullDocument(html: string): boolean {
  return /^\s*(<!doctype\s|<html[\s>])/i.test(html);
}

/** The page the sample is, with its placeholders pointed at this run's servers. */
function pageHtml(env: Environment, sample: PageSample, ids: { token: string; linkId: string }): string {
  let html = rewriteUrls(sample.html.code, { cdn: CDN_PATH, api: env.mock.url })
    .replace(/(<paylink-pay-page\b[^>]*?\btoken=")[^"]*"/g, `$1${ids.token}"`)
    .replace(/(<paylink-detail\b[^>]*?\blink-id=")[^"]*"/g, `$1${ids.linkId}"`);
  const extra = sample.script
    ? `<script type="module" src="${SCRIPT_PATH}${sample.script.bundle.entry}"></script>`
    : // Markup alone is what an app shows after importing the define modules: load the bundle for it.
      /<script\b/i.test(html)
      ? ''
      : `<script type="module" src="${CDN_PATH}paylink-elements.js"></script>`;
  if (!isFullDocument(html)) {
    html = `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Docs sample</title></head>\n<body>\n${html}\n</body>\n</html>`;
  }
  return extra ? html.replace(/<\/body>/i, `${extra}\n</body>`) : html;
}

/** Local URLs the page names (`src="/portal.js"`, `href="/styles/app.css"`). */
function localUrls(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)="(\/(?!\/)[^"?#]*)/g)].map((match) => match[1]!);
}

/** Answers the sample page's requests; returns its origin and a close function. */
async function servePage(
  env: Environment,
  answer: (path: string) => { type: string; body: string | Buffer } | undefined,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://page');
      // The API on the page's own origin (`api-base="/api"`, the default): forwarded to the mock.
      if (/^\/(api|psp|__mock)\//.test(url.pathname)) {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers)) {
          if (typeof value === 'string' && name !== 'host' && name !== 'origin') headers.set(name, value);
        }
        const upstream = await fetch(`${env.mock.url}${url.pathname}${url.search}`, {
          method: request.method ?? 'GET',
          headers,
          ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
          redirect: 'manual',
        });
        const answerHeaders = Object.fromEntries(upstream.headers);
        // fetch has already decoded the body and will give its length.
        for (const name of ['content-encoding', 'content-length', 'transfer-encoding'])
          delete answerHeaders[name];
        response.writeHead(upstream.status, answerHeaders);
        response.end(Buffer.from(await upstream.arrayBuffer()));
        return;
      }
      const found = answer(url.pathname);
      if (!found) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
        return;
      }
      response.writeHead(200, {
        'content-type': found.type,
        'content-security-policy': PAGE_CSP,
        'cache-control': 'no-store',
      });
      response.end(found.body);
    })().catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Runs the page; throws with every problem found. */
export async function checkPage(env: Environment, sample: PageSample): Promise<void> {
  const problems: string[] = [];
  const link = env.mock.engine.createLink({
    amount: 1250,
    title: 'Docs sample',
    customer: { name: 'Ada Lovelace', email: 'ada@example.com' },
  });
  const ids = { token: link.token, linkId: link.id };
  const html = pageHtml(env, sample, ids);
  const label = where(sample.html);

  for (const path of localUrls(html)) {
    // The page itself (a link home), the dist/ folder, bundled samples and images are always there.
    if (
      path === '/' ||
      path.startsWith(CDN_PATH) ||
      path.startsWith(SCRIPT_PATH) ||
      /\.(svg|png|ico)$/.test(path)
    ) {
      continue;
    }
    if (!sample.files.has(path)) {
      problems.push(
        `${label}: the page loads ${path}, but ${sample.html.doc} gives no block for it (a js block starting "// ${path}")`,
      );
    }
  }

  const page = await servePage(env, (path) => {
    if (path === '/') return { type: 'text/html; charset=utf-8', body: html };
    if (path === TOKEN_ROUTE)
      return { type: 'application/json', body: JSON.stringify({ token: SESSION_TOKEN }) };
    if (path === MSW_WORKER_PATH) return { type: 'text/javascript', body: mswWorker(env.root) };
    const file = sample.files.get(path);
    if (file) {
      return {
        type: TYPES[extname(path)] ?? 'text/plain',
        body: rewriteUrls(file.code, { cdn: CDN_PATH, api: env.mock.url }),
      };
    }
    const bundled = path.startsWith(SCRIPT_PATH)
      ? sample.script?.bundle.files.get(path.slice(SCRIPT_PATH.length))
      : undefined;
    if (bundled !== undefined) return { type: TYPES[extname(path)] ?? 'text/plain', body: bundled };
    if (path.startsWith(CDN_PATH)) {
      const target = normalize(join(env.dist, path.slice(CDN_PATH.length)));
      if (!target.startsWith(env.dist) || !existsSync(target) || !statSync(target).isFile()) return undefined;
      return { type: TYPES[extname(target)] ?? 'application/octet-stream', body: readFileSync(target) };
    }
    if (/\.(svg|png|ico)$/.test(path)) return { type: 'image/svg+xml', body: PLACEHOLDER_IMAGE };
    return undefined;
  });

  const browser = await env.browser();
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const errors: string[] = [];
    collectErrors(tab, errors);
    await tab.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
      });
    });
    await tab.goto(`${page.origin}/?token=${encodeURIComponent(ids.token)}`, { waitUntil: 'load' });

    const tags = [...new Set([...html.matchAll(/<(paylink-[a-z-]+)/g)].map((match) => match[1]!))];
    // Every tag at once: a page that fails waits once, not once per tag.
    const shown = await Promise.all(
      tags.map(async (tag): Promise<string | undefined> => {
        if (!(tag in RENDERED)) return `<${tag}> is not a Paylink element the docs test knows`;
        try {
          await tab.waitForFunction((name) => customElements.get(name) !== undefined, tag, {
            timeout: env.patience,
          });
        } catch {
          return `<${tag}> never got defined`;
        }
        const rendered = RENDERED[tag];
        if (!rendered) return undefined;
        try {
          await tab
            .locator(`${tag} ${rendered.selector}`)
            .first()
            .waitFor({ state: 'visible', timeout: env.patience });
        } catch {
          return `<${tag}> did not show ${rendered.what}`;
        }
        return undefined;
      }),
    );
    problems.push(
      ...shown.filter((problem) => problem !== undefined).map((problem) => `${label}: ${problem}`),
    );
    // Late failures: lazily loaded languages and chunks, the first feed poll.
    await tab.waitForTimeout(400);
    const violations = await tab.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    );
    problems.push(...violations.map((violation) => `${label}: CSP violation: ${violation}`));
    problems.push(...errors.map((error) => `${label}: console: ${error}`));
  } finally {
    await context.close();
    await page.close();
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
