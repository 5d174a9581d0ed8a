import { defineConfig } from 'vite';

// Bundles one page-sized entry from size/ (`--mode create-form`), minified, with every dependency
// inside, so size-limit measures what a browser really downloads for a page that shows only that
// element. Not the npm build (tsc) nor the script-tag bundles (scripts/build-bundles.mjs).
export default defineConfig(({ mode }) => ({
  publicDir: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist-size',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    reportCompressedSize: false,
    lib: { entry: `size/${mode}.ts`, formats: ['es'], fileName: () => `${mode}.js` },
    rollupOptions: {
      output: {
        // The QR encoder is a lazy chunk of its own (the create form loads it once a link exists).
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/node_modules/uqr/')
            ? 'chunks/uqr-[hash].js'
            : 'chunks/[name]-[hash].js',
        minify: true,
      },
    },
  },
  resolve: { conditions: ['paylink-source', 'module', 'browser', 'production', 'default'] },
}));
