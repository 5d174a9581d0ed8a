import { defineConfig } from 'vite';

// Bundles one entry (`--mode full` or `--mode pay`) with ky and zod/mini inside, minified, so
// size-limit measures what a browser really downloads. One build per entry: a shared build would
// split common code into a chunk and hide it from both budgets. Not the npm build (that is tsc).
export default defineConfig(({ mode }) => ({
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist-size',
    emptyOutDir: mode === 'full',
    target: 'es2022',
    minify: true,
    reportCompressedSize: false,
    lib: { entry: `size/${mode}.ts`, formats: ['es'], fileName: () => `${mode}.js` },
  },
  resolve: { conditions: ['paylink-source', 'browser', 'module', 'import', 'default'] },
}));
