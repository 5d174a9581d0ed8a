/**
 * One row of an import file → one CreateLink body, checked with the same schema the server uses, so
 * a browser's preview and the server's import agree on every row.
 * @module
 */
import { CreateLink } from '../schemas/link.ts';
import { type ColumnMapping, IMPORT_FIELDS, type ImportField } from './columns.ts';
import { type ImportIssue, issuesFromSchema } from './issues.ts';
import { type CellResult, parseAmount, parseExpiry, restoreFormula } from './values.ts';

/** What a row became: a body ready to send, or every reason it cannot be imported. */
export type ConvertedRow = { ok: true; input: CreateLink } | { ok: false; issues: ImportIssue[] };

/** Checks beyond the schema that need to know the merchant's account or the time. */
export interface ConvertOptions {
  /** Ids of the payment methods activated for the merchant; a row naming another is refused. */
  activeMethods?: readonly string[];
  /** Now, in ms since the epoch; an expiry date not after it is refused. */
  now?: number;
}

const METHOD_SEPARATORS = /[|,;\s]+/;
/** Most distinct cell texts remembered per kind, so a file of all-different dates cannot grow memory unbounded. */
const CACHE_LIMIT = 10_000;

/**
 * Converts the records of one file under one column mapping. Column positions are resolved once, so
 * the work per row stays a handful of array reads; the few expiry dates and method lists a file
 * repeats on every row are converted once each.
 */
export class RowConverter {
  private readonly index: Record<ImportField, number>;
  private readonly active: ReadonlySet<string> | undefined;
  private readonly now: number | undefined;
  /** Where a missing customer is reported: the name column, else the customer id column. */
  private readonly customerField: ImportField;
  private readonly expiryCache = new Map<string, CellResult<string>>();
  private readonly methodsCache = new Map<string, string[]>();
  private issues: ImportIssue[] = [];
  private failed = new Set<ImportField>();

  constructor(mapping: ColumnMapping, options: ConvertOptions = {}) {
    const index = {} as Record<ImportField, number>;
    for (const field of IMPORT_FIELDS) index[field] = mapping.indexOf(field);
    this.index = index;
    this.active = options.activeMethods ? new Set(options.activeMethods) : undefined;
    this.now = options.now;
    this.customerField = index['customer.name'] < 0 && index.customerId >= 0 ? 'customerId' : 'customer.name';
  }

  /** The trimmed text of a field's cell, with a spreadsheet's formula guard (`'=…`) taken off. */
  cell(record: readonly string[], field: ImportField): string {
    const at = this.index[field];
    if (at < 0) return '';
    const raw = record[at];
    if (raw === undefined || raw === '') return '';
    const text = raw.trim();
    // Trim again after un-neutralising: a tab or CR behind the `'` is whitespace like any other.
    return text.charCodeAt(0) === 0x27 ? restoreFormula(text).trim() : text;
  }

  /** Converts one record; `rowIssues` are problems already found with the row as a whole. */
  convert(record: readonly string[], rowIssues: readonly ImportIssue[] = []): ConvertedRow {
    this.issues = [...rowIssues];
    this.failed = new Set();
    const input: Record<string, unknown> = {};

    const currency = this.cell(record, 'currency').toUpperCase();
    if (currency !== '') input.currency = currency;

    const amount = this.cell(record, 'amount');
    if (amount === '') this.fail('amount', 'required', 'is required');
    else this.take('amount', parseAmount(amount, currency === '' ? 'EUR' : currency), input);

    const title = this.cell(record, 'title');
    if (title === '') this.fail('title', 'required', 'is required');
    else input.title = title;

    for (const field of ['message', 'reference', 'invoice', 'customerId'] as const) {
      const text = this.cell(record, field);
      if (text !== '') input[field] = text;
    }

    const name = this.cell(record, 'customer.name');
    const email = this.cell(record, 'customer.email');
    const mobile = this.cell(record, 'customer.mobile');
    const customerNumber = this.cell(record, 'customer.customerNumber');
    const customerId = this.cell(record, 'customerId');
    // With a customer id the server takes the stored customer's details; a nameless inline customer
    // next to it would only fail the schema (a name is required there) for no benefit.
    if (name !== '' || (customerId === '' && (email !== '' || mobile !== '' || customerNumber !== ''))) {
      const customer: Record<string, string> = {};
      if (name !== '') customer.name = name;
      if (email !== '') customer.email = email;
      if (mobile !== '') customer.mobile = mobile;
      if (customerNumber !== '') customer.customerNumber = customerNumber;
      input.customer = customer;
    }
    // Customers are not looked up by number, so without an id a row needs the name.
    if (name === '' && customerId === '') {
      this.fail(this.customerField, 'customer_required', 'is required (or give a customer ID)');
      this.failed.add('customer.name');
    }

    const language = this.cell(record, 'language');
    if (language !== '') input.language = language.toLowerCase();

    const methods = this.cell(record, 'methods');
    if (methods !== '') this.methods(methods, input);

    const expiry = this.cell(record, 'expiresAt');
    if (expiry !== '') this.expiry(expiry, input);

    const parsed = CreateLink.safeParse(input);
    if (!parsed.success) this.issues.push(...issuesFromSchema(parsed.error.issues, this.failed));
    if (this.issues.length > 0 || !parsed.success) return { ok: false, issues: this.issues };
    return { ok: true, input: parsed.data };
  }

  private fail(
    field: ImportField,
    code: ImportIssue['code'],
    message: string,
    params?: ImportIssue['params'],
  ) {
    this.failed.add(field);
    this.issues.push(params ? { field, code, params, message } : { field, code, message });
  }

  private take<T>(field: ImportField, result: CellResult<T>, input: Record<string, unknown>): void {
    if (result.ok) input[field] = result.value;
    else this.fail(field, result.code, result.message, result.params);
  }

  private methods(text: string, input: Record<string, unknown>): void {
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
    if (methods.length === 0) {
      this.fail('methods', 'methods_empty', 'must list at least one payment method');
      return;
    }
    const inactive = this.active ? methods.find((method) => !this.active?.has(method)) : undefined;
    if (inactive !== undefined) {
      this.fail('methods', 'method_inactive', `${inactive} is not activated`, { method: inactive });
      return;
    }
    // Each body gets its own array: whoever receives it may keep or change it.
    input.methods = methods.slice();
  }

  private expiry(text: string, input: Record<string, unknown>): void {
    let result = this.expiryCache.get(text);
    if (result === undefined) {
      result = parseExpiry(text);
      if (this.expiryCache.size < CACHE_LIMIT) this.expiryCache.set(text, result);
    }
    if (!result.ok) {
      this.take('expiresAt', result, input);
    } else if (this.now !== undefined && !(Date.parse(result.value) > this.now)) {
      this.fail('expiresAt', 'date_past', 'must be in the future', { value: text });
    } else {
      input.expiresAt = result.value;
    }
  }
}
