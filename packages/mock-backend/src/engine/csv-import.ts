/**
 * CSV import of payment links: turns a merchant's spreadsheet export into CreateLink bodies the engine
 * validates and creates. File-level problems throw; cell-level problems are collected per row so the
 * merchant sees every mistake of a file at once.
 * @module
 */

import {
  aliasesOf,
  CANONICAL_COLUMN,
  type CellResult,
  fieldForHeader,
  fieldForPath,
  IMPORT_FIELDS,
  type ImportField,
  parseAmount,
  parseExpiry,
  restoreFormula,
} from '@paylink/client/csv';
import { CreateLink, describeIssues, type ValidationIssue } from '@paylink/client/schemas';
import Papa from 'papaparse';
import { EngineError } from './api.ts';

/** One data record of an imported file, converted as far as its cells allow. */
export interface ParsedImportRow {
  /** Record number as a spreadsheet shows it: header = 1, first data row = 2. */
  row: number;
  /** A CreateLink-shaped body (amount in minor units, customer nested), or undefined if it could not be converted. */
  input: Record<string, unknown> | undefined;
  /** Cell-level problems found while converting; empty when the row converted. */
  errors: { column: string; message: string }[];
}

/** The rows of a file plus how its columns are named, for reporting the engine's own validation issues. */
export interface ParsedImport {
  rows: ParsedImportRow[];
  /**
   * The column a CreateLink field path (`amount`, `customer.email`, `methods.0`) came from, as its
   * header is written in this file; the canonical English name for fields the file does not have.
   */
  columnForPath(path: string): string;
}

const DELIMITERS = [',', ';', '\t'] as const;
/** Enough of the file to hold its header row, however many blank lines precede it. */
const HEADER_SAMPLE_CHARS = 64 * 1024;
const BLANK = /^\s*$/;
const METHOD_SEPARATORS = /[|,;\s]+/;
/** Most distinct cell texts kept per converted file, so a file of all-different dates cannot grow memory unbounded. */
const CACHE_LIMIT = 10_000;

type RowError = ParsedImportRow['errors'][number];
/** Marks a row without errors so far; never written to. */
const NO_ERRORS: RowError[] = [];

/**
 * Maps a CreateLink field path (`amount`, `customer.email`, `expiresAt`, `methods.0`, …) to the
 * canonical English column name (`Amount`, `Email`, `Expiry date`, `Payment methods`). Use
 * {@link parseImportCsvWithColumns} to get the names as a particular file writes them; paths that are
 * not importable come back unchanged.
 */
export function columnForPath(path: string): string {
  const field = fieldForPath(path);
  return field === undefined ? path : CANONICAL_COLUMN[field];
}

/**
 * Parses and converts an import file. Throws `EngineError('validation_failed', …)` with `{ path,
 * message }` details for file-level problems: empty file, no header, a required column missing
 * (amount, title, and a customer name or customer id / customer number), or two columns for one field.
 */
export function parseImportCsv(csv: string): ParsedImportRow[] {
  return parseImportCsvWithColumns(csv).rows;
}

/**
 * {@link parseImportCsv} plus a `columnForPath` that names columns as this file's header writes them,
 * so issues the engine finds when validating a row point at the merchant's own column.
 */
export function parseImportCsvWithColumns(csv: string): ParsedImport {
  const rows: ParsedImportRow[] = [];
  const { columnForPath } = readImportCsv(csv, (row) => rows.push(row));
  return { rows, columnForPath };
}

/**
 * Streams an import file: each data row is converted and handed to `onRow` as soon as it is read,
 * so a 100 000-row import never holds every parsed record at once (keeping them alive until the end
 * doubled the garbage collector's work). Throws like {@link parseImportCsv} for file-level problems,
 * always before the first row is handed out. `onRow` also gets, and the call returns, how this file
 * names its columns.
 */
export function readImportCsv(
  csv: string,
  onRow: (row: ParsedImportRow, columnForPath: ParsedImport['columnForPath']) => void,
): Pick<ParsedImport, 'columnForPath'> {
  const reader = new ImportReader(csv, onRow);
  Papa.parse<string[]>(
    reader.text,
    reader.config((results, parser) => reader.step(results, parser)),
  );
  return reader.finish();
}

/** How {@link readImportCsvInSlices} shares the thread. */
export interface SliceOptions {
  /** Runs one slice of rows (the engine wraps each in its own change). */
  run(work: () => void): void;
  /** Resolves when other work (such as requests) has had its turn. */
  yieldNow(): Promise<void>;
  /** Time a slice may take before it yields, in milliseconds. */
  sliceMs: number;
}

