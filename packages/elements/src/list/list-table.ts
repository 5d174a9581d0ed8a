import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Emit } from '../core/events.ts';
import type { LocaleController } from '../i18n/locale-controller.ts';
import type { Announcer } from '../shared/announcer.ts';
import { cssProps } from '../shared/css-props.ts';
import {
  COLUMN_COUNT,
  nextSort,
  type RowContext,
  renderHeader,
  renderRow,
  renderSkeleton,
  renderStatusRow,
  type SORTABLE,
} from './columns.ts';
import { GridFocus } from './grid-focus.ts';
import type { LinkPaging } from './link-paging.ts';
import type { ListFilters } from './list-filters.ts';
import type { listMessages } from './messages.ts';
import { advancedFilterCount, daysBetween, isoDate, type ListQuery, presetOf } from './query.ts';
import type { SelectionModel } from './selection.ts';
import { renderEmpty, renderError, WIDE_RANGE_DAYS } from './states.ts';
import { VirtualWindow } from './virtual-window.ts';

/** Start loading the next page when the last drawn row is this close to the end of what is loaded. */
const PREFETCH_ROWS = 100;

/** What {@link ListTable} needs from the list. */
export interface ListTableOptions {
  paging: LinkPaging;
  filters: ListFilters;
  selection: SelectionModel;
  announcer: Announcer;
  locale: LocaleController<(typeof listMessages)['en']>;
  query: () => ListQuery;
  setQuery: (query: ListQuery) => void;
  /** The list's `emit()`. */
  emit: Emit;
}

/**
 * The list's table: an ARIA grid of the loaded links with only the rows on screen drawn
 * ({@link VirtualWindow}), its keyboard model ({@link GridFocus}), sorting, row selection, the row
 * that loads (or retries) the next page, and the empty and error states in its place. It keeps a
 * page loaded ahead of what is drawn, however the rows got there (scroll, keyboard, resize).
 */
export class ListTable implements ReactiveController {
  private readonly options: ListTableOptions;
  private readonly host: ReactiveControllerHost;
  private readonly window: VirtualWindow;
  private readonly grid: GridFocus;
  /** The scroll container (the grid element). */
  private scroller: HTMLElement | undefined;
  /** End of the rows drawn by the last render. */
  private drawnEnd = 0;

  constructor(host: ReactiveControllerHost, options: ListTableOptions) {
    this.host = host;
    this.options = options;
    const { paging } = options;
    this.window = new VirtualWindow(host);
    this.grid = new GridFocus(host, {
      grid: () => this.scroller,
      window: this.window,
      rowCount: () => paging.rows.items.length + (paging.moreError ? 1 : 0),
      colCount: COLUMN_COUNT,
      rtl: () => options.locale.dir === 'rtl',
      loadAll: () => paging.loadAll(),
      onToggleRow: (row) => this.toggleRow(row),
      onOpenRow: (row) => {
        const link = paging.rows.items[row];
        if (link) options.emit('paylink-select', { id: link.id });
      },
    });
    host.addController(this);
  }

  /** New filters: back to the first cell. */
  reset(): void {
    this.grid.reset();
  }

  /** Other links now: start at the top again. */
  scrollToTop(): void {
    if (this.scroller) this.scroller.scrollTop = 0;
  }

  hostUpdated(): void {
    const body = this.scroller?.querySelector<HTMLElement>('.body:not(.skeleton-body)');
    this.window.measureRows(
      body?.querySelector('.row:not(.status-row)'),
      this.scroller?.querySelector('.head'),
    );
    const { paging } = this.options;
    if (this.drawnEnd >= paging.rows.items.length - PREFETCH_ROWS) paging.loadMore();
  }

