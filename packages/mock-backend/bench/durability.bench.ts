/**
 * Writes per second with `--data` (every answer waits for the journal's fdatasync, shared by
 * concurrent requests: group commit) and without it, over real sockets to a server process.
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { latencySummary, loadFor, postJson, startServerProcess, stopServerProcess } from './support.ts';

const SECONDS = 4;

async function measure(label: string, args: string[], concurrency: number): Promise<void> {
  const { url, running } = await startServerProcess(args);
  try {
    // Warm-up, so the JIT and the sockets are ready.
    await loadFor(500, concurrency, () =>
      postJson(`${url}/api/links`, { amount: 100, title: 'warm', customer: { name: 'W' } }).then(
        () => undefined,
      ),
    );
    const latencies = await loadFor(SECONDS * 1000, concurrency, (n) =>
      postJson(`${url}/api/links`, {
        amount: 100 + (n % 900),
        title: `Bench ${n}`,
        customer: { name: 'Bench' },
      }).then(() => undefined),
    );
    console.log(
      `  ${label}, ${concurrency} clients: ${(latencies.length / SECONDS).toFixed(0)} writes/s; ${latencySummary(latencies)}`,
    );
  } finally {
    await stopServerProcess(running);
  }
}

/** Prints writes/s and latencies with and without durability, for one and for 32 concurrent clients. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paylink-bench-'));
  try {
    console.log(`durability bench: POST /api/links for ${SECONDS} s each`);
    for (const concurrency of [1, 32]) {
      await measure('in memory (no --data)', [], concurrency);
      await measure(
        '--data (journal + fdatasync)',
        ['--data', join(dir, `bench-${concurrency}.json`)],
        concurrency,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
