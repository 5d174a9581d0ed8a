/**
 * The preview of a checked file, before anything is created: how it was read, the counts, what each
 * column is imported as (a select per column to remap it), the rows with problems a page at a time,
 * and Import.
 * @module
 */
import { type ColumnProblem, IMPORT_FIELDS, type ImportField } from '@paylink/client/csv';
import { html, nothing, type TemplateResult } from 'lit';
import { iconDownload, iconWarning } from '../shared/icons.ts';
import { ENCODING_NAMES } from './decode.ts';
import type { FileSummary, RowProblems } from './import-file.ts';
import { columnText, type IssueWords, reasonText } from './issue-text.ts';
import { fieldKey, type Translate } from './messages.ts';
import { count, heading, type ViewContext } from './views.ts';

/** Options of {@link renderPreview}. */
export interface PreviewView {
  file: { name: string; size: number };
  summary: FileSummary;
  /** Rows with problems on the page shown, from the `offset`-th. */
  problems: RowProblems[];
  offset: number;
  pageSize: number;
  /** The rows are being checked again under a new mapping. */
  checking: boolean;
  words: IssueWords;
  size: (bytes: number) => string;
  onRemap: (column: number, field: ImportField | null) => void;
  onPage: (offset: number) => void;
  onDownload: () => void;
  onImport: () => void;
  onAgain: () => void;
}

const DELIMITER_KEYS: Readonly<Record<string, string>> = {
  ',': 'delimiter.comma',
  ';': 'delimiter.semicolon',
  '\t': 'delimiter.tab',
};

/** The file's column `index` as the preview names it. */
function columnLabel(t: Translate, header: readonly string[], index: number): string {
  return header[index]?.trim() || t('columns.unnamed', { number: index + 1 });
}

export function renderPreview(ctx: ViewContext, view: PreviewView): TemplateResult {
  const { t, n } = ctx;
  const { summary, file } = view;
  const blocked = summary.columnProblems.length > 0;
  const canImport = !blocked && !view.checking && summary.valid > 0;
  return html`${heading(ctx, t('preview.title'))}
    <p class="details">
      ${t('preview.details', {
        name: file.name,
        size: view.size(file.size),
        encoding: ENCODING_NAMES[summary.encoding],
        delimiter: t(DELIMITER_KEYS[summary.delimiter] ?? 'delimiter.comma'),
      })}
    </p>
    <dl class="counts" part="counts" aria-busy=${view.checking ? 'true' : 'false'}>
      ${count(t('preview.rows'), n(summary.rows))}
      ${count(t('preview.ready'), blocked ? '–' : n(summary.valid), 'created')}
      ${count(t('preview.problems'), blocked ? '–' : n(summary.invalid), summary.invalid > 0 ? 'bad' : '')}
    </dl>
    ${renderColumns(ctx, view)} ${blocked ? nothing : renderProblems(ctx, view)}
    <div class="actions main-actions">
      <button
        type="button"
        class="button primary"
        part="button import-button"
        aria-describedby="import-hint"
        ?disabled=${!canImport}
        @click=${view.onImport}
      >
        ${t('import')}
      </button>
      <button type="button" class="button" part="button again-button" @click=${view.onAgain}>
        ${t('chooseAnother')}
      </button>
      <p class="hint" id="import-hint">
        ${
          view.checking
            ? t('checking')
            : blocked
              ? t('fixColumns')
              : summary.valid === 0
                ? t('nothingToImport')
                : t('importHint')
        }
      </p>
    </div>`;
}

function problemText(t: Translate, header: readonly string[], problem: ColumnProblem): string {
  const field = (f: ImportField) => t(fieldKey(f));
  switch (problem.code) {
    case 'missing':
      return t('columns.missing', { field: field(problem.field) });
    case 'missing_customer':
      return t('columns.missing_customer', { name: field('customer.name'), id: field('customerId') });
    case 'duplicate':
      return t('columns.duplicate', {
        first: columnLabel(t, header, problem.columns[0]),
        second: columnLabel(t, header, problem.columns[1]),
        field: field(problem.field),
      });
  }
}

