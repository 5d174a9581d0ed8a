import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncDirectory } from './files.ts';

/**
 * Writes a snapshot through `FILE.tmp-<pid>`, synced, then renamed over FILE and the folder synced:
 * a crash at any point leaves either the old snapshot or the new one, never half of one. `parts`
 * are written one at a time with `between` (a yield) in between, so a large state never holds the
 * thread for long. Returns the bytes written.
 */
export async function writeSnapshotFile(
  file: string,
  parts: Iterable<string>,
  between: () => Promise<void> = async () => undefined,
): Promise<number> {
  const temporary = `${file}.tmp-${process.pid}`;
  const handle = await open(temporary, 'w');
  let bytes = 0;
  try {
    for (const part of parts) {
      const chunk = Buffer.from(part);
      let written = 0;
      while (written < chunk.length) written += (await handle.write(chunk, written)).bytesWritten;
      bytes += chunk.length;
      await between();
    }
    const newline = Buffer.from('\n');
    await handle.write(newline);
    bytes += 1;
    await handle.sync();
    await handle.close();
    await rename(temporary, file);
    syncDirectory(dirname(file));
    return bytes;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}

/** {@link writeSnapshotFile} without yielding, for the start and the end of a server's life. */
export function writeSnapshotFileSync(file: string, parts: Iterable<string>): number {
  const temporary = `${file}.tmp-${process.pid}`;
  const fd = openSync(temporary, 'w');
  let bytes = 0;
  try {
    for (const part of parts) bytes += writeAll(fd, Buffer.from(part));
    bytes += writeAll(fd, Buffer.from('\n'));
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, file);
    syncDirectory(dirname(file));
    return bytes;
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(temporary, { force: true });
    throw error;
  }
}

function writeAll(fd: number, chunk: Buffer): number {
  let written = 0;
  while (written < chunk.length) written += writeSync(fd, chunk, written);
  return chunk.length;
}
