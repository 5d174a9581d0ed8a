import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The demo: a merchant portal (index.html) with a customer record (customer.html), the customer pay page (pay.html) and the mock PSP's
// checkout (psp.html), all on the in-browser mock backend (msw's service worker from public/).
// `vite` serves it for development; `vite build` + `vite preview` is what the end-to-end tests drive.
export default defineConfig({
  root: import.meta.dirname,
  resolve: {
    conditions: ['paylink-source', 'module', 'browser', 'development|production', 'default'],
    // Keeps the public-suffix list out of the in-browser mock (see src/registrable-domain.ts).
    alias: { tldts: resolve(import.meta.dirname, 'src/registrable-domain.ts') },
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
        portal: resolve(import.meta.dirname, 'index.html'),
        customer: resolve(import.meta.dirname, 'customer.html'),
        pay: resolve(import.meta.dirname, 'pay.html'),
        psp: resolve(import.meta.dirname, 'psp.html'),
      },
    },
  },
});