/**
 * {@link readImportCsv} in slices of at most `sliceMs` that yield to other work in between, so a
 * server stays responsive while it imports 100 000 rows. Rows are handed out in file order.
 */
export function readImportCsvInSlices(
  csv: string,
  onRow: (row: ParsedImportRow, columnForPath: ParsedImport['columnForPath']) => void,
  options: SliceOptions,
): Promise<Pick<ParsedImport, 'columnForPath'>> {
  return new Promise((resolve, reject) => {
    let reader: ImportReader;
    try {
      reader = new ImportReader(csv, onRow);
    } catch (error) {
      reject(error);
      return;
    }
    let sliceStart = 0;
    let rowsInSlice = 0;
    const settle = () => {
      try {
        resolve(reader.finish());
      } catch (error) {
        reject(error);
      }
    };
    const config = reader.config((results, parser) => {
      reader.step(results, parser);
      // The clock is read every 64 rows only: reading it per row cost more than the rows.
      if (++rowsInSlice % 64 !== 0 || performance.now() - sliceStart < options.sliceMs) return;
      parser.pause();
      options.yieldNow().then(() => {
        sliceStart = performance.now();
        options.run(() => parser.resume());
      }, reject);
    });
    config.complete = settle;
    sliceStart = performance.now();
    options.run(() => {
      Papa.parse<string[]>(reader.text, config);
    });
  });
}

/** The state of reading one import file: its text, delimiter, header and row converter. */
class ImportReader {
  readonly text: string;
  private readonly delimiter: string;
  private columnNames: Map<ImportField, string> | undefined;
  private converter: RowConverter | undefined;
  private index = -1;
  private failure: unknown;
  readonly columnForPath = (path: string): string => {
    const field = fieldForPath(path);
    return field === undefined ? path : this.nameOf(field);
  };

  constructor(
    csv: string,
    private readonly onRow: (row: ParsedImportRow, columnForPath: ParsedImport['columnForPath']) => void,
  ) {
    const text = csv.charCodeAt(0) === 0xfeff ? csv.slice(1) : csv;
    if (BLANK.test(text)) {
      throw new EngineError('validation_failed', 'The CSV file is empty.', [
        { path: 'file', message: 'is empty' },
      ]);
    }
    this.text = text;
    this.delimiter = detectDelimiter(text);
  }

  private nameOf(field: ImportField): string {
    return this.columnNames?.get(field) ?? CANONICAL_COLUMN[field];
  }

  /** Papa's options; blank records are kept (and skipped here) so record numbers stay those a spreadsheet shows. */
  config(
    step: (results: Papa.ParseStepResult<string[]>, parser: Papa.Parser) => void,
  ): Papa.ParseConfig<string[]> {
    return { delimiter: this.delimiter, header: false, skipEmptyLines: false, step };
  }

  step(results: Papa.ParseStepResult<string[]>, parser: Papa.Parser): void {
    this.index++;
    const record = results.data;
    if (isBlankRecord(record) || this.failure !== undefined) return;
    try {
      if (!this.converter) {
        const columns = mapHeader(record);
        this.columnNames = new Map();
        for (const [field, column] of columns) this.columnNames.set(field, column.name);
        this.converter = new RowConverter(columns, (field) => this.nameOf(field));
        return;
      }
      const row = this.converter.convert(record, this.index + 1);
      const quoteProblem = quoteProblemOf(results.errors);
      if (quoteProblem !== undefined) {
        row.errors.push({ column: '', message: quoteProblem });
        row.input = undefined;
      }
      this.onRow(row, this.columnForPath);
    } catch (error) {
      this.failure = error;
      parser.abort();
    }
  }

  /** What the file's reading came to: its column names, or the file-level problem it threw. */
  finish(): Pick<ParsedImport, 'columnForPath'> {
    if (this.failure !== undefined) throw this.failure;
    if (!this.converter) {
      throw new EngineError('validation_failed', 'The CSV file is empty.', [
        { path: 'file', message: 'is empty' },
      ]);
    }
    return { columnForPath: this.columnForPath };
  }
}

function quoteProblemOf(errors: readonly Papa.ParseError[]): string | undefined {
  for (const error of errors) {
    if (error.type === 'Quotes') {
      return error.code === 'MissingQuotes'
        ? 'has a quoted cell that is never closed'
        : 'has a quoted cell with text after its closing quote';
    }
  }
  return undefined;
}

function isBlankRecord(record: string[] | undefined): boolean {
  if (record === undefined) return true;
  for (const cell of record) if (!BLANK.test(cell)) return false;
  return true;
}

/**
 * Picks the delimiter under which the header names the most known columns. Papa's own guess looks at
 * field-count consistency, which decimal commas in a `;` file (`12,50`) can fool; the header cannot.
 */
