/**
 * The import's Web Worker: reads and checks a file off the page's main thread, so a 100 000-row file
 * never freezes the page. A module worker loaded from its own file (never a blob or data URL), so it
 * starts under a strict `script-src 'self'` policy.
 * @module
 */

import { ReadError } from './decode.ts';
import { ImportFile } from './import-file.ts';
import type { FromWorker, SentError, ToWorker } from './protocol.ts';

interface Scope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
  onmessage: unknown;
}

function sent(error: unknown): SentError {
  if (error instanceof ReadError) return { name: error.name, message: error.message, failure: error.failure };
  if (error instanceof Error || error instanceof DOMException)
    return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** Answers the page's calls (`protocol.ts`) on the worker's own scope. */
function serve(scope: Scope): void {
  // papaparse answers its own worker protocol through `onmessage` in any worker it is loaded in; this
  // worker speaks only its own.
  scope.onmessage = null;
  const file = new ImportFile();

  scope.addEventListener('message', async ({ data }) => {
    const { id, op, args } = data;
    if (op === 'cancel') {
      file.cancel();
      return;
    }
    try {
      let value: unknown;
      if (op === 'read') {
        const [blob, options] = args as Parameters<ImportFile['read']>;
        value = await file.read(blob, {
          ...options,
          onProgress: (bytes, rows) => scope.postMessage({ type: 'progress', id, bytes, rows }),
        });
      } else {
        value = await (file[op] as (...a: unknown[]) => unknown).apply(file, args);
      }
      scope.postMessage({ type: 'done', id, value });
    } catch (error) {
      scope.postMessage({ type: 'failed', id, error: sent(error) });
    }
  });

  scope.postMessage({ type: 'ready' });
}

// Only inside a worker: imported anywhere else (Node, a page, a bundler's analysis) this module
// does nothing, rather than listening on, and posting to, a scope that is not a worker's.
const WorkerScope = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
if (WorkerScope && globalThis instanceof WorkerScope) serve(globalThis as unknown as Scope);
