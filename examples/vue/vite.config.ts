import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// `isCustomElement` tells Vue's compiler the <paylink-*> tags are custom elements, not Vue
// components. `pnpm run mock` serves the API the dev server proxies to; the built app is static
// files (`base: './'`) that work from any folder.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('paylink-') } } })],
  base: './',
  server: { host: '127.0.0.1', proxy: { '/api': 'http://127.0.0.1:4010' } },
  build: { outDir: 'dist' },
});
