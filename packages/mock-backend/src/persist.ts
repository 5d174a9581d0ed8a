import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { Engine, EngineSnapshot } from './engine/api.ts';

/** A data file that cannot be used. Its message says which file and why, for the CLI to print as is. */
export class PersistenceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PersistenceError';
  }
}

/** Options of {@link persistEngine}. */
export interface PersistOptions {
  /** Quiet time after the last change before the file is written. Default 200 ms. */
  debounceMs?: number;
  /** Receives write failures; persistence keeps going. Default: `console.error`. */
  onError?: (error: unknown) => void;
}

/** A running persistence: `flush()` writes now if something changed, `close()` flushes and stops. */
export interface Persistence {
  /** True when the engine was restored from an existing file. */
  readonly restored: boolean;
  flush(): void;
  close(): void;
}

function readSnapshot(file: string): EngineSnapshot | undefined {
  if (!existsSync(file)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PersistenceError(
      `The data file ${file} is not valid JSON (${(error as Error).message}). Fix or remove it; it was left untouched.`,
      { cause: error },
    );
  }
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1) {
    throw new PersistenceError(
      `The data file ${file} is not a paylink-mock snapshot (expected "version": 1). Fix or remove it; it was left untouched.`,
    );
  }
  return data as EngineSnapshot;
}

/**
 * Writes through a temporary file and a rename, so a crash or a kill mid-write leaves the previous
 * snapshot intact instead of a truncated file.
 */
export function writeSnapshotAtomically(file: string, snapshot: EngineSnapshot): void {
  const temporary = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(temporary, `${JSON.stringify(snapshot)}\n`);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Keeps `engine` in `file`: restores the snapshot if the file exists, then writes a fresh one a
 * short while after changes and on `close()`. A file that cannot be read throws a
 * {@link PersistenceError} before anything is written, so a corrupt file is never overwritten.
 */
export function persistEngine(engine: Engine, file: string, options: PersistOptions = {}): Persistence {
  const debounceMs = options.debounceMs ?? 200;
  const onError =
    options.onError ?? ((error) => console.error(`[paylink-mock] could not write ${file}:`, error));
  const snapshot = readSnapshot(file);
  if (snapshot) {
    try {
      engine.restore(snapshot);
    } catch (error) {
      throw new PersistenceError(
        `The data file ${file} could not be restored (${(error as Error).message}). Fix or remove it; it was left untouched.`,
        { cause: error },
      );
    }
  }

  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return;
    dirty = false;
    try {
      writeSnapshotAtomically(file, engine.snapshot());
    } catch (error) {
      onError(error);
    }
  };
  const unsubscribe = engine.onChange(() => {
    dirty = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
    // The owner flushes on close; a pending write must not keep a finished process alive.
    timer.unref?.();
  });

  return {
    restored: snapshot !== undefined,
    flush,
    close() {
      unsubscribe();
      flush();
    },
  };
}
