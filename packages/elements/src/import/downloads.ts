/**
 * The files the import offers: the template to fill in, and the rows that were not imported.
 * @module
 */
import { importTemplate } from '@paylink/client/csv';
import { downloadBlob } from '../shared/download.ts';
import type { RejectedRequest } from './import-file.ts';
import type { ImportRun } from './import-run.ts';
import { issueWords, type Translate } from './messages.ts';

/** Saves CSV text (which carries its own byte order mark) as a file for spreadsheets. */
function saveCsv(csv: string, fileName: string, container: Node): void {
  downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName, container);
}

/** Saves the template, its column names in `language`. */
export function saveTemplate(language: string, container: Node): void {
  saveCsv(importTemplate(language), 'payment-links-template.csv', container);
}

/** Saves the rejected rows of `fileName` (`links.csv` → `links-rejected.csv`). */
export function saveRejected(csv: string, fileName: string, container: Node): void {
  saveCsv(csv, `${fileName.replace(/\.[^.]*$/, '') || 'import'}-rejected.csv`, container);
}

/**
 * What the rejected-rows file holds, in the user's words: the rows the preview found invalid, and
 * once an import ran, the rows the server refused and those never sent (with why).
 */
export function rejectedRequest(t: Translate, run: ImportRun | undefined): RejectedRequest {
  const state = run?.state;
  return {
    words: issueWords(t),
    labels: { row: t('problems.row'), column: t('problems.column'), reason: t('problems.reason') },
    serverRejected: state?.rejected ?? [],
    notImported:
      run && state && run.unsent > 0
        ? {
            fromValid: run.firstUnsent,
            reason: state.error
              ? t('notImportedReason.failed', { message: state.error.message })
              : t('notImportedReason.cancelled'),
          }
        : undefined,
  };
}
