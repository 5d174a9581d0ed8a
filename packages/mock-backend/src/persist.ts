/**
 * `--data FILE`: the engine's state kept on disk so that an answered write survives the process
 * being killed the moment after. Every change is appended to a journal and synced before any answer
 * goes out (requests arriving meanwhile share one sync: group commit); from time to time a snapshot
 * replaces the journal, written a slice at a time while requests go on.
 * @module
 */
import { accessSync, constants, existsSync, openSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Engine, EngineSnapshot } from './engine/api.ts';
import { StateReplacedError } from './engine/store.ts';
import { yieldToOthers } from './engine/yield.ts';
import { lockDataFile } from './persist/data-lock.ts';
import { PersistenceError } from './persist/errors.ts';
import { listSegments, segmentPath, syncDirectory } from './persist/files.ts';
import { encodeEntry } from './persist/journal-lines.ts';
import { JournalWriter } from './persist/journal-writer.ts';
import { recoverDataFile } from './persist/recovery.ts';
import { writeSnapshotFile, writeSnapshotFileSync } from './persist/snapshot-file.ts';

export { PersistenceError } from './persist/errors.ts';

/** Options of {@link persistEngine}. */
export interface PersistOptions {
  /**
   * Receives failures: a snapshot that could not be written (the journal still holds everything),
   * or a journal that cannot be written any more (a {@link PersistenceError}; nothing is saved from
   * then on and {@link Persistence.settled} rejects). Default: `console.error`.
   */
  onError?: (error: unknown) => void;
  /**
   * Journal bytes after which a snapshot replaces it. Default: 16 MiB, or the size of the last
   * snapshot when that is larger, so the journal never holds much more than the state itself.
   */
  compactAfterBytes?: number;
}

/** A running persistence. */
export interface Persistence {
  /** True when the engine was restored from an existing file. */
  readonly restored: boolean;
  /** Resolves once every change made so far is on disk; rejects if the journal cannot be written. */
  settled(): Promise<void>;
  /** The same as {@link settled}. */
  flush(): Promise<void>;
  /** Stops saving, writes a final snapshot (FILE alone then holds everything), removes the journal and the lock. */
  close(): Promise<void>;
}

const MIN_COMPACT_BYTES = 16 * 1024 * 1024;

/** Refuses, with a message naming the problem, a `--data` path the server could never write. */
function checkLocation(file: string, shown: string): void {
  const dir = dirname(file);
  const refuse = (why: string, cause?: unknown): never => {
    throw new PersistenceError(`Cannot keep data in ${shown}: ${why}.`, { cause });
  };
  let isFolder = false;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch (error) {
    refuse(`the folder ${dir} does not exist`, error);
  }
  if (!isFolder) refuse(`${dir} is not a folder`);
  if (existsSync(file) && statSync(file).isDirectory()) refuse('it is a folder, not a file');
  try {
    accessSync(dir, constants.W_OK);
  } catch (error) {
    refuse(`the folder ${dir} cannot be written (${(error as NodeJS.ErrnoException).code})`, error);
  }
}

/** Runs a start-up step, turning a file-system error into a message about the data file. */
function atStart<T>(shown: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof PersistenceError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new PersistenceError(`Cannot keep data in ${shown}: it cannot be written (${code}).`, {
      cause: error,
    });
  }
}

/**
 * Keeps `engine` in `file`: restores the snapshot and redoes the journal written after it (a line
 * cut short by a crash is dropped: it was never answered), then journals every change. Throws a
 * {@link PersistenceError} before anything is written when the file cannot be read or the folder
 * cannot be written, so a server never starts without saving, and a damaged file is never
 * overwritten.
 */
