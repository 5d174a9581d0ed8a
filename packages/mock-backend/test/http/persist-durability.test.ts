import assert from 'node:assert/strict';
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { PaymentLink } from '@paylink/client/schemas';
import { createEngine } from '../../src/engine/index.ts';
import { listSegments } from '../../src/persist/files.ts';
import { recoverDataFile } from '../../src/persist/recovery.ts';
import { PersistenceError, persistEngine } from '../../src/persist.ts';
import { startMockServer } from '../../src/server.ts';
import { exitWithin, runCli, waitForUrl } from '../support/cli-process.ts';
import { parsed, request } from '../support/real-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'paylink-durable-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const newLink = (title: string) => ({ amount: 100, title, customer: { name: 'Kim' } });

/**
 * What a kill -9 would leave right now, under another name: FILE and its journal segments copied as
 * they are on disk (the running persistence keeps its own files and lock).
 */
function crashCopy(dataFile: string, copy: string): void {
  copyFileSync(dataFile, copy);
  for (const segment of listSegments(dataFile)) {
    copyFileSync(segment.path, `${copy}${segment.path.slice(dataFile.length)}`);
  }
}

describe('an unusable --data path stops the start', () => {
  test('a missing folder, a file as folder, a folder as file: PersistenceError, nothing listens', async () => {
    writeFileSync(join(dir, 'plain-file'), 'x');
    mkdirSync(join(dir, 'a-folder'));
    for (const [dataFile, why] of [
      [join(dir, 'missing', 'data.json'), /the folder .*missing does not exist/],
      [join(dir, 'plain-file', 'data.json'), /plain-file is not a folder/],
      [join(dir, 'a-folder'), /it is a folder, not a file/],
      ['/proc/paylink-mock.json', /cannot be written/],
    ] as const) {
      await assert.rejects(startMockServer({ port: 0, dataFile }), (error: unknown) => {
        assert.ok(error instanceof PersistenceError, String(error));
        assert.match(error.message, why);
        return true;
      });
    }
  });

  test('the CLI exits 1 with the reason and no stack', async () => {
    const running = runCli(['--port', '0', '--data', join(dir, 'nowhere', 'data.json')]);
    const { code } = await exitWithin(running);
    assert.equal(code, 1);
    assert.match(running.stderr(), /Cannot keep data in .*nowhere.*: the folder .* does not exist/);
    assert.doesNotMatch(running.stderr(), /\n\s+at /);
    assert.doesNotMatch(running.stdout(), /listening/);
  });

  test('two servers cannot share one data file', async () => {
    const dataFile = join(dir, 'shared.json');
    const first = await startMockServer({ port: 0, dataFile });
    try {
      await assert.rejects(startMockServer({ port: 0, dataFile }), /in use by another paylink-mock/);
    } finally {
      await first.close();
    }
    const again = await startMockServer({ port: 0, dataFile });
    await again.close();
  });
});

