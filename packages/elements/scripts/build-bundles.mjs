// Builds the script-tag bundles with vite's API:
//   dist/paylink-elements.js       the loader, ES module: defines each tag on first use by importing
//                                  dist/components/<tag>.js from next to itself
//   dist/paylink-elements.iife.js  the same loader for a classic <script> (global PaylinkElements)
//   dist/components/<tag>.js       one chunk per element (its define module), sharing chunks/*.js
//   dist/pay-page.js               only <paylink-pay-page>, ES module, one file for checkout pages
//   dist/import.js                 only <paylink-import> (and <paylink-provider>), ES module
//   dist/chunks/import-worker-*.js <paylink-import>'s Web Worker (an ES module file of its own, so it
//                                  starts under `script-src 'self'`), found next to the chunk that starts it
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'vite';
import { minifyLitTemplates } from './minify-templates.mjs';

/**
 * Every element's define module by tag (`defineElement('paylink-list', …)` in `src/list/define.ts`):
 * the loader's chunks. `test/manifest.test.ts` checks the loader's tag list against the same files.
 */
function componentEntries() {
  const entries = {};
  for (const folder of readdirSync('src', { withFileTypes: true })) {
    let source;
    try {
      source = readFileSync(`src/${folder.name}/define.ts`, 'utf8');
    } catch {
      continue;
    }
    const tag = source.match(/defineElement\('([\w-]+)'/)?.[1];
    if (tag) entries[`components/${tag}`] = `src/${folder.name}/define.ts`;
  }
  return entries;
}

const outputs = [
  { entry: componentEntries(), format: 'es', fileName: (_format, name) => `${name}.js`, label: 'elements' },
  // The loader is a build of its own, so it never imports a chunk of the elements (the string
  // overrides' registry, ~0.5 KB, is in both).
  { entry: 'src/bundles/paylink-elements.ts', format: 'es', fileName: 'paylink-elements.js' },
  { entry: 'src/bundles/paylink-elements.ts', format: 'iife', fileName: 'paylink-elements.iife.js' },
  { entry: 'src/bundles/pay-page.ts', format: 'es', fileName: 'pay-page.js' },
  { entry: 'src/bundles/import.ts', format: 'es', fileName: 'import.js' },
];

/**
 * Lazy locale chunks are named after their component (`chunks/list-nl-<hash>.js`), so two
 * components' Dutch files never share a name and size budgets can target one of them. Other chunks
 * are the bundle's own (`chunks/import.shared-<hash>.js`: code the bundle shares with a lazy chunk
 * of its, such as the import's page reader), so each bundle's budget counts only its files.
 */
function chunkNames(bundle) {
  return (chunk) => {
    const id = chunk.facadeModuleId ?? '';
    // The QR encoder, loaded by the create form only once a link exists.
    if (id.includes('/node_modules/uqr/')) return 'chunks/uqr-[hash].js';
    const match = id.match(/\/src\/([\w-]+)\/locales\/([\w-]+)\.ts$/);
    if (!chunk.isDynamicEntry) return `chunks/${bundle}.shared-[hash].js`;
    if (!match) return `chunks/${bundle}.[name]-[hash].js`;
    const [, component, file] = match;
    return file.startsWith(`${component}-`)
      ? `chunks/${file}-[hash].js`
      : `chunks/${component}-${file}-[hash].js`;
  };
}

/**
 * How the element chunks share code: everything every element needs (Lit's core, i18next, the base
 * element, languages, the smallest shared helpers) in one chunk; the merchant API client, zod and the shared controllers in one
 * chunk once three elements use them; the rest as rolldown splits it (by the set of elements that
 * use a module), so a page never downloads code for an element it does not show. Measured against
 * other groupings (one shared chunk; rolldown's default): the smallest list page and total.
 */
const componentChunks = {
  groups: [
    {
      name: 'core',
      test: /lit-html[\\/](?!directives)|reactive-element|lit-element|i18next|elements[\\/]src[\\/](core|i18n|shared[\\/](debounce|css-props|download))[\\/]?/,
      priority: 2,
    },
    {
      name: 'merchant',
      test: /zod|packages[\\/]client|@lit[\\/]task|@lit[\\/]context|elements[\\/]src[\\/]shared/,
      minShareCount: 3,
      priority: 1,
    },
  ],
};

/**
 * A classic script has no `import.meta.url`: the IIFE notes its own `src` while it runs (when
 * `document.currentScript` is still set) and finds the worker's file relative to it, like the ES
 * bundle does relative to `import.meta.url`.
 */
const SCRIPT_URL = '__paylinkScriptUrl';
const iife = {
  define: { 'import.meta.url': SCRIPT_URL },
  intro: `var ${SCRIPT_URL}=typeof document<"u"&&document.currentScript&&document.currentScript.src||(typeof location<"u"?location.href:"");`,
  experimental: {
    renderBuiltUrl: (file) => ({ runtime: `new URL(${JSON.stringify(file)},${SCRIPT_URL}).href` }),
  },
};

for (const { entry, format, fileName, label } of outputs) {
  const components = typeof entry === 'object';
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: [minifyLitTemplates()],
    // Files the bundle loads (the import's worker) are found relative to the bundle, wherever it is served.
    base: './',
    resolve: { conditions: ['paylink-source', 'module', 'browser', 'production', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"', ...(format === 'iife' ? iife.define : {}) },
    experimental: format === 'iife' ? iife.experimental : {},
    worker: {
      format: 'es',
      rolldownOptions: {
        output: {
          entryFileNames: 'chunks/import-worker-[hash].js',
          chunkFileNames: 'chunks/import-worker-[name]-[hash].js',
        },
      },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: {
        entry,
        formats: [format],
        name: 'PaylinkElements',
        fileName: typeof fileName === 'function' ? fileName : () => fileName,
      },
      // The component graph (which shared chunks each element's chunk imports), read by the size budgets.
      manifest: components ? '.vite/components-manifest.json' : false,
      rollupOptions: {
        output: {
          chunkFileNames: chunkNames(label ?? fileName.replace(/\.js$/, '')),
          codeSplitting: format === 'iife' ? false : components ? componentChunks : true,
          intro: format === 'iife' ? iife.intro : undefined,
          // Library mode keeps whitespace in ES output so other bundlers can tree-shake it; these
          // bundles are what a page loads as is, so they are minified fully.
          minify: true,
        },
      },
    },
  });
}
