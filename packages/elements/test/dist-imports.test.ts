// The npm build (tsc) must rewrite every relative import to the emitted `.js` file: a `.ts`
// specifier left in dist/ breaks every app bundler and Node. (tsc skips `import()` inside a
// decorated class, which is how one slipped through.) Run `pnpm run build` first.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? jsFiles(join(dir, entry.name))
      : entry.name.endsWith('.js')
        ? [join(dir, entry.name)]
        : [],
  );
}

test('no module in dist/ imports a .ts file', () => {
  const files = jsFiles(dist);
  assert.ok(files.length > 50, `dist/ has ${files.length} .js files: run the build first`);
  const offenders = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:from\s*|import\s*\(\s*)["'](\.{1,2}\/[^"']+\.ts)["']/g)].map(
      (m) => `${file.slice(dist.length)}: ${m[1]}`,
    ),
  );
  assert.deepEqual(offenders, []);
});
