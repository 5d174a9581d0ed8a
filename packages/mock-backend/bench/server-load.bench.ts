/**
 * The server under large data: GET latency during a 100 000-row import (server and client in
 * separate processes), and resident memory after 100 000 links and after 100 000 idempotent creates.
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateImportCsv } from './import.bench.ts';
import { AUTH, latencySummary, postJson, rssMiB, startServerProcess, stopServerProcess } from './support.ts';

async function latencyDuringImport(label: string, args: string[]): Promise<void> {
  const { url, running } = await startServerProcess(args);
  try {
    const csv = generateImportCsv(100_000);
    const pings: number[] = [];
    const lists: number[] = [];
    let importing = true;
    const sample = async (path: string, into: number[]) => {
      while (importing) {
        const start = performance.now();
        const response = await fetch(`${url}${path}`, { headers: AUTH });
        await response.arrayBuffer();
        if (importing) into.push(performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    const samplers = [sample('/api/payment-methods', pings), sample('/api/links?limit=50', lists)];
    const start = performance.now();
    const response = await fetch(`${url}/api/links/import`, {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'text/csv' },
      body: csv,
    });
    const result = (await response.json()) as { created: number };
    const took = performance.now() - start;
    importing = false;
    await Promise.all(samplers);
    console.log(
      `  100 000-row import, ${label}: ${result.created} created in ${(took / 1000).toFixed(1)} s; RSS ${rssMiB(running.child.pid!).toFixed(0)} MiB`,
    );
    console.log(`    GET /api/payment-methods meanwhile: ${latencySummary(pings)}`);
    console.log(`    GET /api/links?limit=50 meanwhile: ${latencySummary(lists)}`);
  } finally {
    await stopServerProcess(running);
  }
}

async function memoryAfterIdempotentCreates(): Promise<void> {
  const { url, running } = await startServerProcess();
  try {
    const pid = running.child.pid!;
    console.log(`  idle server: RSS ${rssMiB(pid).toFixed(0)} MiB`);
    const total = 100_000;
    let next = 0;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (next < total) {
          const n = next++;
          await postJson(
            `${url}/api/links`,
            {
              amount: 100 + (n % 900),
              title: `Keyed ${n}`,
              customer: { name: 'Keyed', email: `k${n % 500}@example.com` },
            },
            { 'Idempotency-Key': `bench-${n}` },
          );
        }
      }),
    );
    const took = (performance.now() - start) / 1000;
    console.log(
      `  100 000 idempotent creates in ${took.toFixed(1)} s (${(total / took).toFixed(0)}/s): RSS ${rssMiB(pid).toFixed(0)} MiB`,
    );
  } finally {
    await stopServerProcess(running);
  }
}

/** Prints latency during a large import and memory after 100 000 links / idempotent creates. */
export async function run(): Promise<void> {
  console.log('server load bench (server in its own process)');
  const dir = mkdtempSync(join(tmpdir(), 'paylink-bench-'));
  try {
    await latencyDuringImport('in memory', []);
    // With --data the import's slices are journaled and a snapshot of 100 000 links is written meanwhile.
    await latencyDuringImport('with --data', ['--data', join(dir, 'import.json')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await memoryAfterIdempotentCreates();
}
