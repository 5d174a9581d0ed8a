// `src/i18n/message-overrides.ts` is what the script-tag loader imports so a page can call
// `setMessages` before any component has loaded: it must stay tiny and pull in neither i18next nor
// Lit. Bundled here alone, minified, as the loader's build would.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const LIMIT = 1024;

test('message-overrides.ts bundles alone to under 1 KB minified, with no other module', async () => {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: 'src/i18n/message-overrides.ts', formats: ['es'], fileName: () => 'overrides.js' },
      rollupOptions: { output: { minify: true } },
    },
  });
  const [output] = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = output!.output.filter((file) => file.type === 'chunk');
  assert.equal(chunks.length, 1, 'one file, no lazy chunk');
  const [chunk] = chunks;
  assert.deepEqual(
    chunk!.moduleIds.map((id) => id.slice(root.length)),
    ['src/i18n/message-overrides.ts'],
    'imports nothing at run time (types only)',
  );
  // Library mode keeps `/* @__PURE__ */` marks for the next bundler; they are not shipped bytes.
  const size = Buffer.byteLength(chunk!.code.replaceAll('/* @__PURE__ */ ', ''));
  assert.ok(size < LIMIT, `${size} bytes minified; keep it under ${LIMIT}`);
  assert.match(chunk!.code, /export\s*\{[^}]*as setMessages/);
});
