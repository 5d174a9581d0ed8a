// Runs every browser benchmark of the elements package in turn: `pnpm run bench`.
// Each `*.bench.ts` exports `run(): Promise<void>` and prints its own figures.
import { readdirSync } from 'node:fs';

const here = new URL('.', import.meta.url);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();
for (const file of files) {
  console.log(`\n== ${file}`);
  const bench = (await import(new URL(file, here).href)) as { run(): Promise<void> };
  await bench.run();
}
