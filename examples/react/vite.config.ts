import { defineConfig } from 'vite';

// Plain vite compiles the TSX (React's automatic JSX runtime). `pnpm run mock` serves the API the
// dev server proxies to; the built app is static files (`base: './'`) that work from any folder.
export default defineConfig({
  base: './',
  server: { host: '127.0.0.1', proxy: { '/api': 'http://127.0.0.1:4010' } },
  build: { outDir: 'dist' },
});
