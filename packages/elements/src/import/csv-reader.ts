/**
 * Streams the records of a CSV file through papaparse: the file is read a slice at a time, decoded
 * (see `decode.ts`) and handed to the parser as text, which calls back once per record. Nothing but
 * the slice being read is held, and the thread gets control back after every slice.
 * @module
 */
import { detectDelimiter, type ImportIssueCode } from '@paylink/client/csv';
import Papa from 'papaparse';
import { ReadError, sniffEncoding, strictDecoder, type TextEncoding } from './decode.ts';

/** Where records go. `start` is called before the first record of each pass over the file. */
export interface RecordSink {
  start(): void;
  /** One record, as it stands in the file; `quoteProblem` when its quoting is broken. */
  record(cells: string[], quoteProblem: ImportIssueCode | undefined): void;
}

/** Options of {@link readCsvRecords}. */
export interface ReadOptions {
  /** Bytes read and parsed at a time. */
  chunkBytes: number;
  signal?: AbortSignal | undefined;
  /** Called after each slice with the bytes read so far. */
  onProgress?: ((bytes: number) => void) | undefined;
}

/** How the file was read. */
export interface ReadResult {
  encoding: TextEncoding;
  delimiter: ',' | ';' | '\t';
}

const SNIFF_BYTES = 4096;

/**
 * Reads every record of `file` into `sink`. A file without a byte order mark whose bytes are not
 * UTF-8 is read again as Windows-1252 (the sink is started afresh). Throws {@link ReadError} for a
 * file that is not CSV text, and the signal's reason when it is aborted.
 */
export async function readCsvRecords(
  file: Blob,
  sink: RecordSink,
  options: ReadOptions,
): Promise<ReadResult> {
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  } catch {
    throw new ReadError('unreadable');
  }
  const sniffed = sniffEncoding(head);
  if ('refused' in sniffed) throw new ReadError(sniffed.refused);
  try {
    return await readAs(file, sniffed.encoding, sniffed.bom, sink, options);
  } catch (error) {
    if (!(error instanceof TypeError) || !isDecodeError(error)) throw error;
    if (sniffed.declared || sniffed.encoding !== 'utf-8') throw new ReadError('encoding');
    return readAs(file, 'windows-1252', 0, sink, options);
  }
}

/** `TextDecoder` with `fatal` throws a TypeError; so does nothing else on this path but a bug. */
function isDecodeError(error: TypeError): boolean {
  return /decod|encod/i.test(error.message);
}

async function readAs(
  file: Blob,
  encoding: TextEncoding,
  skip: number,
  sink: RecordSink,
  { chunkBytes, signal, onProgress }: ReadOptions,
): Promise<ReadResult> {
  sink.start();
  const decoder = strictDecoder(encoding);
  const source = new TextSource();
  let delimiter: ReadResult['delimiter'] | undefined;
  let pending = '';
  let failure: unknown;

  const startParser = (sample: string) => {
    delimiter = detectDelimiter(sample);
    Papa.parse<string[]>(source as unknown as File, {
      delimiter,
      header: false,
      skipEmptyLines: false,
      step: (results) => {
        sink.record(results.data, quoteProblemOf(results.errors));
      },
      error: (error: unknown) => {
        failure = error;
      },
    });
  };
  const feed = (text: string, last: boolean) => {
    if (delimiter === undefined) {
      pending += text;
      // The header decides the delimiter: wait for its line end (or the end of the file).
      if (!last && !/[\r\n]/.test(pending.trimStart())) return;
      startParser(pending);
      text = pending;
      pending = '';
    }
    if (text !== '') source.emit('data', text);
    if (failure !== undefined) throw failure;
  };

  const size = file.size;
  for (let offset = skip; offset < size; offset += chunkBytes) {
    signal?.throwIfAborted();
    let bytes: ArrayBuffer;
    try {
      bytes = await file.slice(offset, Math.min(size, offset + chunkBytes)).arrayBuffer();
    } catch {
      throw new ReadError('unreadable');
    }
    feed(decoder.decode(new Uint8Array(bytes), { stream: true }), false);
    onProgress?.(Math.min(size, offset + chunkBytes));
  }
  signal?.throwIfAborted();
  feed(decoder.decode(), true);
  if (delimiter === undefined) throw new ReadError('empty');
  source.emit('end');
  if (failure !== undefined) throw failure;
  return { encoding, delimiter };
}

function quoteProblemOf(errors: readonly Papa.ParseError[]): ImportIssueCode | undefined {
  for (const error of errors) {
    if (error.type === 'Quotes')
      return error.code === 'MissingQuotes' ? 'quotes_unclosed' : 'quotes_trailing';
  }
  return undefined;
}

type Listener = (value?: unknown) => void;

/**
 * Text pushed to papaparse a piece at a time. papaparse streams from anything shaped like a Node
 * readable stream (`readable`, `read`, `on`) and keeps the partial last line of each piece for the
 * next; this is the smallest such shape. Each `emit('data')` parses that piece before it returns.
 */
class TextSource {
  readonly readable = true;
  private readonly listeners = new Map<string, Set<Listener>>();

  on(event: string, listener: Listener): this {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    this.listeners.set(event, set);
    set.add(listener);
    return this;
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  read(): null {
    return null;
  }

  pause(): void {}

  resume(): void {}

  emit(event: 'data' | 'end', value?: string): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(value);
  }
}
