import type { LinkSort, PaymentLink } from '@paylink/client';
import { html, nothing, type TemplateResult } from 'lit';
import { iconSortAscending, iconSortDescending, iconUnsorted } from '../shared/icons.ts';
import { statusBadge } from '../shared/status-badge.ts';
import { HEADER_ROW } from './grid-navigation.ts';
import type { ListTranslate } from './messages.ts';

/** What rendering a row needs from the list. */
export interface RowContext {
  t: ListTranslate;
  money(minorUnits: number, currency: string): string;
  date(iso: string): string;
  isSelected(id: string): boolean;
  /** `tabindex` of the focusable thing in a cell (roving tabindex: one cell of the grid has 0). */
  tabIndex(row: number, col: number): 0 | -1;
}

/** Columns the API can sort by, and the sort key each maps to. */
export const SORTABLE = { amount: 'amount', created: 'createdAt', expires: 'expiresAt' } as const;
type SortableColumn = keyof typeof SORTABLE;

const COLUMNS = ['status', 'amount', 'title', 'customer', 'reference', 'created', 'expires'] as const;

/** Cells per row: the selection checkbox, then one per column. */
export const COLUMN_COUNT = COLUMNS.length + 1;

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
  t: ListTranslate,
  sort: LinkSort,
  coverage: 'all' | 'some' | 'none',
  canSelect: boolean,
  tabIndex: (row: number, col: number) => 0 | -1,
): TemplateResult {
  const tab = (col: number) => tabIndex(HEADER_ROW, col);
  return html`<div role="row" class="row" part="header-row" aria-rowindex="1" data-row=${HEADER_ROW}>
    <div role="columnheader" class="cell check" data-col="0">
      <input
        type="checkbox"
        part="checkbox"
        data-action="select-all"
        aria-label=${t('selectAll')}
        tabindex=${tab(0)}
        .checked=${coverage === 'all'}
        .indeterminate=${coverage === 'some'}
        ?disabled=${!canSelect}
      />
    </div>
    ${COLUMNS.map((column, i) => {
      const direction = ariaSort(sort, column);
      const label = t(`column.${column}`);
      const col = i + 1;
      return column in SORTABLE
        ? html`<div role="columnheader" class="cell ${column}" part="column-header" data-col=${col} aria-sort=${direction ?? nothing}>
            <button type="button" class="sort" part="sort-button" data-sort=${column} tabindex=${tab(col)}>
              ${label}${sortIcon(direction)}
            </button>
          </div>`
        : html`<div role="columnheader" class="cell ${column}" part="column-header" data-col=${col} tabindex=${tab(col)}>${label}</div>`;
    })}
  </div>`;
}

function sortIcon(direction: 'ascending' | 'descending' | undefined): TemplateResult {
  const icon =
    direction === 'ascending'
      ? iconSortAscending()
      : direction === 'descending'
        ? iconSortDescending()
        : iconUnsorted();
  return html`<span class="sort-icon">${icon}</span>`;
}

/**
 * One link as a row of the grid (a card on a phone). Listeners sit on the grid (event delegation),
 * so a row is plain markup and thousands of them cost no closures. `index` is its place in the list.
 */
export function renderRow(link: PaymentLink, index: number, ctx: RowContext): TemplateResult {
  const { t } = ctx;
  const selected = ctx.isSelected(link.id);
  const tab = (col: number) => ctx.tabIndex(index, col);
  return html`<div
    role="row"
    class="row ${selected ? 'selected' : ''}"
    part="row"
    aria-rowindex=${index + 2}
    aria-selected=${selected ? 'true' : 'false'}
    data-row=${index}
    data-id=${link.id}
  >
    <div role="gridcell" class="cell check" data-col="0">
      <input
        type="checkbox"
        part="checkbox"
        data-action="toggle"
        aria-label=${t('selectRow', { title: link.title })}
        tabindex=${tab(0)}
        .checked=${selected}
      />
    </div>
    <div role="gridcell" class="cell status" data-col="1" tabindex=${tab(1)}>
      ${statusBadge(link.status, t(`status.${link.status}`))}${
        link.archived ? html`<span class="tag" part="archived-tag">${t('archivedTag')}</span>` : nothing
      }
    </div>
    <div role="gridcell" class="cell amount" data-col="2" tabindex=${tab(2)}>${ctx.money(link.amount, link.currency)}</div>
    <div role="gridcell" class="cell title" data-col="3">
      <button type="button" class="title-button" part="title-button" data-action="open" dir="auto" tabindex=${tab(3)}>${link.title}</button>
    </div>
    <div role="gridcell" class="cell customer" data-col="4" dir="auto" tabindex=${tab(4)}>${link.customer.name}</div>
    <div role="gridcell" class="cell reference" data-col="5" dir="auto" tabindex=${tab(5)}>${link.reference}</div>
    <div role="gridcell" class="cell created" data-col="6" tabindex=${tab(6)}>
      <span class="card-label">${t('cardLabel', { label: t('column.created') })}</span> ${ctx.date(link.createdAt)}
    </div>
    <div role="gridcell" class="cell expires" data-col="7" tabindex=${tab(7)}>
      <span class="card-label">${t('cardLabel', { label: t('column.expires') })}</span>
      ${link.expiresAt ? ctx.date(link.expiresAt) : html`<span class="muted">${t('noExpiry')}</span>`}
    </div>
  </div>`;
}

/**
 * The row after the last loaded one while more can be loaded: "Loading more links…", or why they
 * could not be loaded with a Retry button. Part of the grid, so it scrolls with the rows.
 */
export function renderStatusRow(
  index: number,
  content: TemplateResult | string,
  cellTabIndex: 0 | -1 | undefined,
): TemplateResult {
  return html`<div role="row" class="row status-row" part="row more" aria-rowindex=${index + 2} data-row=${index}>
    <div role="gridcell" class="cell" aria-colspan=${COLUMN_COUNT} data-col="0" tabindex=${cellTabIndex ?? nothing}>
      ${content}
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
