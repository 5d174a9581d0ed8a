/**
 * The CSV export (`GET /api/links/export`): chosen links or every link matching the list filters,
 * streamed a part at a time.
 * @module
 */
import type { LinkFilters } from '@paylink/client/schemas';
import type { Engine } from '../api.ts';
import { linksToCsv } from '../csv-export.ts';
import { checkFilters, scanAll } from '../list-query.ts';
import type { EngineState } from '../state.ts';
import type { LinkRecord } from '../store.ts';
import { publicLink } from './copies.ts';

/** Links per part of a streamed export: about 300 KB of text. */
const EXPORT_ROWS_PER_PART = 1000;

type ExportSelection = { ids: string[] } | { filters: LinkFilters };

/** The engine's export calls. */
export function exportArea(state: EngineState): Pick<Engine, 'exportCsv' | 'exportCsvParts'> {
  function* exportCsvParts(
    selection: ExportSelection,
    rowsPerPart = EXPORT_ROWS_PER_PART,
  ): Generator<string, void, undefined> {
    // The selection is fixed first (references only, no copies); each part then reads the links as
    // they are at that moment, so memory stays at one part's text however many links there are.
    const records = state.run(() => exportSelection(state, selection));
    const header = linksToCsv([]);
    yield header;
    for (let start = 0; start < records.length; start += rowsPerPart) {
      const part = state.run(() => linksToCsv(records.slice(start, start + rowsPerPart).map(publicLink)));
      // Every part repeats the header that `linksToCsv` writes; the file has it once.
      yield part.slice(header.length);
    }
  }
  return {
    exportCsv: (selection) => [...exportCsvParts(selection)].join(''),
    exportCsvParts,
  };
}

function exportSelection(state: EngineState, selection: ExportSelection): LinkRecord[] {
  if ('ids' in selection) {
    const records: LinkRecord[] = [];
    for (const id of selection.ids) {
      const record = state.store.links.get(id);
      if (record) records.push(record);
    }
    return records;
  }
  return scanAll(state.store.byCreated, checkFilters(selection.filters ?? {}, state.now()));
}
