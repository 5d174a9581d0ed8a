/**
 * Creating the valid rows of a checked file: chunk after chunk, each one `POST /links/import` of a
 * few hundred rows, so no request is large and progress shows as it goes. Cancelling stops after the
 * chunk being sent (its answer is waited for, so the counts are exact); a failed request stops the
 * run, and the run can go on from that chunk later with the same idempotency key, so nothing is
 * created twice.
 * @module
 */
import { isPaylinkError, type PaylinkClient, PaylinkError } from '@paylink/client';
import type { FileSession } from './file-session.ts';
import type { ServerIssue } from './issue-text.ts';

/** Where a run stands. */
export interface RunState {
  /** Valid rows in the file (what the run creates when it completes). */
  total: number;
  /** Rows sent so far, whatever became of them. */
  sent: number;
  created: number;
  /** Rows the server refused, with its reasons (columns named as the file names them). */
  rejected: { row: number; issues: ServerIssue[] }[];
  /** The chunk to send next: where a resumed run starts. */
  nextChunk: number;
  status: 'running' | 'stopping' | 'done' | 'cancelled' | 'failed';
  /** Why the run stopped, when a request failed. */
  error?: PaylinkError | undefined;
}

/** What a run needs. */
export interface RunOptions {
  client: PaylinkClient;
  session: FileSession;
  /** Valid rows of the file. */
  total: number;
  chunkSize: number;
  /** Stays the same for one checked file, so a resumed chunk repeats its first request's key. */
  keyPrefix: string;
  /** The file's own name for a column the server names (it names the fields as the request did). */
  columnFor: (column: string) => string;
  onChange: (state: RunState) => void;
}

function asPaylinkError(error: unknown): PaylinkError {
  if (isPaylinkError(error)) return error;
  return new PaylinkError('http_error', error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}

/** One import of one checked file's valid rows. */
export class ImportRun {
  private readonly options: RunOptions;
  private readonly controller = new AbortController();
  private current: RunState;

  constructor(options: RunOptions, previous?: RunState) {
    this.options = options;
    this.current = previous
      ? { ...previous, status: 'running', error: undefined }
      : { total: options.total, sent: 0, created: 0, rejected: [], nextChunk: 0, status: 'running' };
  }

  get state(): RunState {
    return this.current;
  }

  /** Valid rows that were not sent (after a cancel or a failure). */
  get unsent(): number {
    return Math.max(0, this.current.total - this.current.nextChunk * this.options.chunkSize);
  }

  /** Index among the valid rows of the first one not sent. */
  get firstUnsent(): number {
    return Math.min(this.current.total, this.current.nextChunk * this.options.chunkSize);
  }

  /** Sends chunk after chunk until every valid row is sent, the run is cancelled, or a request fails. */
  async start(): Promise<RunState> {
    const { client, session, chunkSize, keyPrefix, columnFor } = this.options;
    const chunks = Math.ceil(this.current.total / chunkSize);
    const signal = this.controller.signal;
    while (this.current.nextChunk < chunks) {
      if (this.current.status === 'stopping') return this.update({ status: 'cancelled' });
      const index = this.current.nextChunk;
      try {
        const chunk = await session.chunk(index, chunkSize);
        const result = await client.links.import(chunk.csv, {
          signal,
          idempotencyKey: `${keyPrefix}-${index}`,
        });
        const rejected = [...this.current.rejected];
        for (const answer of result.rows) {
          if (answer.outcome !== 'invalid') continue;
          const row = chunk.rows[answer.row - 2];
          if (row === undefined) continue;
          rejected.push({
            row,
            issues: (answer.errors ?? []).map((e) => ({ column: columnFor(e.column), message: e.message })),
          });
        }
        this.update({
          sent: this.current.sent + chunk.rows.length,
          created: this.current.created + result.created,
          rejected,
          nextChunk: index + 1,
        });
      } catch (error) {
        if (signal.aborted) return this.update({ status: 'cancelled' });
        return this.update({ status: 'failed', error: asPaylinkError(error) });
      }
    }
    return this.update({ status: 'done' });
  }

  /** Stops after the chunk being sent now. */
  cancel(): void {
    if (this.current.status === 'running') this.update({ status: 'stopping' });
  }

  /** Stops at once, abandoning the request in flight (the element is going away). */
  abort(): void {
    this.controller.abort();
  }

  private update(change: Partial<RunState>): RunState {
    this.current = { ...this.current, ...change };
    this.options.onChange(this.current);
    return this.current;
  }
}
