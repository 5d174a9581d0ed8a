// Shared set-up of the end-to-end tests: serve the BUILT demo with `vite preview` on a free port and
// drive Debian's Chromium through playwright-core (browsers are never downloaded here).
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

const demoDir = fileURLToPath(new URL('../../demo/', import.meta.url));

/** Chromium flags needed as root on a machine with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches headless Debian Chromium (`CHROMIUM_PATH` overrides the path). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** A running preview of the built demo. */
export interface DemoServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

/** Serves `demo/dist` (run `pnpm --filter @paylink/demo run build` first) on 127.0.0.1. */
export async function startDemo(): Promise<DemoServer> {
  const port = await freePort();
  const vite = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      vite,
      'preview',
      '--config',
      fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: demoDir, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/`, 20_000);
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The built demo and a Chromium, started once for a test file (its `before`) and closed after it.
 * Read the fields inside tests; a file's own `before` hook awaits `ready` first (top-level hooks of
 * node:test do not wait for each other).
 */
export function useDemo(): { demo: DemoServer; browser: Browser; ready: Promise<void> } {
  let up: () => void = () => {};
  const started = { ready: new Promise<void>((resolve) => (up = resolve)) } as {
    demo: DemoServer;
    browser: Browser;
    ready: Promise<void>;
  };
  before(async () => {
    started.demo = await startDemo();
    started.browser = await launchBrowser();
    up();
  });
  after(async () => {
    await started.browser?.close();
    await started.demo?.close();
  });
  return started;
}

/** Collects a page's uncaught errors and console errors (a CSP violation is one) into `errors`. */
export function collectErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
}
