// A block preceded by `<!-- sample: path[#region] -->` shows code that lives in a file a test already
// runs: it must be identical to that file, or to one region of it, so the doc cannot drift from it.
// The path is relative to the doc's base: the root for README.md and docs/, the package's folder for
// a package's README.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, normalize, relative } from 'node:path';
import type { Block } from './markdown.ts';

/** Lines without the leading and trailing blank ones and without their common indentation. */
export function normalise(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^\s*/.exec(line)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common).trimEnd()).join('\n');
}

const REGION_START = [
  (name: string) => new RegExp(`^\\s*//\\s*#region\\s+${name}\\s*$`),
  (name: string) => new RegExp(`^\\s*<!--\\s*#region\\s+${name}\\s*-->\\s*$`),
  (name: string) => new RegExp(`^\\s*/\\*\\s*#region\\s+${name}\\s*\\*/\\s*$`),
];
const REGION_END = /^\s*(?:\/\/\s*#endregion\b.*|<!--\s*#endregion\b.*-->|\/\*\s*#endregion\b.*\*\/)\s*$/;

/** The text between `#region name` and the next `#endregion` (region markers of ts, html or css). */
export function region(text: string, name: string): string | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => REGION_START.some((marker) => marker(name).test(line)));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && REGION_END.test(line));
  if (end < 0) return undefined;
  return lines.slice(start + 1, end).join('\n');
}

/** Test files and configurations: what makes a file "one that a test already runs". */
function testSources(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(test|e2e\.test|harness)\.tsx?$|^web-test-runner\.config\.mjs$/.test(entry.name))
        found.push(path);
    }
  };
  for (const dir of ['packages', 'e2e', 'demo', 'examples', 'scripts']) {
    if (existsSync(join(root, dir))) walk(join(root, dir));
  }
  return found;
}

let testTexts: { path: string; text: string }[] | undefined;

/**
 * Why `path` is run by a test: it is a test file itself, or a test names it (by its path or its
 * file name, e.g. the demo's pages that the end-to-end tests open, or a fixture a test reads).
 */
function runByTest(root: string, path: string): boolean {
  testTexts ??= testSources(root).map((file) => ({
    path: relative(root, file),
    text: readFileSync(file, 'utf8'),
  }));
  if (testTexts.some((test) => test.path === path)) return true;
  const name = path.split('/').at(-1)!;
  const folder = path.split('/').slice(0, -1).join('/');
  return testTexts.some(
    (test) =>
      test.text.includes(path) ||
      // A test next to the file or above it that names it: `./example.ts`, `'examples/react/app.tsx'`.
      (test.text.includes(name) && folder.startsWith(test.path.split('/').slice(0, -1).join('/'))) ||
      // The end-to-end tests run the built demo and the built example apps: their sources are run.
      (path.startsWith('demo/') && test.path.startsWith('e2e/')) ||
      (path.startsWith('examples/') && test.path.startsWith('e2e/') && test.text.includes('examples/')),
  );
}

/** Checks a `<!-- sample: -->` block; throws with what differs. */
export function checkSampleRef(root: string, block: Block & { sample: NonNullable<Block['sample']> }): void {
  const { region: name } = block.sample;
  // From here on the path is relative to the root, as the tests name the files they run.
  const path = normalize(join(block.base, block.sample.path)).split('\\').join('/');
  if (path.startsWith('../'))
    throw new Error(`the sample file ${block.sample.path} is outside the repository`);
  const file = join(root, path);
  if (!existsSync(file)) {
    const from = block.base ? ` (from ${block.base}/)` : '';
    throw new Error(`the sample file ${path}${from} does not exist`);
  }
  const text = readFileSync(file, 'utf8');
  const expected = name === undefined ? text : region(text, name);
  if (expected === undefined)
    throw new Error(`${path} has no region "${name}" (#region ${name} … #endregion)`);
  const shown = normalise(block.code);
  const wanted = normalise(expected);
  if (shown !== wanted) {
    const a = shown.split('\n');
    const b = wanted.split('\n');
    const i = a.findIndex((line, k) => line !== b[k]);
    const at = i < 0 ? Math.min(a.length, b.length) : i;
    throw new Error(
      `differs from ${path}${name ? `#${name}` : ''} at its line ${at + 1} of the sample:\n  doc:  ${a[at] ?? '(end)'}\n  file: ${b[at] ?? '(end)'}`,
    );
  }
  if (!runByTest(root, path)) {
    throw new Error(`${path} is not run by any test (no test file is it or names it)`);
  }
}