  /** The grid, or the empty or error state in its place. */
  render(): TemplateResult {
    const { paging, locale, selection } = this.options;
    const { t } = locale;
    const failure = paging.error;
    if (failure) return renderError(t, failure.message, () => void paging.reload());
    const loading = paging.loading;
    const items = paging.rows.items;
    if (!loading && items.length === 0) return this.renderEmpty();
    const ctx: RowContext = {
      t,
      money: (amount, currency) => locale.money(amount, currency),
      date: (iso) => locale.date(iso),
      isSelected: (id) => selection.has(id),
      tabIndex: (row, col) => this.grid.tabIndex(row, col),
    };
    const statusRow = paging.statusRow;
    const count = items.length + (statusRow ? 1 : 0);
    const { start, end } = loading ? { start: 0, end: 0 } : this.window.range(count);
    this.drawnEnd = end;
    const rowHeight = this.window.rowHeight;
    // As tall as every row together, with the rows before the drawn ones as padding.
    const bodySize = cssProps({
      'block-size': `${count * rowHeight}px`,
      'padding-block-start': `${start * rowHeight}px`,
    });
    const drawn = items.slice(start, Math.min(end, items.length));
    return html`<div
      class="scroller"
      part="table"
      role="grid"
      aria-label=${t('label')}
      aria-multiselectable="true"
      aria-rowcount=${loading ? nothing : paging.rows.total + 1}
      aria-colcount=${COLUMN_COUNT}
      aria-busy=${loading ? 'true' : 'false'}
      tabindex=${this.grid.activeDrawn || loading ? -1 : 0}
      ${ref(this.attach)}
      @click=${this.onClick}
      @change=${this.onChange}
      @keydown=${this.grid.onKeyDown}
      @focusin=${this.grid.onFocusIn}
    >
      <div role="rowgroup" class="head" part="header">
        ${renderHeader(t, this.options.query().sort, selection.coverage(items), !loading, ctx.tabIndex)}
      </div>
      ${
        loading
          ? html`<div role="rowgroup" class="body skeleton-body">${renderSkeleton()}</div>`
          : html`<div role="rowgroup" class="body" ${bodySize}>
              ${repeat(
                drawn,
                (link) => link.id,
                (link, i) => renderRow(link, start + i, ctx),
              )}
              ${statusRow && end > items.length ? this.renderStatusRow(items.length) : nothing}
            </div>`
      }
    </div>`;
  }

  /** No links: about the date range (the usual reason), widened in one click. */
  private renderEmpty(): TemplateResult {
    const { filters, locale } = this.options;
    const query = this.options.query();
    return renderEmpty({
      t: locale.t,
      filtered: query.q.trim() !== '' || advancedFilterCount(query) > 0 || presetOf(query) !== 'all',
      wide: daysBetween(query.from, isoDate(new Date())) >= WIDE_RANGE_DAYS,
      onWiden: filters.widen,
      onClearFilters: () => filters.clearAll(),
    });
  }

  /** "Loading more links…", or why they could not be loaded and a Retry button. */
  private renderStatusRow(index: number): TemplateResult {
    const { paging, locale } = this.options;
    const { t } = locale;
    const failure = paging.moreError;
    if (failure) {
      return renderStatusRow(
        index,
        html`<span>${t('loadMoreFailed', { message: failure.message })}</span>
          <button type="button" class="button" part="button retry-button" tabindex=${this.grid.tabIndex(index, 0)} @click=${paging.loadMore}>
            ${t('retry')}
          </button>`,
        undefined,
      );
    }
    return renderStatusRow(index, t('loadingMore'), this.grid.tabIndex(index, 0));
  }

  private readonly attach = (element: Element | undefined): void => {
    this.scroller = element instanceof HTMLElement ? element : undefined;
    this.window.attach(element);
  };

  private readonly onClick = (event: Event): void => {
    const target = event.target as HTMLElement;
    const sortButton = target.closest<HTMLElement>('[data-sort]');
    if (sortButton) {
      const column = sortButton.dataset.sort as keyof typeof SORTABLE;
      const query = this.options.query();
      this.options.setQuery({ ...query, sort: nextSort(query.sort, column) });
      return;
    }
    if (target.closest('[data-action="open"]')) {
      const id = target.closest<HTMLElement>('[data-id]')?.dataset.id;
      if (id) this.options.emit('paylink-select', { id });
    }
  };

  private readonly onChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const { selection, announcer, paging, locale } = this.options;
    if (input.dataset.action === 'select-all') {
      const items = paging.rows.items;
      if (input.checked) {
        selection.selectAll(items.map((link) => link.id));
        announcer.announce(locale.t('allSelected', { count: items.length }));
      } else {
        selection.clear();
        announcer.announce(locale.t('selectionCleared'));
      }
    } else if (input.dataset.action === 'toggle') {
      const id = input.closest<HTMLElement>('[data-id]')?.dataset.id;
      if (id) selection.set(id, input.checked);
    }
    this.host.requestUpdate();
  };

  private toggleRow(row: number): void {
    const { paging, selection } = this.options;
    const link = paging.rows.items[row];
    if (!link) return;
    selection.set(link.id, !selection.has(link.id));
    this.host.requestUpdate();
  }
}
