// Importing any entry point of the published packages in plain Node, from their built `dist` (no
// `--conditions=paylink-source`, no DOM, no polyfills), does not throw, does not look at `window` or
// `document`, and registers no element: server-side code, test runners and bundlers' analysis import
// them there. Every entry of each `exports` map is tried, including each component's `define` module
// and every file a wildcard subpath reaches in `dist`. Run `pnpm run build` first.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type PackageEntry, packageEntries } from './support/package-entries.ts';
import { importProblems, runImportCheck } from './support/run-import-check.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['client', 'mock-backend', 'elements'].map((name) => join(root, 'packages', name));

/**
 * Entries imported each in a process of its own: every exact subpath, each `define` module and each
 * file at the top of `dist`. The remaining wildcard files (internal modules) share one process.
 */
function alone(entry: PackageEntry): boolean {
  const subpath = entry.specifier.split('/').slice(2).join('/');
  return !entry.wildcard || !subpath.includes('/') || subpath.endsWith('/define');
}

for (const dir of PACKAGES) {
  const entries = packageEntries(dir);
  const name = entries[0]?.specifier ?? dir;

  describe(`${name} in Node`, () => {
    test('has a built dist with its entries', () => {
      assert.ok(existsSync(join(dir, 'dist')), `${dir}/dist is missing: run pnpm run build`);
      assert.ok(entries.length > 0);
      for (const entry of entries)
        assert.ok(existsSync(join(dir, entry.file)), `${entry.specifier}: ${entry.file}`);
    });

    for (const entry of entries.filter(alone)) {
      test(`import '${entry.specifier}'`, async () => {
        const results = await runImportCheck(dir, [entry], PACKAGES);
        assert.equal(results.length, 1);
        assert.deepEqual(importProblems(results), []);
        assert.equal(results[0]?.resolved, new URL(entry.file, `file://${dir}/`).href);
      });
    }

    const rest = entries.filter((entry) => !alone(entry));
    if (rest.length > 0) {
      test(`import each of the other ${rest.length} modules a wildcard subpath reaches`, async () => {
        const results = await runImportCheck(dir, rest, PACKAGES);
        assert.equal(results.length, rest.length);
        assert.deepEqual(importProblems(results), []);
      });
    }
  });
}

test('every component has its define module among the entries, and importing it registers nothing', () => {
  const elements = join(root, 'packages', 'elements');
  const specifiers = new Set(packageEntries(elements).map((entry) => entry.specifier));
  const components = readdirSync(join(elements, 'src')).filter((folder) =>
    existsSync(join(elements, 'src', folder, 'define.ts')),
  );
  assert.ok(components.length >= 6, components.join(', '));
  for (const folder of components) assert.ok(specifiers.has(`@paylink/elements/${folder}/define`), folder);
});
