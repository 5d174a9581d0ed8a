/**
 * Messages between the page and the import's worker (`csv-worker.ts`): the page calls a method of
 * the worker's {@link ImportFile} by name; the worker answers with its value or error, and reports
 * progress while reading.
 * @module
 */
import type { ImportFile } from './import-file.ts';

/** Rows with problems in a summary, and per page of the preview. */
export const PROBLEMS_PAGE = 50;

/** The methods of {@link ImportFile} the page calls. */
export type FileOp = 'read' | 'remap' | 'problems' | 'chunk' | 'rejected';

/** A call from the page (or `cancel`, which answers nothing). */
export type ToWorker = { id: number; op: FileOp; args: unknown[] } | { id: number; op: 'cancel'; args: [] };

/** An error as it crosses to the page: enough to rebuild a `ReadError` or an `AbortError`. */
export interface SentError {
  name: string;
  message: string;
  failure?: string;
}

/** What the worker says. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; id: number; bytes: number; rows: number }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; error: SentError };

/** The type of what `op` answers. */
export type OpResult<K extends FileOp> = Awaited<ReturnType<ImportFile[K]>>;
