// Runs every `*.bench.ts` of a package's bench/ folder, each in a fresh Node process so one
// benchmark's heap and JIT state cannot skew the next. Each file exports `run(): Promise<void>` and
// prints its own figures. Usage (from a package): node ../../scripts/run-benches.mjs
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(process.argv[2] ?? 'bench');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();
for (const file of files) {
  console.log(`\n== ${file}`);
  const url = pathToFileURL(join(dir, file)).href;
  execFileSync(
    process.execPath,
    [
      '--conditions=paylink-source',
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `await (await import(${JSON.stringify(url)})).run();`,
    ],
    { stdio: 'inherit' },
  );
}
