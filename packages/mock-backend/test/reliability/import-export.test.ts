/**
 * Large files over a real server: an import is bounded and shares the server with other requests,
 * and an export is streamed.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ImportResult } from '@paylink/client/schemas';
import { generateImportCsv } from '../../bench/import.bench.ts';
import { type MockServer, startMockServer } from '../../src/server.ts';
import { exitWithin, runCli, waitForUrl } from '../support/cli-process.ts';
import { rawRequest } from '../support/raw-http.ts';
import { parsed, request } from '../support/real-server.ts';

const AUTH = { Authorization: 'Bearer large-files' };

let server: MockServer;
before(async () => {
  server = await startMockServer({ port: 0 });
});
after(() => server.close());

function upload(url: string, body: BodyInit, type = 'text/csv'): Promise<Response> {
  return fetch(`${url}/api/links/import`, {
    method: 'POST',
    headers: { ...AUTH, 'Content-Type': type },
    body,
  });
}

describe('import bounds', () => {
  test('more than 100 000 rows: 400 with the count, and no link is created', async () => {
    const response = await upload(server.url, `Amount,Title,Customer name\n${'1,x,y\n'.repeat(100_001)}`);
    assert.equal(response.status, 400);
    const body = (await response.json()) as { code: string; message: string };
    assert.equal(body.code, 'validation_failed');
    assert.match(body.message, /100001 rows; one import takes at most 100000/);
    assert.equal(server.engine.findLinks({ from: '2000-01-01' }).length, 0);
  });

  test('a UTF-16 file (Excel "Unicode text") imports with readable headers and accents', async () => {
    const csv = 'Amount\tTitle\tCustomer name\r\n12,50\tCafé crème\tZoë Müller\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]);
    const response = await upload(server.url, bytes);
    const result = parsed<ImportResult>(ImportResult, await response.json());
    assert.equal(response.status, 200);
    assert.equal(result.created, 1, JSON.stringify(result));
    assert.equal(server.engine.getLink(result.rows[0]!.linkId!).title, 'Café crème');
  });

  test('a Windows-1252 file imports; UTF-16 without a byte-order mark is refused clearly', async () => {
    const csv = 'Amount;Title;Customer name\r\n12,50;Café “spécial” €;Zoë\r\n';
    const ok = parsed<ImportResult>(
      ImportResult,
      await (await upload(server.url, Buffer.from(win1252(csv)))).json(),
    );
    assert.equal(server.engine.getLink(ok.rows[0]!.linkId!).title, 'Café “spécial” €');
    const refused = await upload(server.url, Buffer.from(csv, 'utf16le'));
    assert.equal(refused.status, 400);
    assert.match(((await refused.json()) as { message: string }).message, /UTF-16 without a byte-order mark/);
  });
});

/** `text` in Windows-1252 (only the characters these tests use beyond Latin-1). */
function win1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '“': 0x93, '”': 0x94 };
  return Uint8Array.from(text, (ch) => special[ch] ?? ch.charCodeAt(0));
}

describe('a 100 000-row import shares the server', () => {
  test('pings are answered during the import, within 100 ms (95th percentile)', async () => {
    // The server in a process of its own, so the pings measure it and not this test's own work.
    const running = runCli(['--port', '0']);
    const url = await waitForUrl(running);
    try {
      const csv = generateImportCsv(100_000);
      let importing = true;
      const latencies: number[] = [];
      const pinger = (async () => {
        while (importing) {
          const start = performance.now();
          const ping = await request(`${url}/api/payment-methods`, { headers: AUTH });
          assert.equal(ping.status, 200);
          if (importing) latencies.push(performance.now() - start);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      })();
      const response = await upload(url, csv);
      const result = parsed<ImportResult>(ImportResult, await response.json());
      importing = false;
      await pinger;
      assert.equal(result.created, 99_000);
      latencies.sort((a, b) => a - b);
      const p95 = latencies[Math.floor(latencies.length * 0.95)]!;
      const summary = `${latencies.length} pings, p50 ${latencies[latencies.length >> 1]!.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms`;
      assert.ok(latencies.length >= 20, `too few pings got through during the import: ${summary}`);
      assert.ok(p95 < 100, summary);
    } finally {
      running.child.kill('SIGTERM');
      await exitWithin(running);
    }
  });
});

describe('export', () => {
  test('is streamed in parts (chunked), and is the same CSV as in one piece', async () => {
    server.engine.reset();
    server.engine.seed(5000);
    const answer = await rawRequest(
      server.port,
      `GET /api/links/export?from=2000-01-01 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer x\r\nConnection: close\r\n\r\n`,
    );
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['transfer-encoding'], 'chunked');
    assert.equal(answer.headers['content-length'], undefined);
    assert.equal(answer.body, server.engine.exportCsv({ filters: { from: '2000-01-01' } }));
    assert.equal(
      answer.body.split('\r\n').length - 2,
      server.engine.findLinks({ from: '2000-01-01' }).length,
    );
  });

  test('bad filters still answer 400 before anything is streamed', async () => {
    const answer = await request(`${server.url}/api/links/export?from=2027-02-30`, { headers: AUTH });
    assert.equal(answer.status, 400);
  });
});
