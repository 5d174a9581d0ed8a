/**
 * The page's handle on one chosen file: the same calls whether the file is read in the import's
 * worker (the default) or on the page, where workers cannot be started (a bundle served from another
 * origin, a policy without `worker-src 'self'`) or are not wanted.
 * @module
 */
import type { ColumnMapping, ConvertOptions } from '@paylink/client/csv';
import { ReadError, type ReadFailure } from './decode.ts';
import type { FileSummary, ImportChunk, ImportFile, RejectedRequest, RowProblems } from './import-file.ts';
import type { FileOp, FromWorker, OpResult, SentError, ToWorker } from './protocol.ts';

/** What the element asks of a file; see {@link ImportFile}. */
export interface FileSession {
  /** Whether the work happens in a worker. */
  readonly inWorker: boolean;
  read(
    file: Blob,
    options: ConvertOptions,
    onProgress: (bytes: number, rows: number) => void,
  ): Promise<FileSummary>;
  remap(mapping: ColumnMapping): Promise<FileSummary>;
  problems(offset: number, limit?: number): Promise<RowProblems[]>;
  chunk(index: number, size: number): Promise<ImportChunk>;
  rejected(request: RejectedRequest): Promise<string>;
  /** Stops a read or check in progress. */
  cancel(): void;
  /** Frees the worker. */
  close(): void;
}

/** Bytes read at a time on the page: small enough that parsing one slice stays far below 50 ms. */
const PAGE_CHUNK_BYTES = 128 * 1024;
/** How long a worker may take to start before the file is read on the page instead. */
const WORKER_START_MS = 10_000;

/** A session in a worker if one can be started (and `preferWorker`), else on the page. */
export async function openFileSession(preferWorker: boolean): Promise<FileSession> {
  if (preferWorker && typeof Worker !== 'undefined') {
    try {
      return await startWorkerSession();
    } catch {
      // Blocked (another origin, a policy) or failed to load: read on the page instead.
    }
  }
  return pageSession();
}

async function pageSession(): Promise<FileSession> {
  // Loaded only when needed, so a page whose files go to the worker never downloads the parser.
  const { ImportFile } = await import('./import-file.ts');
  const file: ImportFile = new ImportFile();
  return {
    inWorker: false,
    read: (blob, options, onProgress) =>
      file.read(blob, { ...options, chunkBytes: PAGE_CHUNK_BYTES, onProgress }),
    remap: (mapping) => file.remap(mapping),
    problems: async (offset, limit) => file.problems(offset, limit),
    chunk: async (index, size) => file.chunk(index, size),
    rejected: async (request) => file.rejected(request),
    cancel: () => file.cancel(),
    close: () => file.cancel(),
  };
}

function startWorkerSession(): Promise<FileSession> {
  // A module worker from its own file: allowed by `script-src 'self'`, unlike a blob: or data: URL.
  // Bundlers (vite, webpack, rollup) recognise this exact form and emit the worker as a file.
  const worker = new Worker(new URL('./csv-worker.js', import.meta.url), {
    type: 'module',
    name: 'paylink-import',
  });
  return new Promise((resolve, reject) => {
    const fail = () => {
      clearTimeout(timer);
      worker.terminate();
      reject(new Error('The import worker could not be started'));
    };
    const timer = setTimeout(fail, WORKER_START_MS);
    worker.addEventListener('error', fail, { once: true });
    worker.addEventListener('message', function ready(event: MessageEvent<FromWorker>) {
      if (event.data.type !== 'ready') return;
      clearTimeout(timer);
      worker.removeEventListener('error', fail);
      worker.removeEventListener('message', ready);
      resolve(new WorkerSession(worker));
    });
  });
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?: ((bytes: number, rows: number) => void) | undefined;
}

function received(error: SentError): Error {
  if (error.name === 'ReadError') return new ReadError(error.failure as ReadFailure);
  if (error.name === 'AbortError') return new DOMException(error.message, 'AbortError');
  return new Error(error.message);
}

class WorkerSession implements FileSession {
  readonly inWorker = true;
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(worker: Worker) {
    this.worker = worker;
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.onMessage(event.data));
    worker.addEventListener('error', () => {
      for (const call of this.pending.values()) call.reject(new Error('The import worker stopped'));
      this.pending.clear();
    });
  }

  read(file: Blob, options: ConvertOptions, onProgress: (bytes: number, rows: number) => void) {
    return this.call('read', [file, options], onProgress);
  }
  remap(mapping: ColumnMapping) {
    return this.call('remap', [mapping]);
  }
  problems(offset: number, limit?: number) {
    return this.call('problems', [offset, limit]);
  }
  chunk(index: number, size: number) {
    return this.call('chunk', [index, size]);
  }
  rejected(request: RejectedRequest) {
    return this.call('rejected', [request]);
  }
  cancel(): void {
    this.post({ id: 0, op: 'cancel', args: [] });
  }
  close(): void {
    this.worker.terminate();
    for (const call of this.pending.values()) call.reject(new DOMException('Closed', 'AbortError'));
    this.pending.clear();
  }

  private call<K extends FileOp>(
    op: K,
    args: unknown[],
    onProgress?: (bytes: number, rows: number) => void,
  ): Promise<OpResult<K>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
      this.post({ id, op, args });
    });
  }

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private onMessage(message: FromWorker): void {
    if (message.type === 'ready') return;
    const call = this.pending.get(message.id);
    if (!call) return;
    if (message.type === 'progress') {
      call.onProgress?.(message.bytes, message.rows);
      return;
    }
    this.pending.delete(message.id);
    if (message.type === 'done') call.resolve(message.value);
    else call.reject(received(message.error));
  }
}

export type { FileSummary, ImportChunk, RejectedRequest, RowProblems };
