/**
 * An import issue in words: the reason in the user's language, and the column as the file names it.
 * Plain data in, plain strings out, so the same code runs on the page and in the worker (which writes
 * the rejected-rows file and has no i18n of its own).
 * @module
 */
import {
  type ColumnMapping,
  fieldForHeader,
  type ImportField,
  type ImportIssue,
  type ImportIssueCode,
} from '@paylink/client/csv';

/** The words an issue is told in: a template per reason (`{{value}}`, `{{max}}`, …) and a label per field. */
export interface IssueWords {
  reasons: Readonly<Record<ImportIssueCode, string>>;
  fields: Readonly<Record<ImportField, string>>;
}

/** An issue the server reported on a row: its column as the request named it, in English words. */
export interface ServerIssue {
  column: string;
  message: string;
}

/** Fills `{{name}}` placeholders of `template` from `values` (as text; nothing is ever HTML). */
export function interpolate(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** Why the cell cannot be imported, in the user's language. */
export function reasonText(issue: ImportIssue | ServerIssue, words: IssueWords): string {
  if (!('code' in issue)) return issue.message;
  const template = words.reasons[issue.code];
  return template ? interpolate(template, { ...issue.params }) : issue.message;
}

/** The column an issue is about: the file's own header for it, else the field's label; '' for the whole row. */
export function columnText(
  issue: ImportIssue | ServerIssue,
  header: readonly string[],
  mapping: ColumnMapping,
  words: IssueWords,
): string {
  if (!('code' in issue)) return issue.column;
  if (issue.field === undefined) return '';
  const at = mapping.indexOf(issue.field);
  const written = at >= 0 ? header[at]?.trim() : undefined;
  return written || words.fields[issue.field];
}

/**
 * The file's own name for a column the server named: it names them as the request did, by field path
 * (`customer.email`); the file's header for that field, else the field's label, else as named.
 */
export function fileColumn(
  column: string,
  header: readonly string[],
  mapping: ColumnMapping,
  words: IssueWords,
): string {
  const field = fieldForHeader(column);
  return field ? columnText({ field, code: 'invalid', message: '' }, header, mapping, words) : column;
}
