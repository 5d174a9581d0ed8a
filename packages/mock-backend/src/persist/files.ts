/**
 * Where `--data FILE` keeps things: FILE is a snapshot (the engine's JSON plus `journal: { gen,
 * seq }`); `FILE.journal-<gen>` are the journal segments written since; `FILE.lock` names the
 * process using them; `FILE.tmp-<pid>` is a snapshot being written.
 * @module
 */
import { closeSync, fsyncSync, openSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The path of journal segment `gen`. */
export function segmentPath(file: string, gen: number): string {
  return `${file}.journal-${gen}`;
}

/** The journal segments beside `file`, by generation. */
export function listSegments(file: string): { gen: number; path: string }[] {
  const prefix = `${basename(file)}.journal-`;
  return readdirSync(dirname(file))
    .filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))
    .map((name) => ({ gen: Number(name.slice(prefix.length)), path: join(dirname(file), name) }))
    .sort((a, b) => a.gen - b.gen);
}

/**
 * Makes a file's creation, rename or removal in `dir` durable: without it a crash can lose a
 * renamed snapshot or a new segment even though their contents were synced.
 */
export function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
