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
        output: { chunkFileNames: 'chunks/[name]-[hash].js', inlineDynamicImports: format === 'iife' },
      },
    },
  });
}
