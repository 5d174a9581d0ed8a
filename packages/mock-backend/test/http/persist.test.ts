import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { LinkPage, PaymentLink } from '@paylink/client/schemas';
import { createEngine } from '../../src/engine/index.ts';
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

  test('writes shortly after a change, without waiting for close', async () => {
    const dataFile = join(dir, 'debounced.json');
    const server = await startMockServer({ port: 0, dataFile });
    try {
      const created = await request(`${server.url}/api/links`, {
        method: 'POST',
        body: { amount: 100, title: 'Soon', customer: { name: 'Max' } },
      });
      const { id } = parsed<PaymentLink>(PaymentLink, created.body);
      const deadline = Date.now() + 3000;
      while (
        !(existsSync(dataFile) && readFileSync(dataFile, 'utf8').includes(id)) &&
        Date.now() < deadline
      ) {
        await sleep(50);
      }
      assert.ok(readFileSync(dataFile, 'utf8').includes(id), 'the snapshot was not written within 3 s');
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
