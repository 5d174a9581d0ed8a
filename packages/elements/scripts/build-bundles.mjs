// Builds the script-tag bundles with vite's API (one call per output: an IIFE cannot share chunks):
//   dist/paylink-elements.js       every element, ES module (languages as lazy chunks)
//   dist/paylink-elements.iife.js  the same for a classic <script> (global PaylinkElements)
//   dist/pay-page.js               only <paylink-pay-page>, ES module
import { build } from 'vite';

const outputs = [
  { entry: 'src/bundles/paylink-elements.ts', format: 'es', fileName: 'paylink-elements.js' },
  { entry: 'src/bundles/paylink-elements.ts', format: 'iife', fileName: 'paylink-elements.iife.js' },
  { entry: 'src/bundles/pay-page.ts', format: 'es', fileName: 'pay-page.js' },
];

/**
 * Lazy locale chunks are named after their component (`chunks/list-nl-<hash>.js`), so two
 * components' Dutch files never share a name and size budgets can target one of them.
 */
function localeAwareChunkName(chunk) {
  const id = chunk.facadeModuleId ?? '';
  // The QR encoder, loaded by the create form only once a link exists.
  if (id.includes('/node_modules/uqr/')) return 'chunks/uqr-[hash].js';
  const match = id.match(/\/src\/([\w-]+)\/locales\/([\w-]+)\.ts$/);
  if (!match) return 'chunks/[name]-[hash].js';
  const [, component, file] = match;
  return file.startsWith(`${component}-`)
    ? `chunks/${file}-[hash].js`
    : `chunks/${component}-${file}-[hash].js`;
}

for (const { entry, format, fileName } of outputs) {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    resolve: { conditions: ['paylink-source', 'module', 'browser', 'production', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry, formats: [format], name: 'PaylinkElements', fileName: () => fileName },
      rollupOptions: {
        output: {
          chunkFileNames: localeAwareChunkName,
          codeSplitting: format !== 'iife',
          // Library mode keeps whitespace in ES output so other bundlers can tree-shake it; these
          // bundles are what a page loads as is, so they are minified fully.
          minify: true,
        },
      },
    },
  });
}
