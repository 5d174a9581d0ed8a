/**
 * Runs the benchmarks that exist, in order: the list query, then the CSV import. Each bench file
 * exports `async function run(): Promise<void>` and prints its own figures.
 */
import { existsSync } from 'node:fs';

const BENCHES = ['./list.bench.ts', './import.bench.ts'];

for (const file of BENCHES) {
  if (!existsSync(new URL(file, import.meta.url))) {
    console.log(`(skipping ${file}: not written yet)`);
    continue;
  }
  const bench = (await import(file)) as { run?: () => Promise<void> };
  if (typeof bench.run !== 'function') throw new Error(`${file} does not export run()`);
  console.log(`── ${file}`);
  await bench.run();
}
