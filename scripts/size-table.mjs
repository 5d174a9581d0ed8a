// Runs size-limit in the current package and prints its budgets as one table (name, size, budget,
// headroom); exits non-zero when any budget is exceeded, as size-limit does.
import { spawnSync } from 'node:child_process';

const run = spawnSync('pnpm', ['exec', 'size-limit', '--json'], { encoding: 'utf8' });
let results;
try {
  results = JSON.parse(run.stdout);
} catch {
  process.stderr.write(run.stdout + run.stderr);
  process.exit(run.status || 1);
}

// size-limit passes a budget whose files are missing (size 0): here that is a failure, because a
// renamed chunk would otherwise stop being measured without anyone noticing.
for (const r of results) {
  if (!r.size || !r.sizeLimit) Object.assign(r, { passed: false, missing: true });
}

const kb = (bytes) => (bytes ? `${(bytes / 1000).toFixed(1)} KB` : '-');
const rows = results.map((r) => [
  r.missing ? 'NO FILE' : r.passed ? 'ok' : 'OVER',
  r.name,
  kb(r.size),
  kb(r.sizeLimit),
  r.missing ? '-' : `${(((r.sizeLimit - r.size) / r.sizeLimit) * 100).toFixed(0)}%`,
]);
const header = ['', 'what (gzip)', 'size', 'budget', 'headroom'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) =>
  `| ${cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
const over = results.filter((r) => !r.passed);
if (over.length > 0) {
  console.error(
    `\n${over.length} budget(s) exceeded or measuring no file: ${over.map((r) => r.name).join('; ')}`,
  );
  process.exit(1);
}
