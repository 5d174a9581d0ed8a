/**
 * One chosen file, read and checked: its records, how its columns map, and every row's verdict. It
 * answers what the element asks (a summary, a page of problems, a chunk of valid rows as an import
 * request, the rejected rows as a file) and runs the same in a worker or on the page.
 * @module
 */
import {
  type ColumnMapping,
  type ColumnProblem,
  type ConvertOptions,
  CSV_BOM,
  CSV_EOL,
  checkMapping,
  csvRow,
  type ImportIssue,
  importCsv,
  mapHeader,
  RowConverter,
} from '@paylink/client/csv';
import type { CreateLink } from '@paylink/client/schemas';
import { readCsvRecords } from './csv-reader.ts';
import { ReadError, type TextEncoding } from './decode.ts';
import { columnText, type IssueWords, reasonText, type ServerIssue } from './issue-text.ts';
import { PROBLEMS_PAGE } from './protocol.ts';

/** What the preview shows about a file. */
export interface FileSummary {
  encoding: TextEncoding;
  delimiter: string;
  /** The header row's cells, as written. */
  header: string[];
  /** Up to three non-empty example values per column. */
  samples: string[][];
  mapping: ColumnMapping;
  /** Problems with the columns; while there are any, rows are not checked (valid and invalid are 0). */
  columnProblems: ColumnProblem[];
  /** Data rows (blank lines not counted). */
  rows: number;
  valid: number;
  invalid: number;
  /** The first page of rows with problems. */
  firstProblems: RowProblems[];
}

/** The problems of one row. */
export interface RowProblems {
  /** The row number a spreadsheet shows: the header is row 1. */
  row: number;
  issues: ImportIssue[];
}

/** Some valid rows as the text of one import request, and the file's row number of each. */
export interface ImportChunk {
  csv: string;
  rows: number[];
}

/** What the rejected-rows file holds besides the rows found invalid in the preview. */
export interface RejectedRequest {
  words: IssueWords;
  /** Column headings of the file's first three columns. */
  labels: { row: string; column: string; reason: string };
  /** Rows the server refused, with its reasons. */
  serverRejected: { row: number; issues: ServerIssue[] }[];
  /** Valid rows from this index on were not created (the import stopped or a request failed), and why. */
  notImported?: { fromValid: number; reason: string } | undefined;
}

/** Options of {@link ImportFile.read}. */
export interface ReadFileOptions extends ConvertOptions {
  /** Bytes read at a time (smaller on the page, so no slice holds the thread long). */
  chunkBytes?: number;
  onProgress?: ((bytes: number, rows: number) => void) | undefined;
}

/** Longest stretch of checking rows before the thread is given back, in ms. */
const SLICE_MS = 12;
const BLANK = /^\s*$/;

/** The state of one file, from reading it to the import requests of its valid rows. */
export class ImportFile {
  private header: string[] = [];
  private records: string[][] = [];
  private rowNumbers: number[] = [];
  private quoteProblems = new Map<number, ImportIssue[]>();
  private encoding: TextEncoding = 'utf-8';
  private delimiter = ',';
  private mapping: ColumnMapping = [];
  private options: ConvertOptions = {};
  /** Record indices of the valid rows, and their bodies. */
  private valid: number[] = [];
  private bodies: CreateLink[] = [];
  /** Record indices of the invalid rows, and their issues. */
  private invalid: number[] = [];
  private issues: ImportIssue[][] = [];
  private controller: AbortController | undefined;

  /** Reads `file` and checks every row under the mapping its header gives. */
  async read(file: Blob, options: ReadFileOptions = {}): Promise<FileSummary> {
    this.cancel();
    const controller = new AbortController();
    this.controller = controller;
    const { chunkBytes = 1 << 20, onProgress, ...convert } = options;
    this.options = convert;
    let index = 0;
    const result = await readCsvRecords(
      file,
      {
        start: () => {
          this.header = [];
          this.records = [];
          this.rowNumbers = [];
          this.quoteProblems = new Map();
          index = 0;
        },
        record: (cells, quoteProblem) => {
          index++;
          if (cells.every((cell) => BLANK.test(cell))) return;
          if (this.header.length === 0) {
            this.header = cells.map((cell) => cell.trim());
            return;
          }
          if (quoteProblem) {
            this.quoteProblems.set(this.records.length, [
              { code: quoteProblem, message: 'has a quoted cell that is not closed properly' },
            ]);
          }
          this.records.push(cells);
          this.rowNumbers.push(index);
        },
      },
      {
        chunkBytes,
        signal: controller.signal,
        onProgress: (bytes) => onProgress?.(bytes, this.records.length),
      },
    );
    if (this.header.length === 0) throw new ReadError('empty');
    this.encoding = result.encoding;
    this.delimiter = result.delimiter;
    return this.check(mapHeader(this.header), controller.signal);
  }