/** A select per column of the file, with examples of its values; the problems that block the import first. */
function renderColumns(ctx: ViewContext, view: PreviewView): TemplateResult {
  const { t } = ctx;
  const { header, mapping, samples, columnProblems } = view.summary;
  return html`<section class="columns" part="columns" aria-labelledby="columns-title">
    <div class="subheading" id="columns-title" role="heading" aria-level=${ctx.level + 1}>${t('columns.title')}</div>
    <p class="hint">${t('columns.hint')}</p>
    ${
      columnProblems.length > 0
        ? html`<ul class="column-problems" part="column-problems">
          ${columnProblems.map((p) => html`<li>${iconWarning()} <span>${problemText(t, header, p)}</span></li>`)}
        </ul>`
        : nothing
    }
    <ul class="column-list">
      ${header.map((_, index) => {
        const label = columnLabel(t, header, index);
        const examples = samples[index] ?? [];
        const selected = mapping[index] ?? null;
        return html`<li class="column ${selected === null ? 'skipped' : ''}">
          <label class="column-name" for="map-${index}" dir="auto">${label}</label>
          <select
            id="map-${index}"
            part="column-select"
            aria-label=${t('columns.importAs', { column: label })}
            aria-describedby="examples-${index}"
            .value=${selected ?? ''}
            @change=${(event: Event) => {
              const value = (event.target as HTMLSelectElement).value;
              view.onRemap(index, value === '' ? null : (value as ImportField));
            }}
          >
            <option value="" ?selected=${selected === null}>${t('columns.skip')}</option>
            ${IMPORT_FIELDS.map(
              (field) =>
                html`<option value=${field} ?selected=${selected === field}>${t(fieldKey(field))}</option>`,
            )}
          </select>
          <span class="examples" id="examples-${index}" dir="auto">
            ${examples.length > 0 ? t('columns.examples', { values: examples.join(', ') }) : t('columns.noExamples')}
          </span>
        </li>`;
      })}
    </ul>
  </section>`;
}

/** The rows with problems, a page at a time, and the download of all of them. */
function renderProblems(ctx: ViewContext, view: PreviewView): TemplateResult {
  const { t, n } = ctx;
  const { summary, offset, pageSize, problems } = view;
  const total = summary.invalid;
  if (total === 0) {
    return html`<p class="all-good" part="no-problems">${t('problems.none')}</p>`;
  }
  const to = Math.min(total, offset + problems.length);
  return html`<section class="problems" part="problems" aria-labelledby="problems-title">
    <div class="subheading" id="problems-title" role="heading" aria-level=${ctx.level + 1}>${t('problems.title')}</div>
    <div class="table-scroll">
      <table part="problems-table">
        <caption>
          ${t('problems.range', { from: n(offset + 1), to: n(to), total: n(total) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('problems.row')}</th>
            <th scope="col">${t('problems.column')}</th>
            <th scope="col">${t('problems.reason')}</th>
          </tr>
        </thead>
        <tbody>
          ${problems.map(({ row, issues }) =>
            issues.map(
              (issue, i) => html`<tr>
                ${i === 0 ? html`<th scope="row" rowspan=${issues.length}>${n(row)}</th>` : nothing}
                <td dir="auto">${columnText(issue, summary.header, summary.mapping, view.words) || '–'}</td>
                <td dir="auto">${reasonText(issue, view.words)}</td>
              </tr>`,
            ),
          )}
        </tbody>
      </table>
    </div>
    <div class="actions pager">
      ${
        total > pageSize
          ? html`<button
              type="button"
              class="button"
              part="button page-button"
              aria-disabled=${offset === 0 ? 'true' : 'false'}
              @click=${() => {
                if (offset > 0) view.onPage(Math.max(0, offset - pageSize));
              }}
            >
              ${t('problems.previous')}
            </button>
            <button
              type="button"
              class="button"
              part="button page-button"
              aria-disabled=${to >= total ? 'true' : 'false'}
              @click=${() => {
                if (to < total) view.onPage(offset + pageSize);
              }}
            >
              ${t('problems.next')}
            </button>`
          : nothing
      }
      <button type="button" class="button" part="button download-button" @click=${view.onDownload}>
        ${iconDownload()} ${t('problems.download')}
      </button>
    </div>
  </section>`;
}