function detectDelimiter(text: string): string {
  const sample = text.slice(0, HEADER_SAMPLE_CHARS);
  let best: string | undefined;
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const header = Papa.parse<string[]>(sample, { delimiter, preview: 50, skipEmptyLines: 'greedy' }).data[0];
    let score = 0;
    for (const cell of header ?? []) if (fieldForHeader(cell.trim()) !== undefined) score++;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  if (best !== undefined) return best;
  return Papa.parse<string[]>(sample, {
    preview: 50,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [...DELIMITERS],
  }).meta.delimiter;
}

interface Column {
  index: number;
  /** The header as written (trimmed), which is what the merchant recognises in messages. */
  name: string;
}

function mapHeader(cells: string[]): Map<ImportField, Column> {
  const columns = new Map<ImportField, Column>();
  const details: ValidationIssue[] = [];
  cells.forEach((cell, index) => {
    const name = cell.trim();
    const field = fieldForHeader(name);
    if (field === undefined) return;
    const existing = columns.get(field);
    if (existing !== undefined) {
      details.push({
        path: field,
        message: `columns "${existing.name}" and "${name}" both mean ${CANONICAL_COLUMN[field]}; keep one`,
      });
      return;
    }
    columns.set(field, { index, name });
  });

  if (columns.size === 0) {
    throw new EngineError(
      'validation_failed',
      'The first row of the CSV file must be a header row naming the columns, such as Amount, Title and Customer name.',
      [{ path: 'file', message: 'has no header row' }],
    );
  }
  for (const field of ['amount', 'title'] as const) {
    if (!columns.has(field)) {
      details.push({ path: field, message: `column is missing (name it ${orList(aliasesOf(field))})` });
    }
  }
  if (
    !columns.has('customer.name') &&
    !columns.has('customerId') &&
    !columns.has('customer.customerNumber')
  ) {
    details.push({
      path: 'customer.name',
      message: `column is missing (add ${CANONICAL_COLUMN['customer.name']}, ${CANONICAL_COLUMN.customerId} or ${CANONICAL_COLUMN['customer.customerNumber']})`,
    });
  }
  if (details.length > 0) {
    const missing = details.filter((d) => d.message.startsWith('column is missing'));
    const summary =
      missing.length > 0
        ? `The CSV file is missing required columns: ${missing.map((d) => columnForPath(d.path)).join(', ')}.`
        : 'The CSV file has more than one column for the same field.';
    throw new EngineError('validation_failed', summary, details);
  }
  return columns;
}

function orList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/**
 * Converts records to CreateLink bodies. Column positions are resolved once per file so the per-row
 * work stays a handful of array reads — a 100 000-row file has to convert in a fraction of a second.
 */
class RowConverter {
  private readonly index: Record<ImportField, number>;
  private readonly nameOf: (field: ImportField) => string;
  /** Where a missing customer is reported: the name column, else the id column the file has. */
  private readonly customerField: ImportField;
  // Imports repeat the same few expiry dates and method lists on every row; converting each distinct
  // text once saves most of the per-row work on large files.
  private readonly expiryCache = new Map<string, CellResult<string>>();
  private readonly methodsCache = new Map<string, string[]>();
  private readonly upperCache = new Map<string, string>();
  private readonly lowerCache = new Map<string, string>();
  // The row being converted. Kept on the instance instead of in per-row closures, which showed up as
  // a large share of the time on a 100 000-row file.
  private errors: RowError[] = [];
  private failed: ImportField[] = [];

  constructor(columns: Map<ImportField, Column>, nameOf: (field: ImportField) => string) {
    const index = {} as Record<ImportField, number>;
    for (const field of IMPORT_FIELDS) index[field] = columns.get(field)?.index ?? -1;
    this.index = index;
    this.nameOf = nameOf;
    this.customerField = index['customer.name'] < 0 && index.customerId >= 0 ? 'customerId' : 'customer.name';
  }

  private cell(record: string[], field: ImportField): string {
    const at = this.index[field];
    if (at < 0) return '';
    const raw = record[at];
    if (raw === undefined || raw === '') return '';
    const text = raw.trim();
    // Trim again after un-neutralising: a tab or CR behind the `'` is whitespace like any other.
    return text.charCodeAt(0) === 0x27 ? restoreFormula(text).trim() : text;
  }

  private fail(field: ImportField, message: string): void {
    if (this.errors === NO_ERRORS) {
      this.errors = [];
      this.failed = [];
    }
    this.failed.push(field);
    this.errors.push({ column: this.nameOf(field), message });
  }