  /** Checks every row again under another mapping (the user remapped a column). */
  remap(mapping: ColumnMapping): Promise<FileSummary> {
    this.cancel();
    this.controller = new AbortController();
    return this.check(mapping, this.controller.signal);
  }

  /** Stops a read or check in progress (it rejects with an `AbortError`). */
  cancel(): void {
    this.controller?.abort(new DOMException('The import was cancelled', 'AbortError'));
    this.controller = undefined;
  }

  /** `limit` rows with problems, from the `offset`-th on. */
  problems(offset: number, limit = PROBLEMS_PAGE): RowProblems[] {
    const out: RowProblems[] = [];
    for (let i = offset; i < Math.min(this.invalid.length, offset + limit); i++) {
      out.push({ row: this.rowNumbers[this.invalid[i]!]!, issues: this.issues[i]! });
    }
    return out;
  }

  /** The `index`-th chunk of `size` valid rows as an import request. */
  chunk(index: number, size: number): ImportChunk {
    const from = index * size;
    const to = Math.min(this.valid.length, from + size);
    return {
      csv: importCsv(this.bodies.slice(from, to)),
      rows: this.valid.slice(from, to).map((record) => this.rowNumbers[record]!),
    };
  }

  /**
   * Every row that was not imported, as a file for spreadsheets: the row number, its columns and
   * reasons, then the row's own cells under the file's own header, so it can be fixed and imported
   * again as it is (the import ignores the three added columns). Formula-safe, in the file's delimiter.
   */
  rejected(request: RejectedRequest): string {
    const { words, labels } = request;
    const entries: { row: number; record: number; columns: string[]; reasons: string[] }[] = [];
    const add = (record: number, issues: readonly (ImportIssue | ServerIssue)[]) => {
      entries.push({
        row: this.rowNumbers[record]!,
        record,
        columns: issues.map((issue) => columnText(issue, this.header, this.mapping, words)),
        reasons: issues.map((issue) => reasonText(issue, words)),
      });
    };
    this.invalid.forEach((record, i) => {
      add(record, this.issues[i]!);
    });
    for (const { row, issues } of request.serverRejected) {
      const record = this.recordOfRow(row);
      if (record !== undefined) add(record, issues);
    }
    const notImported = request.notImported;
    if (notImported) {
      for (const record of this.valid.slice(notImported.fromValid)) {
        add(record, [{ column: '', message: notImported.reason }]);
      }
    }
    entries.sort((a, b) => a.row - b.row);
    const d = this.delimiter;
    const lines = [csvRow([labels.row, labels.column, labels.reason, ...this.header], d)];
    for (const entry of entries) {
      const columns = entry.columns.filter((c) => c !== '').join('; ');
      lines.push(
        csvRow([String(entry.row), columns, entry.reasons.join('; '), ...this.records[entry.record]!], d),
      );
    }
    return CSV_BOM + lines.join(CSV_EOL) + CSV_EOL;
  }

  private recordOfRow(row: number): number | undefined {
    // Row numbers only grow, so the record is found by halving.
    let low = 0;
    let high = this.rowNumbers.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = this.rowNumbers[mid]!;
      if (at === row) return mid;
      if (at < row) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  }

  private async check(mapping: ColumnMapping, signal: AbortSignal): Promise<FileSummary> {
    this.mapping = mapping;
    this.valid = [];
    this.bodies = [];
    this.invalid = [];
    this.issues = [];
    const columnProblems = checkMapping(mapping);
    if (columnProblems.length === 0) {
      const converter = new RowConverter(mapping, this.options);
      let sliceStart = performance.now();
      for (let i = 0; i < this.records.length; i++) {
        const row = converter.convert(this.records[i]!, this.quoteProblems.get(i));
        if (row.ok) {
          this.valid.push(i);
          this.bodies.push(row.input);
        } else {
          this.invalid.push(i);
          this.issues.push(row.issues);
        }
        if ((i & 255) === 255 && performance.now() - sliceStart > SLICE_MS) {
          await nextTask();
          signal.throwIfAborted();
          sliceStart = performance.now();
        }
      }
    }
    return {
      encoding: this.encoding,
      delimiter: this.delimiter,
      header: this.header,
      samples: this.samples(),
      mapping,
      columnProblems,
      rows: this.records.length,
      valid: this.valid.length,
      invalid: this.invalid.length,
      firstProblems: this.problems(0),
    };
  }

  private samples(): string[][] {
    return this.header.map((_, column) => {
      const out: string[] = [];
      for (const record of this.records) {
        const cell = record[column]?.trim();
        if (cell) out.push(cell.length > 40 ? `${cell.slice(0, 39)}…` : cell);
        if (out.length === 3) break;
      }
      return out;
    });
  }
}

/** Resolves in a later task, so input, rendering and messages get their turn. */
function nextTask(): Promise<void> {
  // `scheduler.yield()` (Chromium) resumes ahead of other tasks without setTimeout's 4 ms clamp.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
