import { defineConfig } from 'vite';

// Bundles one page-sized entry from size/ (`--mode create-form`) the way an app's vite build bundles
// the npm package (dist/, minified, every dependency inside), so size-limit measures what a browser
// really downloads for an app page that shows only that element.
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
  // The published build (dist/), as an app resolves it: no 'paylink-source' condition.
  resolve: { conditions: ['module', 'browser', 'production', 'default'] },
}));
