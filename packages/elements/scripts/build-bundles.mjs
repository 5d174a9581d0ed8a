// Builds the script-tag bundles with vite's API (one call per output: an IIFE cannot share chunks):
//   dist/paylink-elements.js       every element, ES module (languages as lazy chunks)
//   dist/paylink-elements.iife.js  the same for a classic <script> (global PaylinkElements)
//   dist/pay-page.js               only <paylink-pay-page>, ES module
//   dist/import.js                 only <paylink-import> (and <paylink-provider>), ES module
//   dist/chunks/import-worker-*.js <paylink-import>'s Web Worker (an ES module file of its own, so it
//                                  starts under `script-src 'self'`), found next to the bundle
import { build } from 'vite';

const outputs = [
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

for (const { entry, format, fileName } of outputs) {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
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
      lib: { entry, formats: [format], name: 'PaylinkElements', fileName: () => fileName },
      rollupOptions: {
        output: {
          chunkFileNames: chunkNames(fileName.replace(/\.js$/, '')),
          codeSplitting: format !== 'iife',
          intro: format === 'iife' ? iife.intro : undefined,
          // Library mode keeps whitespace in ES output so other bundlers can tree-shake it; these
          // bundles are what a page loads as is, so they are minified fully.
          minify: true,
        },
      },
    },
  });
}