describe('the journal', () => {
  test('a line cut short by a crash is dropped; everything before it is kept', async () => {
    const dataFile = join(dir, 'torn.json');
    const engine = createEngine();
    const persistence = persistEngine(engine, dataFile);
    const ids = [1, 2, 3].map((n) => engine.createLink(newLink(`L${n}`)).id);
    await persistence.settled();
    // The crash: the process dies mid-write, leaving half a line.
    const crashed = join(dir, 'torn-crashed.json');
    crashCopy(dataFile, crashed);
    const [segment] = listSegments(crashed);
    appendFileSync(segment!.path, '0badc0de {"seq":99,"delta":{"links":[');
    assert.equal(recoverDataFile(crashed).tornTail, true);
    const restarted = createEngine();
    const again = persistEngine(restarted, crashed);
    for (const id of ids) assert.equal(restarted.getLink(id).id, id);
    // The start folded the journal into a fresh snapshot and dropped the torn segment.
    assert.deepEqual(
      listSegments(crashed).map((s) => readFileSync(s.path, 'utf8')),
      [''],
    );
    await again.close();
    await persistence.close();
  });

  test('a damaged line in the middle stops the start and the files are left as they are', async () => {
    const dataFile = join(dir, 'damaged.json');
    const engine = createEngine();
    const persistence = persistEngine(engine, dataFile);
    for (let n = 0; n < 3; n++) engine.createLink(newLink(`L${n}`));
    await persistence.settled();
    const crashed = join(dir, 'damaged-crashed.json');
    crashCopy(dataFile, crashed);
    const [segment] = listSegments(crashed);
    const lines = readFileSync(segment!.path, 'utf8').split('\n');
    lines[0] = lines[0]!.replace('"L0"', '"LX"');
    writeFileSync(segment!.path, lines.join('\n'));
    const before = readFileSync(segment!.path, 'utf8');
    assert.throws(() => persistEngine(createEngine(), crashed), /is damaged/);
    assert.equal(readFileSync(segment!.path, 'utf8'), before);
    assert.equal(existsSync(`${crashed}.lock`), false, 'a refused start releases its lock');
    await persistence.close();
  });

  test('compaction: a snapshot replaces the journal while writes go on, and nothing is lost', async () => {
    const dataFile = join(dir, 'compacted.json');
    const engine = createEngine();
    const persistence = persistEngine(engine, dataFile, { compactAfterBytes: 20_000 });
    const ids: string[] = [];
    for (let round = 0; round < 40; round++) {
      for (let n = 0; n < 10; n++) ids.push(engine.createLink(newLink(`R${round}-${n}`)).id);
      await persistence.settled();
      // Let a compaction that started make progress between bursts.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await persistence.settled();
    const snapshot = JSON.parse(readFileSync(dataFile, 'utf8')) as { journal: { gen: number; seq: number } };
    assert.ok(snapshot.journal.gen > 2, `snapshots were written: ${JSON.stringify(snapshot.journal)}`);
    assert.ok(listSegments(dataFile).length <= 2, readdirSync(dir).join(' '));
    // What a kill -9 now would leave: the snapshot plus the journal, without close().
    const onDisk = recoverDataFile(dataFile).snapshot as unknown as { links: { link: { id: string } }[] };
    assert.deepEqual(new Set(onDisk.links.map((l) => l.link.id)), new Set(ids));
    await persistence.close();
    assert.equal(existsSync(`${dataFile}.lock`), false);
    assert.deepEqual(listSegments(dataFile), []);
  });

  test('a reset during a compaction leaves a consistent file', async () => {
    const dataFile = join(dir, 'reset.json');
    const engine = createEngine();
    const persistence = persistEngine(engine, dataFile, { compactAfterBytes: 5_000 });
    engine.seed(300);
    engine.reset();
    const kept = engine.createLink(newLink('after reset')).id;
    await persistence.settled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const onDisk = recoverDataFile(dataFile).snapshot as unknown as { links: { link: { id: string } }[] };
    assert.deepEqual(
      onDisk.links.map((l) => l.link.id),
      [kept],
    );
    await persistence.close();
  });

  test('after kill -9 and a restart no id, token or reference is handed out again', async () => {
    const dataFile = join(dir, 'ids.json');
    const seen = new Set<string>();
    for (let run = 0; run < 3; run++) {
      const running = runCli(['--port', '0', '--data', dataFile]);
      const url = await waitForUrl(running);
      for (let n = 0; n < 5; n++) {
        const answer = await request(`${url}/api/links`, { method: 'POST', body: newLink(`run ${run}`) });
        const link = parsed<PaymentLink>(PaymentLink, answer.body);
        for (const value of [link.id, link.token, link.reference]) {
          assert.ok(!seen.has(value), `${value} handed out twice`);
          seen.add(value);
        }
      }
      running.child.kill('SIGKILL');
      await exitWithin(running);
    }
  });
});
