import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { LinkPage, PaymentLink } from '@paylink/client/schemas';
import { createEngine } from '../../src/engine/index.ts';
import { recoverDataFile } from '../../src/persist/recovery.ts';
import { PersistenceError, persistEngine, writeSnapshotAtomically } from '../../src/persist.ts';
import { startMockServer } from '../../src/server.ts';
import { parsed, request } from '../support/real-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'paylink-persist-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const EVERYTHING = '/api/links?from=2000-01-01&limit=500';

describe('--data persistence', () => {
  test('a link survives a restart; no temporary file is left behind', async () => {
    const dataFile = join(dir, 'restart.json');
    const first = await startMockServer({ port: 0, dataFile });
    const created = await request(`${first.url}/api/links`, {
      method: 'POST',
      body: { amount: 990, title: 'Kept', customer: { name: 'Lin' } },
    });
    const link = parsed<PaymentLink>(PaymentLink, created.body);
    await first.close();
    assert.ok(existsSync(dataFile));
    assert.deepEqual(
      readdirSync(dir).filter((name) => name.includes('.tmp-')),
      [],
    );

    const second = await startMockServer({ port: 0, dataFile });
    try {
      const again = await request(`${second.url}/api/links/${link.id}`);
      assert.equal(again.status, 200, again.text);
      assert.deepEqual(parsed<PaymentLink>(PaymentLink, again.body), link);
    } finally {
      await second.close();
    }
  });

  test('an answered write is on disk at once, without waiting for close', async () => {
    const dataFile = join(dir, 'durable.json');
    const server = await startMockServer({ port: 0, dataFile });
    try {
      const created = await request(`${server.url}/api/links`, {
        method: 'POST',
        body: { amount: 100, title: 'Soon', customer: { name: 'Max' } },
      });
      const { id } = parsed<PaymentLink>(PaymentLink, created.body);
      // What a restart would read, right after the answer: the snapshot plus the journal.
      const onDisk = recoverDataFile(dataFile).snapshot as unknown as { links: { link: { id: string } }[] };
      assert.ok(
        onDisk.links.some((saved) => saved.link.id === id),
        'the answered link is not on disk',
      );
    } finally {
      await server.close();
    }
  });

  test('seeds only when the data file held nothing', async () => {
    const dataFile = join(dir, 'seeded.json');
    const count = async (url: string) => {
      const active = parsed<LinkPage>(LinkPage, (await request(`${url}${EVERYTHING}`)).body).total;
      const archived = parsed<LinkPage>(
        LinkPage,
        (await request(`${url}${EVERYTHING}&archived=true`)).body,
      ).total;
      return active + archived;
    };
    const first = await startMockServer({ port: 0, dataFile, seed: 12 });
    assert.equal(await count(first.url), 12);
    await first.close();
    const second = await startMockServer({ port: 0, dataFile, seed: 12 });
    try {
      assert.equal(await count(second.url), 12);
    } finally {
      await second.close();
    }
  });

  test('a corrupt file is a clear error and is left untouched', async () => {
    const dataFile = join(dir, 'corrupt.json');
    writeFileSync(dataFile, '{"version":1, "links": [');
    await assert.rejects(startMockServer({ port: 0, dataFile }), (error: unknown) => {
      assert.ok(error instanceof PersistenceError);
      assert.ok(error.message.includes(dataFile));
      assert.match(error.message, /not valid JSON/);
      return true;
    });
    assert.equal(readFileSync(dataFile, 'utf8'), '{"version":1, "links": [');

    const foreign = join(dir, 'foreign.json');
    writeFileSync(foreign, '{"hello":"world"}');
    assert.throws(() => persistEngine(createEngine(), foreign), /not a paylink-mock snapshot/);
    assert.equal(readFileSync(foreign, 'utf8'), '{"hello":"world"}');
  });

  test('writeSnapshotAtomically replaces the file through a rename', () => {
    const dataFile = join(dir, 'atomic.json');
    writeFileSync(dataFile, 'old');
    writeSnapshotAtomically(dataFile, { version: 1, marker: 'new' });
    assert.deepEqual(JSON.parse(readFileSync(dataFile, 'utf8')), { version: 1, marker: 'new' });
    assert.equal(existsSync(`${dataFile}.tmp-${process.pid}`), false);
  });
});
