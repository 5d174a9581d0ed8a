/**
 * `pnpm run soak`: a bounded load test of a `--data` server in a process of its own. For
 * SOAK_SECONDS (default 60) SOAK_CLIENTS (default 16) clients send a mix of what the demo and an
 * integration do (creates, lists, reads, payments, refunds, exports, small imports); then the
 * latencies of each kind (p50/p99) and the server's memory over time are printed. Any 5xx fails it.
 * Not part of CI: it takes a minute and wants a quiet machine.
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateImportCsv } from './import.bench.ts';
import { AUTH, percentile, rssMiB, startServerProcess, stopServerProcess } from './support.ts';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 16);

interface Link {
  id: string;
  token: string;
}

type Kind = 'create' | 'list' | 'get' | 'events' | 'pay' | 'refund' | 'export' | 'import';
const MIX: [Kind, number][] = [
  ['create', 35],
  ['list', 20],
  ['get', 12],
  ['events', 5],
  ['pay', 15],
  ['refund', 6],
  ['export', 4],
  ['import', 3],
];

const IMPORT_CSV = generateImportCsv(200);

async function call(
  url: string,
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}${path}`, {
    ...init,
    headers: {
      ...AUTH,
      ...(init.body && typeof init.body === 'string' && !init.headers
        ? { 'Content-Type': 'application/json' }
        : {}),
      ...init.headers,
    },
  });
  const text = await response.text();
  const json = (response.headers.get('Content-Type') ?? '').startsWith('application/json');
  return { status: response.status, body: json && text ? JSON.parse(text) : undefined };
}

function pick(random: number): Kind {
  let at = random * MIX.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [kind, weight] of MIX) {
    at -= weight;
    if (at < 0) return kind;
  }
  return 'create';
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paylink-soak-'));
  const { url, running } = await startServerProcess(['--data', join(dir, 'soak.json'), '--seed', '2000']);
  const pid = running.child.pid!;
  const latencies = new Map<Kind, number[]>(MIX.map(([kind]) => [kind, []]));
  const memory: number[] = [rssMiB(pid)];
  const paid: Link[] = [];
  const links: Link[] = [];
  let failures = 0;
  let refusals = 0;
  console.log(
    `soak: ${CLIENTS} clients for ${SECONDS} s against ${url} (--data, 2 000 seeded links); RSS at start ${memory[0]!.toFixed(0)} MiB`,
  );

  const work: Record<Kind, (n: number) => Promise<number>> = {
    create: async (n) => {
      const answer = await call(url, '/api/links', {
        method: 'POST',
        body: JSON.stringify({
          amount: 500 + (n % 5000),
          title: `Soak ${n}`,
          customer: { name: 'Soak', email: `soak${n % 300}@example.com` },
        }),
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `soak-${n}` },
      });
      if (answer.status === 201) links.push(answer.body as Link);
      return answer.status;
    },
    list: async (n) => (await call(url, `/api/links?limit=50${n % 2 ? '&sort=-amount' : ''}`)).status,
    get: async (n) =>
      links.length ? (await call(url, `/api/links/${links[n % links.length]!.id}`)).status : 200,
    events: async (n) =>
      links.length ? (await call(url, `/api/links/${links[n % links.length]!.id}/events`)).status : 200,
    pay: async () => {
      const link = links.pop();
      if (!link) return 200;
      const started = await call(url, `/api/pay/${link.token}/payments`, {
        method: 'POST',
        body: JSON.stringify({ method: 'card' }),
      });
      if (started.status !== 201) return started.status;
      const { paymentId } = started.body as { paymentId: string };
      const done = await call(url, `/psp/${paymentId}/complete`, {
        method: 'POST',
        body: JSON.stringify({ outcome: 'approve' }),
      });
      if (done.status === 200) paid.push(link);
      return done.status;
    },
    refund: async () => {
      const link = paid.pop();
      if (!link) return 200;
      return (
        await call(url, `/api/links/${link.id}/refunds`, {
          method: 'POST',
          body: JSON.stringify({ amount: 100, message: 'Soak refund' }),
        })
      ).status;
    },
    // What a merchant exports from the list: a selection of links.
    export: async (n) => {
      const ids = links.slice(n % 50, (n % 50) + 25).map((link) => link.id);
      return (await call(url, `/api/links/export${ids.length ? `?ids=${ids.join(',')}` : ''}`)).status;
    },
    import: async () =>
      (
        await call(url, '/api/links/import', {
          method: 'POST',
          body: IMPORT_CSV,
          headers: { 'Content-Type': 'text/csv' },
        })
      ).status,
  };

  const timer = setInterval(() => memory.push(rssMiB(pid)), 1000);
  const end = performance.now() + SECONDS * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < end) {
        const id = n++;
        const kind = pick(Math.random());
        const start = performance.now();
        const status = await work[kind](id).catch(() => 599);
        latencies.get(kind)!.push(performance.now() - start);
        if (status >= 500) failures++;
        else if (status >= 400) refusals++;
      }
    }),
  );
  clearInterval(timer);
  memory.push(rssMiB(pid));

  const total = [...latencies.values()].reduce((sum, list) => sum + list.length, 0);
  console.log(
    `${total} requests (${(total / SECONDS).toFixed(0)}/s), ${refusals} refused (4xx), ${failures} failed (5xx or no answer)`,
  );
  console.log('kind      count     p50 ms    p99 ms');
  for (const [kind, list] of latencies) {
    if (list.length === 0) continue;
    console.log(
      `${kind.padEnd(8)} ${String(list.length).padStart(6)} ${percentile(list, 0.5).toFixed(1).padStart(10)} ${percentile(list, 0.99).toFixed(1).padStart(9)}`,
    );
  }
  const all = [...latencies.values()].flat();
  console.log(
    `all      ${String(all.length).padStart(6)} ${percentile(all, 0.5).toFixed(1).padStart(10)} ${percentile(all, 0.99).toFixed(1).padStart(9)}`,
  );
  console.log(
    `RSS: start ${memory[0]!.toFixed(0)} MiB, max ${Math.max(...memory).toFixed(0)} MiB, end ${memory.at(-1)!.toFixed(0)} MiB`,
  );
  await stopServerProcess(running);
  rmSync(dir, { recursive: true, force: true });
  if (failures > 0) process.exitCode = 1;
}

await main();
