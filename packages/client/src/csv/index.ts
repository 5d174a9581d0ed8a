/**
 * `@paylink/client/csv`: the payment-link import and export file format, shared by every side that
 * reads or writes it (a browser's preview, the server's import), so they agree on every column and
 * every row: column names in English, Dutch, French and German; cell conversion (amounts in any
 * locale's notation, European and ISO dates); each row checked with the CreateLink schema; issues as
 * codes to translate; formula-safe writing; a template to fill in.
 * @module
 */
export {
  aliasesOf,
  CANONICAL_COLUMN,
  COLUMN_LANGUAGES,
  type ColumnLanguage,
  type ColumnMapping,
  type ColumnProblem,
  checkMapping,
  columnName,
  detectDelimiter,
  fieldForHeader,
  fieldForPath,
  IMPORT_FIELDS,
  type ImportField,
  isImportField,
  mapHeader,
  normalizeHeader,
  REQUIRED_FIELDS,
} from './columns.ts';
export { type ConvertedRow, type ConvertOptions, RowConverter } from './convert.ts';
export {
  IMPORT_ISSUE_CODES,
  type ImportIssue,
  type ImportIssueCode,
  type IssueParams,
  issuesFromSchema,
} from './issues.ts';
export {
  type CellResult,
  formatMinorUnits,
  isPlainNumber,
  neutralizeFormula,
  parseAmount,
  parseExpiry,
  restoreFormula,
} from './values.ts';
export { CSV_BOM, CSV_EOL, csvRow, importCsv, importTemplate } from './write.ts';
