/**
 * Reading `--data` back at start: the last snapshot, then every journal entry written after it, in
 * order. Anything that does not add up (a damaged line in the middle, a missing entry) stops the
 * start with a message and leaves the files as they are.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import type { EngineSnapshot } from '../engine/api.ts';
import { type FoldedState, foldSnapshot, redoDelta, unfoldSnapshot } from '../engine/delta.ts';
import { PersistenceError } from './errors.ts';
import { listSegments } from './files.ts';
import { decodeJournal } from './journal-lines.ts';

/** Where the journal stood when a snapshot was taken: entries after `seq`, in segments from `gen` on. */
export interface JournalPosition {
  gen: number;
  seq: number;
}

/** What was read back. */
export interface Recovered {
  /** The state to restore, or undefined when FILE does not exist yet. */
  snapshot: EngineSnapshot | undefined;
  /** The position the snapshot recorded (`{ gen: 0, seq: 0 }` for files from before the journal). */
  position: JournalPosition;
  /** The last entry's sequence number: new entries continue after it. */
  lastSeq: number;
  /** The highest segment generation on disk (or in the snapshot). */
  lastGen: number;
  /** Journal entries redone on the snapshot. */
  replayed: number;
  /** True when a segment ended in a line cut short by a crash. */
  tornTail: boolean;
  /** Segments older than the snapshot (left by a crash after it was written), to delete. */
  staleSegments: string[];
}

const UNTOUCHED = 'Fix or remove it; it was left untouched.';

function readSnapshot(file: string): EngineSnapshot | undefined {
  if (!existsSync(file)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PersistenceError(
      `The data file ${file} is not valid JSON (${(error as Error).message}). ${UNTOUCHED}`,
      { cause: error },
    );
  }
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1) {
    throw new PersistenceError(
      `The data file ${file} is not a paylink-mock snapshot (expected "version": 1). ${UNTOUCHED}`,
    );
  }
  return data as EngineSnapshot;
}

function positionOf(snapshot: EngineSnapshot | undefined): JournalPosition {
  const journal = (snapshot as { journal?: { gen?: unknown; seq?: unknown } } | undefined)?.journal;
  const gen = Number(journal?.gen ?? 0);
  const seq = Number(journal?.seq ?? 0);
  return Number.isSafeInteger(gen) && Number.isSafeInteger(seq) ? { gen, seq } : { gen: 0, seq: 0 };
}

/** Reads FILE and its journal segments and redoes the journal on the snapshot. */
export function recoverDataFile(file: string): Recovered {
  const snapshot = readSnapshot(file);
  const position = positionOf(snapshot);
  const segments = listSegments(file);
  const staleSegments = segments.filter((s) => s.gen < position.gen).map((s) => s.path);
  const live = segments.filter((s) => s.gen >= position.gen);
  const lastGen = Math.max(position.gen, ...segments.map((s) => s.gen));
  if (!snapshot) {
    if (live.some((s) => readFileSync(s.path).length > 0)) {
      throw new PersistenceError(
        `The data file ${file} is missing but its journal ${live[0]!.path} is there. Restore the file, or remove the journal to start empty.`,
      );
    }
    return { snapshot, position, lastSeq: 0, lastGen, replayed: 0, tornTail: false, staleSegments };
  }

  let state: FoldedState = foldSnapshot(snapshot);
  let lastSeq = position.seq;
  let replayed = 0;
  let tornTail = false;
  live.forEach((segment, index) => {
    let decoded: ReturnType<typeof decodeJournal>;
    try {
      decoded = decodeJournal(readFileSync(segment.path));
    } catch (error) {
      throw new PersistenceError(
        `The journal ${segment.path} is damaged (${(error as Error).message}). ${UNTOUCHED}`,
        { cause: error },
      );
    }
    if (decoded.tornTail && index < live.length - 1) {
      throw new PersistenceError(
        `The journal ${segment.path} is cut short but newer segments follow it. ${UNTOUCHED}`,
      );
    }
    tornTail ||= decoded.tornTail;
    for (const entry of decoded.entries) {
      if (entry.seq <= position.seq) continue;
      if (entry.seq !== lastSeq + 1) {
        throw new PersistenceError(
          `The journal of ${file} jumps from entry ${lastSeq} to ${entry.seq} in ${segment.path}. ${UNTOUCHED}`,
        );
      }
      try {
        state = redoDelta(state, entry.delta);
      } catch (error) {
        throw new PersistenceError(
          `Entry ${entry.seq} of ${segment.path} does not apply (${(error as Error).message}). ${UNTOUCHED}`,
          { cause: error },
        );
      }
      lastSeq = entry.seq;
      replayed++;
    }
  });
  return {
    snapshot: replayed > 0 ? unfoldSnapshot(state) : snapshot,
    position,
    lastSeq,
    lastGen,
    replayed,
    tornTail,
    staleSegments,
  };
}
