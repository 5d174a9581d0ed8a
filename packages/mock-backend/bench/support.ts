/** Shared helpers of the server benchmarks: a server in a process of its own, latencies, memory. */
import { readFileSync } from 'node:fs';
import { type CliProcess, runCli, waitForUrl } from '../test/support/cli-process.ts';

export const AUTH = { Authorization: 'Bearer bench' };

/** A `paylink-mock` process from source and its URL. */
export async function startServerProcess(args: string[] = []): Promise<{ url: string; running: CliProcess }> {
  const running = runCli(['--port', '0', ...args]);
  return { url: await waitForUrl(running), running };
}

/** Stops a server process and waits for it. */
export async function stopServerProcess(running: CliProcess): Promise<void> {
  running.child.kill('SIGTERM');
  await running.exited;
}

/** Resident memory of a process in MiB, from /proc (Linux). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** The p-th percentile (0–1) of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

/** `p50 / p99 / max` of latency samples in ms. */
export function latencySummary(samples: readonly number[]): string {
  return `p50 ${percentile(samples, 0.5).toFixed(1)} ms, p99 ${percentile(samples, 0.99).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms (${samples.length} requests)`;
}

/** Runs `worker` on `concurrency` loops until `ms` have passed; returns each call's latency. */
export async function loadFor(
  ms: number,
  concurrency: number,
  worker: (n: number) => Promise<void>,
): Promise<number[]> {
  const latencies: number[] = [];
  const end = performance.now() + ms;
  let n = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const start = performance.now();
        await worker(n++);
        latencies.push(performance.now() - start);
      }
    }),
  );
  return latencies;
}

/** POST JSON with the bench token; throws on anything but 2xx. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...AUTH, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}
