/**
 * What can be wrong with one row of an import file, as codes a user interface translates, each with
 * English words for the wire (the server's `{ column, message }`) and for logs.
 * @module
 */
import { describeIssues } from '../schemas/issues.ts';
import { fieldForPath, type ImportField } from './columns.ts';

/** Why a cell (or a row) cannot be imported. */
export const IMPORT_ISSUE_CODES = [
  'required',
  'customer_required',
  'amount_format',
  'amount_not_positive',
  'amount_decimals',
  'amount_whole',
  'amount_too_large',
  'date_format',
  'date_invalid',
  'date_past',
  'email',
  'mobile',
  'currency',
  'language',
  'too_long',
  'methods_empty',
  'method_inactive',
  'quotes_unclosed',
  'quotes_trailing',
  'invalid',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

/** The values a message about an issue names: the cell text, a limit, a method, a currency. */
export interface IssueParams {
  value?: string;
  max?: number;
  method?: string;
  currency?: string;
}

/** One problem of one row: which field (if it is about a cell), why, and the words for it in English. */
export interface ImportIssue {
  /** The field whose cell is wrong; absent for a problem with the row as a whole (its quoting). */
  field?: ImportField;
  code: ImportIssueCode;
  params?: IssueParams;
  /** English, e.g. `must be greater than 0`; what the server answers as `message`. */
  message: string;
}

interface ZodIssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  maximum?: unknown;
}

/** Fields whose pattern check stands for a kind of value that has a code of its own. */
const FORMAT_CODES: Partial<Record<ImportField, ImportIssueCode>> = {
  'customer.email': 'email',
  'customer.mobile': 'mobile',
  currency: 'currency',
  language: 'language',
};

/**
 * Turns the CreateLink schema's issues into import issues on the fields the file fills (issues on
 * other paths are dropped: a row cannot cause them). One issue per field, the first.
 */
export function issuesFromSchema(
  issues: readonly ZodIssueLike[],
  skip: ReadonlySet<ImportField>,
): ImportIssue[] {
  const out: ImportIssue[] = [];
  const seen = new Set<ImportField>(skip);
  const described = describeIssues(issues);
  issues.forEach((issue, i) => {
    const path = issue.path.map(String).join('.');
    const field = fieldForPath(path);
    if (field === undefined || seen.has(field)) return;
    seen.add(field);
    const message = described[i]?.message ?? 'is invalid';
    if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
      out.push({ field, code: 'too_long', params: { max: issue.maximum }, message });
    } else if (issue.code === 'too_small' && field === 'methods') {
      out.push({ field, code: 'methods_empty', message });
    } else {
      out.push({ field, code: FORMAT_CODES[field] ?? 'invalid', message });
    }
  });
  return out;
}
