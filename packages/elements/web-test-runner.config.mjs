// Component tests in Debian's Chromium: TypeScript through esbuild, msw's service worker served at
// "/" so its scope covers the test page, workspace packages resolved to their sources.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const repoPath = (path) => repoRoot + path.slice(1);

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Needed as root on a machine with no outside network.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

// papaparse ships only CommonJS/UMD, which the dev server serves untranslated; the mock backend's
// CSV import needs it as an ES module in the browser. (vite converts it for the demo and bundles.)
const papaparseAsEsm = {
  name: 'papaparse-as-esm',
  transform(context) {
    if (!/\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
    return {
      body: `const module = { exports: {} }; const exports = module.exports;\n(function (define) {\n${context.body}\n}).call(globalThis, undefined);\nexport default module.exports;\n`,
    };
  },
};

export default {
  rootDir: '../..',
  files: ['src/**/*.test.ts'],
  // 'browser' keeps msw off its Node build; 'development' gives Lit's dev-mode warnings;
  // 'paylink-source' resolves workspace packages to their TypeScript sources.
  nodeResolve: { exportConditions: ['browser', 'development', 'paylink-source'] },
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args } })],
  concurrency: 1,
  testFramework: { config: { timeout: 15000 } },
  plugins: [
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      // Set here, not only in tsconfig: the plugin does not follow "extends", and Lit's reactive
      // properties stop updating when class fields are emitted with [[Define]] semantics.
      tsconfig: '../../tsconfig.base.json',
    }),
    papaparseAsEsm,
  ],
  middleware: [
    function mockServiceWorker(ctx, next) {
      if (ctx.path === '/mockServiceWorker.js') ctx.url = '/demo/public/mockServiceWorker.js';
      return next();
    },
    // Sources name sibling modules by their built name (`new URL('./csv-worker.js', import.meta.url)`
    // for the import's worker, as tsc leaves it in dist); serve the TypeScript file under that name.
    function builtNameToSource(ctx, next) {
      if (ctx.path.startsWith('/packages/') && ctx.path.endsWith('.js')) {
        const source = ctx.path.replace(/\.js$/, '.ts');
        if (!existsSync(repoPath(ctx.path)) && existsSync(repoPath(source))) ctx.url = source;
      }
      return next();
    },
  ],
};
