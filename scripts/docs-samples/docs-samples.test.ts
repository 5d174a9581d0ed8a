// Every fenced code block of README.md, docs/**/*.md (not the generated docs/api/) and the packages'
// README.md is checked or run according to its language (see runner.ts); a failure names the doc and
// line of the block. Their relative links must lead somewhere (links.ts). Runs against the built
// packages: `pnpm run build` first (the root `test` chain does).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Environment, repoRoot, startEnvironment } from './environment.ts';
import { checkLinks } from './links.ts';
import { docFiles, readBlocks, where } from './markdown.ts';
import { DocsRun } from './runner.ts';

const docs = docFiles(repoRoot);
// `DOCS_ONLY=docs/theming.md,README.md` checks only those docs (while writing one).
const only = process.env.DOCS_ONLY?.split(',').filter(Boolean);
const blocks = readBlocks(repoRoot, only ?? docs);
let env: Environment | undefined;
let run: DocsRun;

before(async () => {
  env = await startEnvironment('docs');
  run = new DocsRun(env, blocks);
});

after(async () => {
  await env?.close();
});

test('the docs are found, with their code blocks', () => {
  for (const doc of [
    'README.md',
    'docs/README.md',
    'docs/start-script-tag.md',
    'docs/elements.md',
    'packages/client/README.md',
    'packages/mock-backend/README.md',
    'packages/elements/README.md',
  ]) {
    assert.ok(docs.includes(doc), `${doc} among ${docs.join(', ')}`);
  }
  assert.ok(!docs.some((doc) => doc.startsWith('docs/api/')), 'the generated API reference is left out');
  const all = only ? readBlocks(repoRoot, docs) : blocks;
  assert.ok(all.length > 20, `${all.length} blocks`);
  assert.ok(
    all
      .filter((block) => block.doc === 'packages/client/README.md')
      .every((b) => b.base === 'packages/client'),
    "a package README's paths start in its folder",
  );
});

test('every relative link of the docs leads to a file, and every #anchor to a heading', () => {
  const problems = (only ?? docs).flatMap((doc) => checkLinks(repoRoot, doc));
  assert.deepEqual(problems, []);
});

test('docs/backend.md lists exactly the routes of docs/openapi.json', () => {
  const openapi = JSON.parse(readFileSync(join(repoRoot, 'docs/openapi.json'), 'utf8')) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const routes = Object.entries(openapi.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
  );
  const backend = readFileSync(join(repoRoot, 'docs/backend.md'), 'utf8');
  const listed = [...backend.matchAll(/^\| `([A-Z]+ \/[^`]*)` \|/gm)].map((match) => match[1]!);
  assert.deepEqual([...listed].sort(), [...routes].sort());
});

for (const block of blocks) {
  test(`${where(block)} ${block.lang || '(no language)'}${block.file ? ` ${block.file}` : ''}`, () =>
    run.check(block));
}