export function persistEngine(engine: Engine, file: string, options: PersistOptions = {}): Persistence {
  const onError = options.onError ?? ((error) => console.error(`[paylink-mock] ${file}:`, error));
  const path = resolve(file);
  checkLocation(path, file);
  const unlock = atStart(file, () => lockDataFile(path));
  let writer: JournalWriter;
  let seq: number;
  let restored: boolean;
  let snapshotBytes: number;
  try {
    const recovered = recoverDataFile(path);
    restored = recovered.snapshot !== undefined;
    if (recovered.snapshot) restore(engine, recovered.snapshot, file);
    seq = recovered.lastSeq;
    const gen = recovered.lastGen + 1;
    const journalLeft = listSegments(path).length > 0;
    if (!restored || recovered.replayed > 0 || journalLeft) {
      // The journal redone (or a first, empty state) goes into a snapshot now, so the segments can go.
      snapshotBytes = atStart(file, () =>
        writeSnapshotFileSync(path, engine.snapshotParts({ journal: { gen, seq } })),
      );
      for (const segment of listSegments(path)) rmSync(segment.path, { force: true });
      syncDirectory(dirname(path));
    } else {
      snapshotBytes = statSync(path).size;
    }
    const fd = atStart(file, () => openSync(segmentPath(path, gen), 'a'));
    syncDirectory(dirname(path));
    writer = new JournalWriter(path, fd, gen, seq, (error) =>
      onError(
        new PersistenceError(
          `Cannot write the journal of ${file} (${(error as Error).message}); changes are no longer saved.`,
          { cause: error },
        ),
      ),
    );
  } catch (error) {
    unlock();
    throw error;
  }

  let compacting: Promise<void> | undefined;
  let closing: Promise<void> | undefined;
  const threshold = () => options.compactAfterBytes ?? Math.max(MIN_COMPACT_BYTES, snapshotBytes);

  const compact = async (): Promise<void> => {
    const gen = writer.generation + 1;
    const position = { gen, seq };
    // From here on new entries go to the new segment; the snapshot starts once the old one is synced.
    await writer.rotate(gen);
    try {
      snapshotBytes = await writeSnapshotFile(
        path,
        engine.snapshotParts({ journal: position }),
        yieldToOthers,
      );
    } catch (error) {
      // Reset or restored midway: the journal holds that too, and the next compaction starts afresh.
      if (!(error instanceof StateReplacedError)) onError(error);
      return;
    }
    for (const segment of listSegments(path)) if (segment.gen < gen) rmSync(segment.path, { force: true });
    syncDirectory(dirname(path));
  };

  const unsubscribe = engine.onDelta((delta) => {
    seq++;
    const line = encodeEntry(seq, delta);
    writer.append(seq, line);
    if (!compacting && !closing && writer.bytesSinceSnapshot + line.length > threshold()) {
      compacting = compact()
        .catch(onError)
        .finally(() => {
          compacting = undefined;
        });
    }
  });

  const settled = () => writer.settled();
  return {
    restored,
    settled,
    flush: settled,
    close() {
      closing ??= (async () => {
        unsubscribe();
        await compacting;
        let saved = true;
        await writer.settled().catch(() => {
          saved = false;
        });
        await writer.close();
        try {
          if (saved) {
            writeSnapshotFileSync(
              path,
              engine.snapshotParts({ journal: { gen: writer.generation + 1, seq } }),
            );
            for (const segment of listSegments(path)) rmSync(segment.path, { force: true });
            syncDirectory(dirname(path));
          }
        } finally {
          unlock();
        }
      })();
      return closing;
    },
  };
}

function restore(engine: Engine, snapshot: EngineSnapshot, file: string): void {
  try {
    engine.restore(snapshot);
  } catch (error) {
    throw new PersistenceError(
      `The data file ${file} could not be restored (${(error as Error).message}). Fix or remove it; it was left untouched.`,
      { cause: error },
    );
  }
}

/**
 * Writes `snapshot` to `file` through a temporary file, synced, and a rename, so a crash or a kill
 * mid-write leaves the previous file intact instead of a truncated one.
 */
export function writeSnapshotAtomically(file: string, snapshot: EngineSnapshot): void {
  writeSnapshotFileSync(file, [JSON.stringify(snapshot)]);
}
