import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { PaymentLink } from '@paylink/client/schemas';
import { exitWithin, runCli, waitForUrl } from '../support/cli-process.ts';
import { parsed, request } from '../support/real-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'paylink-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('paylink-mock CLI', () => {
  test('--port 0 --seed 10 starts, prints its URL and examples, answers, and exits on SIGTERM', async () => {
    const running = runCli(['--port', '0', '--seed', '10']);
    const url = await waitForUrl(running);
    assert.match(running.stdout(), /curl /);
    const methods = await request(`${url}/api/payment-methods`);
    assert.equal(methods.status, 200);
    const links = await request(`${url}/api/links?from=2000-01-01&limit=500`);
    const archived = await request(`${url}/api/links?from=2000-01-01&limit=500&archived=true`);
    assert.equal((links.body as { total: number }).total + (archived.body as { total: number }).total, 10);
    running.child.kill('SIGTERM');
    const { code } = await exitWithin(running);
    assert.equal(code, 0, running.stderr());
  });

  test('SIGINT flushes --data before exiting', async () => {
    const dataFile = join(dir, 'cli-data.json');
    const running = runCli(['--port', '0', '--data', dataFile]);
    const url = await waitForUrl(running);
    const created = await request(`${url}/api/links`, {
      method: 'POST',
      body: { amount: 5000, title: 'From the CLI', customer: { name: 'Kim' } },
    });
    const { id } = parsed<PaymentLink>(PaymentLink, created.body);
    running.child.kill('SIGINT');
    const { code } = await exitWithin(running);
    assert.equal(code, 0, running.stderr());
    assert.ok(readFileSync(dataFile, 'utf8').includes(id));
  });

  test('SIGTERM the moment it says it listens still shuts down cleanly and folds the journal into --data', async () => {
    // Whoever starts the CLI (a script, a test) may stop it as soon as the line appears: by then
    // the signal handlers must be in place, or the default action kills it mid-run.
    const folder = mkdtempSync(join(dir, 'sigterm-'));
    const dataFile = join(folder, 'data.json');
    const running = runCli(['--port', '0', '--seed', '5', '--data', dataFile]);
    let seen = '';
    const sendOnce = (chunk: Buffer) => {
      seen += chunk.toString();
      if (!/listening on http/.test(seen)) return;
      running.child.stdout.off('data', sendOnce);
      running.child.kill('SIGTERM');
    };
    running.child.stdout.on('data', sendOnce);
    const { code, signal } = await exitWithin(running);
    assert.equal(signal, null, `killed by ${signal}: the handlers were not installed yet`);
    assert.equal(code, 0, running.stderr());
    assert.match(running.stdout(), /SIGTERM: shutting down/);
    // A clean stop leaves the data file alone: the journal folded into it, the lock released.
    assert.deepEqual(readdirSync(folder), ['data.json']);
    const data = JSON.parse(readFileSync(dataFile, 'utf8')) as { links?: unknown[] };
    assert.equal(data.links?.length, 5, 'the data file holds the seeded links');
  });

  test('SIGTERM sent from inside the write of the "listening" line still shuts down cleanly', async () => {
    const folder = mkdtempSync(join(dir, 'sigterm-self-'));
    const dataFile = join(folder, 'data.json');
    const running = runCli(
      ['--port', '0', '--seed', '5', '--data', dataFile],
      ['--import', './test/support/sigterm-on-listening.ts'],
    );
    const { code, signal } = await exitWithin(running);
    assert.equal(signal, null, `killed by ${signal}: the handlers were not installed yet`);
    assert.equal(code, 0, running.stderr());
    assert.match(running.stdout(), /listening on http[\s\S]*SIGTERM: shutting down/);
    assert.deepEqual(readdirSync(folder), ['data.json']);
    assert.equal((JSON.parse(readFileSync(dataFile, 'utf8')) as { links: unknown[] }).links.length, 5);
  });

  test('a corrupt --data file exits 1 with a clear message and is not overwritten', async () => {
    const dataFile = join(dir, 'broken.json');
    writeFileSync(dataFile, 'not json');
    const running = runCli(['--port', '0', '--data', dataFile, '--seed']);
    const { code } = await exitWithin(running);
    assert.equal(code, 1);
    assert.match(running.stderr(), /broken\.json is not valid JSON/);
    assert.doesNotMatch(running.stderr(), /\n\s+at /, 'no stack trace for a known problem');
    assert.equal(readFileSync(dataFile, 'utf8'), 'not json');
  });

  test('--no-controls: /__mock answers 404 even with a token; the API works', async () => {
    const running = runCli(['--port', '0', '--no-controls']);
    const url = await waitForUrl(running);
    try {
      assert.doesNotMatch(running.stdout(), /__mock/);
      const reset = await request(`${url}/__mock/reset`, { method: 'POST', body: {} });
      assert.equal(reset.status, 404);
      assert.equal((await request(`${url}/__mock/clock`)).status, 404);
      assert.equal((await request(`${url}/api/payment-methods`)).status, 200);
    } finally {
      running.child.kill('SIGTERM');
      await exitWithin(running);
    }
  });

  test('--help prints usage; an unknown option exits 2', async () => {
    const help = runCli(['--help']);
    assert.equal((await exitWithin(help)).code, 0);
    assert.match(help.stdout(), /Usage: paylink-mock/);
    assert.match(help.stdout(), /--pay-url/);
    assert.match(help.stdout(), /--no-controls/);
    const wrong = runCli(['--prot', '4010']);
    assert.equal((await exitWithin(wrong)).code, 2);
    assert.match(wrong.stderr(), /unknown option --prot/);
  });
});
