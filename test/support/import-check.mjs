// Runs in a fresh `node` (no loaders, no `--conditions`, no DOM), started by run-import-check.ts with
// this file's text as `--eval`, so bare specifiers resolve from the working directory (a package's
// own folder, or a project that installed it). It imports each entry named in PAYLINK_ENTRIES and
// prints one JSON line of results. `window` and `document` are watched: a read or write from a file
// of the packages under test (PAYLINK_PACKAGE_DIRS) is recorded, even a `typeof` check, since
// importing a module must not look at the page. Lit's own reads (its Node build checks
// `globalThis.document`) are not the packages' and are not counted.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entries = JSON.parse(process.env.PAYLINK_ENTRIES ?? '[]');
const ownDirs = JSON.parse(process.env.PAYLINK_PACKAGE_DIRS ?? '[]').flatMap((dir) => [
  `${dir}/`,
  `${pathToFileURL(dir).href}/`,
]);
const TAGS = [
  'paylink-provider',
  'paylink-list',
  'paylink-detail',
  'paylink-create-form',
  'paylink-import',
  'paylink-pay-page',
];

let touched = [];
for (const name of ['window', 'document']) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      // [0] "Error", [1] this getter, [2] the code that read it.
      const caller = new Error().stack?.split('\n')[2]?.trim() ?? '';
      if (ownDirs.some((dir) => caller.includes(dir))) touched.push(`reads ${name} ${caller}`);
      return undefined;
    },
    set() {
      touched.push(`sets ${name}`);
    },
  });
}

const results = [];
for (const { specifier, kind } of entries) {
  touched = [];
  const result = { specifier, ok: true };
  try {
    const url = import.meta.resolve(specifier);
    result.resolved = url;
    if (kind === 'json') await import(specifier, { with: { type: 'json' } });
    else if (kind === 'module') await import(specifier);
    else if (!existsSync(fileURLToPath(url))) throw new Error(`${url} does not exist`);
  } catch (error) {
    result.ok = false;
    result.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  result.touched = touched;
  const registry = globalThis.customElements;
  result.registered = registry ? TAGS.filter((tag) => registry.get(tag) !== undefined) : [];
  results.push(result);
}
process.stdout.write(`${JSON.stringify(results)}\n`);
