// The docs test can fail: every block of fixtures/broken.md is broken in one way (a CSP violation, a
// type error, a sample that throws, an unknown token or part, a missing script, a command the
// repository does not have, …) and must fail with the fixture's path and the line of the block, and
// the message its `<!-- expect: … -->` comment gives. fixtures/good.md has one passing block of each
// kind, so the same checks are shown to pass on good samples.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Environment, repoRoot, startEnvironment } from './environment.ts';
import { double } from './fixtures/region-source.ts';
import { type Block, readBlocks, where } from './markdown.ts';
import { DocsRun } from './runner.ts';

const GOOD = 'scripts/docs-samples/fixtures/good.md';
const BROKEN = 'scripts/docs-samples/fixtures/broken.md';
const blocks = readBlocks(repoRoot, [GOOD, BROKEN]);

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
  const expected = expectations(BROKEN);
  const broken = blocks.filter((block) => block.doc === BROKEN);
  assert.ok(broken.length >= 20, `${broken.length} broken blocks`);
  assert.deepEqual(
    broken.map((block) => block.line),
    [...expected.keys()],
  );
});

for (const block of blocks.filter((candidate) => candidate.doc === GOOD)) {
  test(`passes: ${where(block)} ${block.lang}`, () => run.check(block));
}

function lastLine(block: Block): number {
  return block.line + block.code.split('\n').length + 1;
}

for (const block of blocks.filter((candidate) => candidate.doc === BROKEN)) {
  const expected = expectations(BROKEN).get(block.line);
  test(`fails: ${where(block)} ${block.lang || '(no language)'} ${expected?.source ?? ''}`, async () => {
    assert.ok(expected, 'an expectation');
    await assert.rejects(run.check(block), (error: Error) => {
      const at = /^(.*?):(\d+): /.exec(error.message);
      assert.ok(at, `the message names the doc and line: ${error.message}`);
      assert.equal(at[1], BROKEN);
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
