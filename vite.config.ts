import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const demo = resolve(import.meta.dirname, 'demo');

// The workspace's app: the demo in demo/ — a merchant portal (index.html) with a customer record
// (customer.html), the customer pay page (pay.html) and the mock PSP's checkout (psp.html), all on the
// in-browser mock backend (msw's service worker from demo/public/), built from the packages' sources.
// `pnpm run demo` serves it for development; `vite build` + `vite preview` is what the end-to-end
// tests drive. (The published builds have their own: packages/elements/scripts/build-bundles.mjs for
// the script-tag bundles, tsc for npm; the example apps in examples/ have theirs.)
export default defineConfig({
  root: demo,
  resolve: {
    conditions: ['paylink-source', 'module', 'browser', 'development|production', 'default'],
    // Keeps the public-suffix list out of the in-browser mock (see src/registrable-domain.ts).
    alias: { tldts: resolve(demo, 'src/registrable-domain.ts') },
  },
  server: { host: '127.0.0.1', port: 5173 },
  // The built demo is served under a strict CSP, so every end-to-end test also proves the elements need
  // no inline script, inline style or eval. (The dev server injects <style> tags for hot reload.)
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'" },
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    rollupOptions: {
      input: {
        portal: resolve(demo, 'index.html'),
        customer: resolve(demo, 'customer.html'),
        pay: resolve(demo, 'pay.html'),
        psp: resolve(demo, 'psp.html'),
      },
    },
  },
});
