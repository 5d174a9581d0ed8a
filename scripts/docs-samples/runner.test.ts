// The docs test can fail: every block of fixtures/broken.md is broken in one way (a CSP violation, a
// type error, a sample that throws, an unknown token or part, a missing script, a command the
// repository does not have, …) and must fail with the fixture's path and the line of the block, and
// the message its `<!-- expect: … -->` comment gives. fixtures/good.md has one passing block of each
// kind, so the same checks are shown to pass on good samples. fixtures/package-*.md are read as if
// they were packages/client/README.md (paths start in that folder), and fixtures/links.md has good
// and broken links.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Environment, repoRoot, startEnvironment } from './environment.ts';
import { double } from './fixtures/region-source.ts';
import { checkLinks } from './links.ts';
import { type Block, docBase, readBlocks, where } from './markdown.ts';
import { DocsRun } from './runner.ts';

const FIXTURES = 'scripts/docs-samples/fixtures';
const GOOD = [`${FIXTURES}/good.md`, `${FIXTURES}/package-good.md`];
const BROKEN = [`${FIXTURES}/broken.md`, `${FIXTURES}/package-broken.md`];
const blocks = readBlocks(repoRoot, [...GOOD, ...BROKEN], (doc) =>
  doc.startsWith(`${FIXTURES}/package-`) ? 'packages/client' : docBase(doc),
);

/** `<!-- expect: regex -->` before a fence: what that block's failure must say, by fence line. */
function expectations(doc: string): Map<number, RegExp> {
  const found = new Map<number, RegExp>();
  let pending: RegExp | undefined;
  readFileSync(join(repoRoot, doc), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const expect = /^<!-- expect: (.*) -->$/.exec(line);
      if (expect) pending = new RegExp(expect[1]!);
      else if (/^```/.test(line) && pending) {
        found.set(i + 1, pending);
        pending = undefined;
      }
    });
  return found;
}

let env: Environment | undefined;
let run: DocsRun;

before(async () => {
  // Less patience than for the docs: the broken pages wait for content that never comes.
  env = await startEnvironment('fixtures', 4000);
  run = new DocsRun(env, blocks);
});

after(async () => {
  await env?.close();
});

test('the region a fixture shows is code a test runs', () => {
  assert.equal(double(21), 42);
});

test('every broken block has an expectation', () => {
  for (const doc of BROKEN) {
    const expected = expectations(doc);
    const broken = blocks.filter((block) => block.doc === doc);
    assert.ok(broken.length >= 4, `${broken.length} broken blocks in ${doc}`);
    assert.deepEqual(
      broken.map((block) => block.line),
      [...expected.keys()],
    );
  }
  assert.ok(blocks.filter((block) => BROKEN.includes(block.doc)).length >= 24);
});

test('links: a missing file, a missing heading and a way out of the repository are found, nothing else', () => {
  const doc = `${FIXTURES}/links.md`;
  assert.deepEqual(checkLinks(repoRoot, doc), [
    `${doc}:8: missing.md: no such file (${FIXTURES}/missing.md)`,
    `${doc}:8: good.md#nowhere: ${FIXTURES}/good.md has no heading #nowhere`,
    `${doc}:8: ../../../../outside.md: leads out of the repository`,
  ]);
});

for (const block of blocks.filter((candidate) => GOOD.includes(candidate.doc))) {
  test(`passes: ${where(block)} ${block.lang}`, () => run.check(block));
}

function lastLine(block: Block): number {
  return block.line + block.code.split('\n').length + 1;
}

for (const block of blocks.filter((candidate) => BROKEN.includes(candidate.doc))) {
  const expected = expectations(block.doc).get(block.line);
  test(`fails: ${where(block)} ${block.lang || '(no language)'} ${expected?.source ?? ''}`, async () => {
    assert.ok(expected, 'an expectation');
    await assert.rejects(run.check(block), (error: Error) => {
      const at = /^(.*?):(\d+): /.exec(error.message);
      assert.ok(at, `the message names the doc and line: ${error.message}`);
      assert.equal(at[1], block.doc);
      const line = Number(at[2]);
      assert.ok(
        line >= block.line && line <= lastLine(block),
        `line ${line} is within the block (${block.line}…)`,
      );
      assert.match(error.message, expected);
      return true;
    });
  });
}
