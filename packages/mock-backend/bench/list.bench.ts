/**
 * List benchmark: 100 000 links, ≥ 200 list queries mixing filters, sorts and page sizes. Target:
 * p50 ≤ 10 ms per query.
 */
import { LINK_SORTS, type ListLinksQuery } from '@paylink/client/schemas';
import { createEngine, ManualClock } from '../src/engine/index.ts';

const LINKS = 100_000;
const ROUNDS = 8;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

/** Builds the engine, runs the queries and prints p50/p95 per kind of query and overall. */
export async function run(): Promise<void> {
  const clock = new ManualClock(Date.UTC(2026, 10, 27, 10));
  const engine = createEngine({ clock, seed: 2026 });
  const seedStart = performance.now();
  engine.seed(LINKS);
  console.log(`list: seeded ${LINKS} links in ${(performance.now() - seedStart).toFixed(0)} ms`);

  const queries: { name: string; query: ListLinksQuery }[] = [];
  const searches = ['invoice', 'peeters', 'repair', 'c-10', 'pl-00', 'gmail'];
  for (const sort of LINK_SORTS) {
    for (const limit of [50, 500]) {
      queries.push({ name: `default range, ${sort}, ${limit}`, query: { sort, limit } });
      queries.push({
        name: `status+q+amount, ${sort}, ${limit}`,
        query: {
          sort,
          limit,
          status: ['paid', 'clicked'],
          q: 'invoice',
          minAmount: 1000,
          maxAmount: 150_000,
        },
      });
      queries.push({ name: `90 days, ${sort}, ${limit}`, query: { sort, limit, from: '2026-08-01' } });
    }
  }
  const times: number[] = [];
  const perKind = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const { name, query } of queries) {
      const q = { ...query };
      if (q.q !== undefined) q.q = searches[round % searches.length];
      const start = performance.now();
      const page = engine.listLinks(q);
      // The second page exercises the keyset cursor.
      if (page.nextCursor && round % 2 === 1) engine.listLinks({ ...q, cursor: page.nextCursor });
      const ms = performance.now() - start;
      times.push(ms);
      const kind = name.split(',')[0]!;
      perKind.set(kind, [...(perKind.get(kind) ?? []), ms]);
    }
  }
  for (const [kind, list] of perKind) {
    list.sort((a, b) => a - b);
    console.log(
      `list: ${kind.padEnd(18)} n=${list.length} p50 ${percentile(list, 50).toFixed(2)} ms  p95 ${percentile(list, 95).toFixed(2)} ms`,
    );
  }
  times.sort((a, b) => a - b);
  console.log(
    `list: all queries       n=${times.length} p50 ${percentile(times, 50).toFixed(2)} ms  p95 ${percentile(times, 95).toFixed(2)} ms (target p50 ≤ 10 ms)`,
  );
}