  convert(record: string[], row: number): ParsedImportRow {
    this.errors = NO_ERRORS;
    const input: Record<string, unknown> = {};

    const currency = this.converted(this.cell(record, 'currency'), true);
    if (currency !== '') input.currency = currency;

    const amount = this.cell(record, 'amount');
    if (amount === '') this.fail('amount', 'is required');
    else {
      const result = parseAmount(amount, currency === '' ? 'EUR' : currency);
      if (result.ok) input.amount = result.value;
      else this.fail('amount', result.message);
    }

    const title = this.cell(record, 'title');
    if (title === '') this.fail('title', 'is required');
    else input.title = title;

    const message = this.cell(record, 'message');
    if (message !== '') input.message = message;
    const reference = this.cell(record, 'reference');
    if (reference !== '') input.reference = reference;
    const invoice = this.cell(record, 'invoice');
    if (invoice !== '') input.invoice = invoice;
    const customerId = this.cell(record, 'customerId');
    if (customerId !== '') input.customerId = customerId;

    const name = this.cell(record, 'customer.name');
    const email = this.cell(record, 'customer.email');
    const mobile = this.cell(record, 'customer.mobile');
    const customerNumber = this.cell(record, 'customer.customerNumber');
    // With a customer id the engine takes the stored customer's details; a nameless inline customer
    // next to it would only fail the schema (name is required there) for no benefit.
    if (name !== '' || (customerId === '' && (email !== '' || mobile !== '' || customerNumber !== ''))) {
      const customer: Record<string, string> = {};
      if (name !== '') customer.name = name;
      if (email !== '') customer.email = email;
      if (mobile !== '') customer.mobile = mobile;
      if (customerNumber !== '') customer.customerNumber = customerNumber;
      input.customer = customer;
    }
    // The engine does not look customers up by number, so without an id a row needs the name.
    if (name === '' && customerId === '') {
      this.fail(this.customerField, 'is required');
      this.failed.push('customer.name');
    }

    const language = this.cell(record, 'language');
    if (language !== '') input.language = this.converted(language, false);

    const methods = this.cell(record, 'methods');
    if (methods !== '') input.methods = this.methods(methods);

    const expiry = this.cell(record, 'expiresAt');
    if (expiry !== '') {
      const result = this.expiry(expiry);
      if (result.ok) input.expiresAt = result.value;
      else this.fail('expiresAt', result.message);
    }

    const errors = this.errors;
    if (errors === NO_ERRORS) return { row, input, errors: [] };
    this.addSchemaIssues(input, this.failed, errors);
    return { row, input: undefined, errors };
  }

  /**
   * A currency upper-cased or a language lower-cased, the same string for the same cell text: every
   * row repeats a few codes, and a fresh copy per row stayed on the heap with each created link.
   */
  private converted(text: string, upper: boolean): string {
    const cache = upper ? this.upperCache : this.lowerCache;
    let out = cache.get(text);
    if (out === undefined) {
      out = upper ? text.toUpperCase() : text.toLowerCase();
      if (cache.size < CACHE_LIMIT) cache.set(text, out);
    }
    return out;
  }

  private methods(text: string): string[] {
    let methods = this.methodsCache.get(text);
    if (methods === undefined) {
      methods = [
        ...new Set(
          text
            .toLowerCase()
            .split(METHOD_SEPARATORS)
            .filter((method) => method !== ''),
        ),
      ];
      if (this.methodsCache.size < CACHE_LIMIT) this.methodsCache.set(text, methods);
    }
    // Each link gets its own array: the engine may keep or change what it is given.
    return methods.slice();
  }

  private expiry(text: string): CellResult<string> {
    let result = this.expiryCache.get(text);
    if (result === undefined) {
      result = parseExpiry(text);
      if (this.expiryCache.size < CACHE_LIMIT) this.expiryCache.set(text, result);
    }
    return result;
  }

  /**
   * A row that failed conversion never reaches the engine's validation, so its other mistakes (a bad
   * e-mail next to a bad amount) are found here; otherwise the merchant would fix one cell per upload.
   * Only failing rows pay for this, which keeps large valid files fast.
   */
  private addSchemaIssues(
    input: Record<string, unknown>,
    failed: readonly ImportField[],
    errors: RowError[],
  ): void {
    const result = CreateLink.safeParse(input);
    if (result.success) return;
    const reported = new Set<ImportField>(failed);
    for (const issue of describeIssues(result.error.issues)) {
      const field = fieldForPath(issue.path);
      if (field === undefined || reported.has(field)) continue;
      reported.add(field);
      errors.push({ column: this.nameOf(field), message: issue.message });
    }
  }
}
