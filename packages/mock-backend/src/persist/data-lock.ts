import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PersistenceError } from './errors.ts';

/** Locks this process holds: a second server in the same process must not share a file either. */
const held = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims `FILE.lock` for this process: two servers appending to one journal would interleave their
 * changes. A lock left by a process that no longer runs (killed with -9) is taken over. Returns the
 * release function.
 */
export function lockDataFile(file: string): () => void {
  const lock = `${file}.lock`;
  const mine = String(process.pid);
  if (held.has(lock)) {
    throw new PersistenceError(
      `The data file ${file} is in use by another paylink-mock in this process. Close that one, or use another data file.`,
    );
  }
  try {
    writeFileSync(lock, mine, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(lock, 'utf8').trim());
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
      throw new PersistenceError(
        `The data file ${file} is in use by another paylink-mock (process ${holder}). Stop that one, or use another --data file.`,
      );
    }
    writeFileSync(lock, mine);
  }
  held.add(lock);
  return () => {
    held.delete(lock);
    try {
      if (readFileSync(lock, 'utf8').trim() === mine) rmSync(lock, { force: true });
    } catch {
      // already gone
    }
  };
}
