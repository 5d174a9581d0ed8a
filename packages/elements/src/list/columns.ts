import type { LinkSort, PaymentLink } from '@paylink/client';
import { html, nothing, type TemplateResult } from 'lit';
import { statusBadge } from '../shared/status-badge.ts';

/** Translates a key of the list's messages. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What rendering a row needs from the list. */
export interface RowContext {
  t: Translate;
  money(minorUnits: number, currency: string): string;
  date(iso: string): string;
  isSelected(id: string): boolean;
}

/** Columns the API can sort by, and the sort key each maps to. */
export const SORTABLE = { amount: 'amount', created: 'createdAt', expires: 'expiresAt' } as const;
type SortableColumn = keyof typeof SORTABLE;

const COLUMNS = ['status', 'amount', 'title', 'customer', 'reference', 'created', 'expires'] as const;

/** The next sort when a column header is activated: the other direction, or ascending first. */
export function nextSort(current: LinkSort, column: SortableColumn): LinkSort {
  const field = SORTABLE[column];
  if (current === field) return `-${field}` as LinkSort;
  if (current === `-${field}`) return field;
  return field;
}

function ariaSort(current: LinkSort, column: string): 'ascending' | 'descending' | undefined {
  if (!(column in SORTABLE)) return undefined;
  const field = SORTABLE[column as SortableColumn];
  if (current === field) return 'ascending';
  if (current === `-${field}`) return 'descending';
  return undefined;
}

/** The header row: "Select all", then one column header per column; sortable ones hold a button. */
export function renderHeader(
  t: Translate,
  sort: LinkSort,
  coverage: 'all' | 'some' | 'none',
  canSelect: boolean,
): TemplateResult {
  return html`<div role="row" class="row" part="header-row" aria-rowindex="1">
    <div role="columnheader" class="cell check">
      <input
        type="checkbox"
        part="checkbox"
        data-action="select-all"
        aria-label=${t('selectAll')}
        .checked=${coverage === 'all'}
        .indeterminate=${coverage === 'some'}
        ?disabled=${!canSelect}
      />
    </div>
    ${COLUMNS.map((column) => {
      const direction = ariaSort(sort, column);
      const label = t(`column.${column}`);
      return html`<div role="columnheader" class="cell ${column}" part="column-header" aria-sort=${direction ?? nothing}>
        ${
          column in SORTABLE
            ? html`<button type="button" class="sort" part="sort-button" data-sort=${column}>
                ${label}<span aria-hidden="true">${direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}</span>
              </button>`
            : label
        }
      </div>`;
    })}
  </div>`;
}

/**
 * One link as a row. Listeners sit on the row group (event delegation), so a row is plain markup
 * and thousands of them cost no closures.
 */
export function renderRow(link: PaymentLink, index: number, ctx: RowContext): TemplateResult {
  const { t } = ctx;
  const selected = ctx.isSelected(link.id);
  return html`<div
    role="row"
    class="row ${selected ? 'selected' : ''}"
    part="row"
    aria-rowindex=${index + 2}
    data-id=${link.id}
  >
    <div role="cell" class="cell check">
      <input
        type="checkbox"
        part="checkbox"
        data-action="toggle"
        aria-label=${t('selectRow', { title: link.title })}
        .checked=${selected}
      />
    </div>
    <div role="cell" class="cell status">
      ${statusBadge(link.status, t(`status.${link.status}`))}${
        link.archived ? html`<span class="tag" part="archived-tag">${t('archivedTag')}</span>` : nothing
      }
    </div>
    <div role="cell" class="cell amount">${ctx.money(link.amount, link.currency)}</div>
    <div role="cell" class="cell title">
      <button type="button" class="title-button" part="title-button" data-action="open">${link.title}</button>
    </div>
    <div role="cell" class="cell customer">${link.customer.name}</div>
    <div role="cell" class="cell reference">${link.reference}</div>
    <div role="cell" class="cell created">${ctx.date(link.createdAt)}</div>
    <div role="cell" class="cell expires">
      ${link.expiresAt ? ctx.date(link.expiresAt) : html`<span class="muted">${t('noExpiry')}</span>`}
    </div>
  </div>`;
}

/** Placeholder rows while the first page loads; hidden from assistive technology (aria-busy says it). */
export function renderSkeleton(count = 8): TemplateResult {
  return html`${Array.from(
    { length: count },
    () => html`<div class="row skeleton" part="row skeleton" aria-hidden="true">
      ${Array.from({ length: COLUMNS.length + 1 }, () => html`<div class="cell"></div>`)}
    </div>`,
  )}`;
}
