/**
 * The CSV import (`POST /api/links/import`): every row validated and, unless it is a dry run,
 * created, each whole or not at all; errors name the merchant's own columns.
 * @module
 */
import type { ImportResult, ValidationIssue } from '@paylink/client/schemas';
import type { Engine } from '../api.ts';
import { EngineError } from '../api.ts';
import type { PreparedLink } from '../create-link.ts';
import { type ParsedImportRow, readImportCsv, readImportCsvInSlices } from '../csv-import.ts';
import { checkImportRowLimit, countCsvRecords, countCsvRecordsInSlices } from '../csv-limits.ts';
import type { EngineState } from '../state.ts';
import { yieldToOthers } from '../yield.ts';
import { commitLink, prepareLink } from './new-link.ts';

/** Longest stretch an import works before letting other requests run, in milliseconds. */
const IMPORT_SLICE_MS = 8;

interface ImportOptions {
  dryRun?: boolean;
}

/** The engine's import calls. */
export function importArea(state: EngineState): Pick<Engine, 'importCsv' | 'importCsvInSlices'> {
  return {
    importCsv: (csv, options = {}) =>
      state.run(() => {
        checkImportRowLimit(countCsvRecords(csv));
        const result: ImportResult = { created: 0, invalid: 0, rows: [] };
        // Rows are validated and created as they are read (each one whole or not at all); the file's
        // own header names come back so errors point at the merchant's columns as they wrote them.
        // Bulk: the creation-time index is rebuilt once on its next read, not written row by row.
        readImportCsv(csv, (row, columnForPath) =>
          importRow(state, row, columnForPath, result, options, true),
        );
        return result;
      }),

    async importCsvInSlices(csv, options = {}) {
      checkImportRowLimit(await countCsvRecordsInSlices(csv, yieldToOthers));
      const result: ImportResult = { created: 0, invalid: 0, rows: [] };
      // Each slice is one change of its own (and one journal entry with --data); between slices other
      // requests run. Links are indexed one by one, so a list read between slices needs no rebuild.
      await readImportCsvInSlices(
        csv,
        (row, columnForPath) => importRow(state, row, columnForPath, result, options, false),
        { run: (work) => state.run(work), yieldNow: yieldToOthers, sliceMs: IMPORT_SLICE_MS },
      );
      return result;
    },
  };
}

/** Validates one parsed row and, unless it is a dry run, creates its link; records the outcome. */
function importRow(
  state: EngineState,
  row: ParsedImportRow,
  columnForPath: (path: string) => string,
  result: ImportResult,
  options: ImportOptions,
  bulk: boolean,
): void {
  if (row.errors.length > 0 || row.input === undefined) {
    result.invalid++;
    const errors =
      row.errors.length > 0 ? row.errors : [{ column: '', message: 'The row could not be read' }];
    result.rows.push({ row: row.row, outcome: 'invalid', errors });
    return;
  }
  let prepared: PreparedLink;
  try {
    // Imported links are always marked as such, whatever the file says. The parsed row is ours to
    // change, so no copy.
    row.input.origin = 'import';
    prepared = prepareLink(state, row.input);
  } catch (error) {
    result.invalid++;
    result.rows.push({ row: row.row, outcome: 'invalid', errors: importErrors(error, columnForPath) });
    return;
  }
  if (options.dryRun) {
    result.rows.push({ row: row.row, outcome: 'valid' });
    return;
  }
  const record = commitLink(state, prepared, bulk);
  result.created++;
  result.rows.push({ row: row.row, outcome: 'created', linkId: record.link.id });
}

/** Turns a row's refusal into `{ column, message }` pairs naming the CSV columns. */
function importErrors(
  error: unknown,
  columnForPath: (path: string) => string,
): { column: string; message: string }[] {
  if (error instanceof EngineError) {
    const details: ValidationIssue[] = error.details ?? [];
    if (details.length > 0)
      return details.map((d) => ({ column: columnForPath(d.path), message: d.message }));
    return [{ column: '', message: error.message }];
  }
  throw error;
}
