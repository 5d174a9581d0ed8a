import { Task, TaskStatus } from '@lit/task';
import {
  type Channel,
  type Customer,
  isPaylinkError,
  type LinkEvent,
  type LinkPage,
  MAX_PAGE_SIZE,
  type PaylinkClient,
  PaylinkError,
  type PaymentLink,
} from '@paylink/client';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import { PaylinkElement } from '../core/paylink-element.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { AnchoredPopup } from '../shared/anchored-popup.ts';
import { Announcer } from '../shared/announcer.ts';
import { ClientController } from '../shared/client-controller.ts';
import { cssProps } from '../shared/css-props.ts';
import { debounce } from '../shared/debounce.ts';
import { downloadBlob } from '../shared/download.ts';
import { iconStyles } from '../shared/icons.ts';
import { MenuController } from '../shared/menu-controller.ts';
import { ModalDialogController } from '../shared/modal-dialog.ts';
import { statusBadgeStyles } from '../shared/status-badge.ts';
import { type BulkAction, renderActionsMenu } from './actions-menu.ts';
import { type ArchivePlan, describeOutcomes, planArchive, renderArchiveDialog } from './archive-dialog.ts';
import { archiveAll, inviteAll, unarchiveAll } from './bulk-calls.ts';
import {
  COLUMN_COUNT,
  nextSort,
  type RowContext,
  renderHeader,
  renderRow,
  renderSkeleton,
  renderStatusRow,
  type SORTABLE,
  type Translate,
} from './columns.ts';
import './events.ts';
import { type AmountDraft, type AmountProblem, checkAmounts, draftOf } from './amount-range.ts';
import { FeedFollower } from './feed-follower.ts';
import { type FilterChange, renderFiltersPopover } from './filters-popover.ts';
import { GridFocus } from './grid-focus.ts';
import { LinkRows } from './link-rows.ts';
import { listStyles } from './list.styles.ts';
import { planRefresh } from './live-events.ts';
import { listMessages } from './messages.ts';
import {
  advancedFilterCount,
  daysBefore,
  daysBetween,
  defaultQuery,
  isoDate,
  type ListPreset,
  type ListQuery,
  laterDate,
  presetOf,
  toLinkFilters,
  withoutFilters,
  withPreset,
} from './query.ts';
import { SelectionModel } from './selection.ts';
import { renderSendDialog, type SendReport, sendReport } from './send-dialog.ts';
import { renderEmpty, renderError, WIDE_RANGE_DAYS } from './states.ts';
import { renderPresets, renderToolbar } from './toolbar.ts';
import { VirtualWindow } from './virtual-window.ts';

/** Links per request: the API's maximum, so 10 000 links take 20 requests. */
const PAGE_SIZE = MAX_PAGE_SIZE;
/** Start loading the next page when the last drawn row is this close to the end of what is loaded. */
const PREFETCH_ROWS = 100;
const SEARCH_DEBOUNCE_MS = 300;
const AMOUNT_DEBOUNCE_MS = 400;
const DEFAULT_POLL_MS = 5000;

function asPaylinkError(error: unknown): PaylinkError {
  if (isPaylinkError(error)) return error;
  return new PaylinkError('http_error', error instanceof Error ? error.message : String(error), {
    cause: error,
  });
}

function isAbort(error: unknown): boolean {
  return (
    (isPaylinkError(error) && error.code === 'aborted') ||
    (error instanceof DOMException && error.name === 'AbortError')
  );
}

/**
 * The merchant's overview of payment links: a date range that is always applied and always visible,
 * status presets, search and advanced filters, sortable columns, every matching link reachable by
 * scrolling and by keyboard (pages of 500 loaded as the end nears, only the rows on screen drawn,
 * so 100 000 links browse with a DOM of a few hundred elements), selection with bulk Archive,
 * Unarchive, Export and Send, and live status updates from the event feed.
 *
 * The table is an ARIA grid and one Tab stop: arrow keys move between rows and cells, Home/End to
 * a row's ends, Ctrl+Home/Ctrl+End to the first/last link (loading every page on the way), Page
 * Up/Down by a screenful, Space selects the row, Enter opens it. Where it has 600 px or less (it
 * follows its own width, not the window's), each link is a card and targets are 44 px.
 *
 * Put it inside `<paylink-provider>`, or give it `api-base` (and the `getToken` property), or a
 * ready `client`.
 *
 * @tagname paylink-list
 * @summary The payment-links overview: filter, search, select, archive, export, send, live.
 *
 * @fires paylink-select - The user opened a link (title clicked, or Enter on its row). `detail: { id }`.
 * @fires paylink-create-request - The user asked for a new link ("New payment link"). `detail: {}`.
 * @fires paylink-archive-request - Before the archive confirmation; cancelable. `detail: { ids }`.
 * @fires paylink-archived - After archiving. `detail: { results: { id, outcome, code? }[] }`.
 * @fires paylink-unarchived - After unarchiving. `detail: { results }`.
 * @fires paylink-error - A request failed. `detail: { error: PaylinkError }`.
 *
 * @csspart toolbar - The row with New payment link, Search, From, To and Filters.
 * @csspart button - Every button.
 * @csspart create-button - New payment link.
 * @csspart search - The search field's label; `search-input` is the input.
 * @csspart date-input - The From and To inputs.
 * @csspart presets - The group of status presets; `preset` is each of them.
 * @csspart summary - The line with the link count, selection count and More actions.
 * @csspart more-button - The More actions button; `menu` its menu, `menu-item` each action.
 * @csspart table - The grid (also the scroll container; as tall as its rows, up to `--paylink-list-height`).
 * @csspart header - The header row group; `header-row` its row, `column-header` each header cell.
 * @csspart sort-button - The button in a sortable column header.
 * @csspart row - Each link's row (a card on a phone), and each skeleton row while loading.
 * @csspart more - The row after the loaded ones: "Loading more links…", or the reason and a Retry button.
 * @csspart checkbox - Row and Select all checkboxes.
 * @csspart badge - The status badge (`badge-paid`, `badge-created`, … per status).
 * @csspart archived-tag - The "Archived" mark on an archived link.
 * @csspart title-button - The link's title, which opens it.
 * @csspart popover - The advanced filters popover.
 * @csspart dialog - The archive and send dialogs (`archive-dialog`, `send-dialog`).
 * @csspart confirm-button - A dialog's confirming button.
 * @csspart empty - The empty state; `widen-button` widens the range.
 * @csspart error - The error state; `retry-button` tries again.
 * @csspart live - The announcement line (the widget's single aria-live region).
 *
 * @cssprop [--paylink-list-height=max(18rem, 100dvh - 2rem)] - Most the table grows to before it scrolls (a short list is shorter).
 * @cssprop [--paylink-list-row-height=3rem] - Height of a row.
 * @cssprop [--paylink-list-card-height=8.5rem] - Height of a link's card at 600 px or less.
 * @cssprop [--paylink-color-primary=#1f4fd1] - Buttons, links, focus accents.
 * @cssprop [--paylink-color-surface=#ffffff] - Background.
 * @cssprop [--paylink-color-surface-alt=#f4f6f8] - Header and hovered rows.
 * @cssprop [--paylink-color-border=#c9d1d9] - Borders.
 * @cssprop [--paylink-color-text=#1b1f24] - Text.
 * @cssprop [--paylink-color-text-muted=#57606a] - Secondary text.
 * @cssprop [--paylink-color-success=#17663a] - Paid badge.
 * @cssprop [--paylink-color-warning=#8a4b00] - Expired badge.
 * @cssprop [--paylink-color-danger=#b42318] - Declined badge, destructive confirmations.
 * @cssprop [--paylink-color-info=#1f4fd1] - Clicked badge.
 * @cssprop [--paylink-radius=0.5rem] - Corner radius.
 * @cssprop [--paylink-space=0.5rem] - Base spacing.
 */
export class PaylinkList extends PaylinkElement {
  static override properties = {
    ...PaylinkElement.properties,
    apiBase: { type: String, attribute: 'api-base' },
    client: { attribute: false },
    getToken: { attribute: false },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    query: { state: true, attribute: false },
    searchText: { state: true, attribute: false },
    sendChannel: { state: true, attribute: false },
    sendResult: { state: true, attribute: false },
    archivePlan: { state: true, attribute: false },
    moreError: { state: true, attribute: false },
    amounts: { state: true, attribute: false },
    amountProblem: { state: true, attribute: false },
  };

  static override styles = [...PaylinkElement.styles, iconStyles, statusBadgeStyles, listStyles];

  /** Root of the Paylink API (e.g. `/api`) when the list is not inside `<paylink-provider>`. */
  declare apiBase: string | undefined;
  /** A ready client; wins over `api-base` and the provider. */
  declare client: PaylinkClient | undefined;
  /** Returns the bearer token, used with `api-base`. */
  declare getToken: (() => string | Promise<string>) | undefined;
  /** How often the live feed is polled while nothing happens, in ms. Default 5000. */
  declare pollInterval: number;
  /** The filters, sort and date range in use. */
  declare private query: ListQuery;
  /** The search box's text (applied to `query.q` after a pause in typing). */
  declare private searchText: string;
  declare private sendChannel: Channel;
  declare private sendResult: SendReport | undefined;
  declare private archivePlan: ArchivePlan | undefined;
  declare private moreError: PaylinkError | undefined;
  /** The filters' amount bounds as typed; they reach `query` once they make sense. */
  declare private amounts: AmountDraft;
  declare private amountProblem: AmountProblem | undefined;

  private readonly loc = new LocaleController(this, listMessages);
  private readonly clients = new ClientController(this);
  private readonly announcer = new Announcer(this);
  private readonly rows = new LinkRows();
  private readonly selection = new SelectionModel();
  private readonly menu: MenuController;
  private readonly filtersPopup: AnchoredPopup;
  private readonly archiveDialog: ModalDialogController;
  private readonly sendDialog: ModalDialogController;
  private filtersOpened = false;
  private scroller: HTMLElement | undefined;
  private readonly window = new VirtualWindow(this);
  private readonly grid = new GridFocus(this, {
    grid: () => this.scroller,
    window: this.window,
    rowCount: () => this.rows.items.length + (this.moreError ? 1 : 0),
    colCount: COLUMN_COUNT,
    rtl: () => this.loc.dir === 'rtl',
    loadAll: () => this.loadAll(),
    onToggleRow: (row) => this.toggleRow(row),
    onOpenRow: (row) => {
      const link = this.rows.items[row];
      if (link) this.emit('paylink-select', { id: link.id });
    },
  });

  /** The first page for the current client and query. */
  private readonly pageTask = new Task(this, {
    args: () => [this.clients.client, this.query] as const,
    task: ([client, query], { signal }): Promise<LinkPage> =>
      client.links.list({ ...toLinkFilters(query), limit: PAGE_SIZE }, { signal }),
    onComplete: (page) => {
      this.rows.reset(page);
      this.moreError = undefined;
      // Other links now: start at the top again.
      if (this.scroller) this.scroller.scrollTop = 0;
    },
    onError: (error) => {
      if (!isAbort(error)) this.emit('paylink-error', { error: asPaylinkError(error) });
    },
  });

  /** Further pages, one at a time, as the user scrolls. */
  private readonly moreTask = new Task(this, {
    autoRun: false,
    args: () => [this.clients.client, this.query, this.rows.nextCursor ?? ''] as const,
    task: async ([client, query, cursor], { signal }) => ({
      query,
      page: await client.links.list({ ...toLinkFilters(query), cursor, limit: PAGE_SIZE }, { signal }),
    }),
    onComplete: ({ query, page }) => {
      // A page asked for under other filters is of no use any more.
      if (query === this.query) this.rows.append(page);
    },
    onError: (error) => {
      if (isAbort(error)) return;
      this.moreError = asPaylinkError(error);
      this.emit('paylink-error', { error: this.moreError });
    },
  });

  /** Customers for the advanced filters, fetched the first time the popover opens. */
  private readonly customersTask = new Task(this, {
    args: () => [this.clients.client, this.filtersOpened] as const,
    task: async ([client, opened], { signal }): Promise<Customer[]> =>
      opened ? (await client.customers.list(undefined, { signal })).items : [],
  });

  private readonly archiveTask = new Task(this, {
    autoRun: false,
    args: () => [this.clients.client, [] as string[]] as const,
    task: ([client, ids], { signal }) => archiveAll(client, ids, signal),
    onComplete: (results) => this.archived(results),
    onError: (error) => this.actionFailed(error, () => this.archiveDialog.close()),
  });

  private readonly unarchiveTask = new Task(this, {
    autoRun: false,
    args: () => [this.clients.client, [] as string[]] as const,
    task: ([client, ids], { signal }) => unarchiveAll(client, ids, signal),
    onComplete: (results) => {
      const titleOf = this.titleLookup();
      const back = results.filter((r) => r.outcome === 'unarchived').map((r) => r.id);
      this.rows.remove(back);
      this.selection.drop(back);
      this.announcer.announce(describeOutcomes(this.t, results, titleOf, 'unarchive'));
      this.emit('paylink-unarchived', { results });
    },
    onError: (error) => this.actionFailed(error),
  });

  private readonly exportTask = new Task(this, {
    autoRun: false,
    args: () => [this.clients.client, [] as string[], this.query] as const,
    task: async ([client, ids, query], { signal }) => {
      const selection = ids.length > 0 ? { ids } : toLinkFilters(query);
      const blob = await client.links.exportBlob(selection, { signal });
      return { blob, count: ids.length > 0 ? ids.length : this.rows.total };
    },
    onComplete: ({ blob, count }) => {
      downloadBlob(blob, `payment-links-${isoDate(new Date())}.csv`, this.renderRoot);
      this.announcer.announce(this.t('exported', { count }));
    },
    onError: (error) => this.actionFailed(error),
  });

  private readonly sendTask = new Task(this, {
    autoRun: false,
    args: () => [this.clients.client, [] as string[], 'email' as Channel] as const,
    task: ([client, ids, channel], { signal }) => inviteAll(client, ids, channel, signal),
    onComplete: async (results) => {
      this.sendResult = sendReport(this.t, results, this.titleLookup());
      this.announcer.announce(
        [
          this.t('sendDone', { sent: this.sendResult.sent, failed: this.sendResult.failed }),
          ...this.sendResult.failures,
        ].join(' '),
      );
      await this.updateComplete;
      this.sendDialog.focusInitial();
    },
    onError: (error) => this.actionFailed(error, () => this.sendDialog.close()),
  });

  private readonly feed = new FeedFollower(this, {
    client: () => this.clients.client,
    interval: () => (this.pollInterval > 0 ? this.pollInterval : DEFAULT_POLL_MS),
    onEvents: (events, signal) => this.applyEvents(events, signal),
  });

  private readonly applySearch = debounce((q: string) => {
    this.query = { ...this.query, q };
  }, SEARCH_DEBOUNCE_MS);

  private readonly applyAmounts = debounce((minAmount: number | undefined, maxAmount: number | undefined) => {
    if (minAmount !== this.query.minAmount || maxAmount !== this.query.maxAmount) {
      this.query = { ...this.query, minAmount, maxAmount };
    }
  }, AMOUNT_DEBOUNCE_MS);

  constructor() {
    super();
    this.apiBase = undefined;
    this.client = undefined;
    this.getToken = undefined;
    this.pollInterval = DEFAULT_POLL_MS;
    this.query = defaultQuery();
    this.searchText = '';
    this.sendChannel = 'email';
    this.sendResult = undefined;
    this.archivePlan = undefined;
    this.moreError = undefined;
    this.amounts = { minAmount: '', maxAmount: '' };
    this.amountProblem = undefined;
    const byId =
      <T extends HTMLElement>(id: string) =>
      () =>
        this.renderRoot.querySelector<T>(`#${id}`);
    this.menu = new MenuController(this, { button: byId('more-button'), menu: byId('actions-menu') });
    this.filtersPopup = new AnchoredPopup(this, {
      anchor: byId('filters-button'),
      popup: byId('filters-popover'),
      placement: 'bottom-end',
      onToggle: (open) => {
        if (!open) return;
        this.filtersOpened = true;
        this.renderRoot
          .querySelector<HTMLElement>('#filters-popover input, #filters-popover select')
          ?.focus();
      },
    });
    this.archiveDialog = new ModalDialogController(this, byId<HTMLDialogElement>('archive-dialog'));
    this.sendDialog = new ModalDialogController(this, byId<HTMLDialogElement>('send-dialog'));
  }

  /** Links loaded so far (read-only view, in display order). */
  get loadedLinks(): readonly PaymentLink[] {
    return this.rows.items;
  }

  /** Links matching the filters on the server, loaded or not. */
  get total(): number {
    return this.rows.total;
  }

  /** Whether the list is following the live feed now (on screen, tab visible, its place in the feed known). */
  get following(): boolean {
    return this.feed.active;
  }

  /** Ids of the selected links. */
  get selectedIds(): string[] {
    return this.selection.values();
  }

  /** Resolves once the messages of the list's language are loaded and rendered. */
  localeReady(): Promise<void> {
    return this.loc.ready();
  }

  /** Loads the first page again (what Retry does). */
  reload(): Promise<void> {
    return this.pageTask.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.applySearch.cancel();
    this.applyAmounts.cancel();
  }

  // Untyped map: `query` is private, which PropertyValues<this> cannot name.
  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('query') && changed.get('query') !== undefined) {
      // New filters: what was loaded, selected or still loading belongs to the old ones.
      this.moreTask.abort();
      this.moreError = undefined;
      this.selection.clear();
      this.grid.reset();
      this.announcer.clear();
    }
  }

  protected override updated(): void {
    const body = this.scroller?.querySelector<HTMLElement>('.body:not(.skeleton-body)');
    this.window.measureRows(
      body?.querySelector('.row:not(.status-row)'),
      this.scroller?.querySelector('.head'),
    );
    // Keep a page ahead of what is drawn, whichever way it got there (scroll, keyboard, resize).
    if (this.drawnEnd >= this.rows.items.length - PREFETCH_ROWS) this.loadMore();
  }

  /** End of the rows drawn by the last render. */
  private drawnEnd = 0;

  private get t(): Translate {
    return (key, options) => this.loc.t(key, options);
  }

  private titleLookup(): (id: string) => string {
    const known = new Map(this.rows.items.map((link) => [link.id, link.title]));
    return (id) => known.get(id) ?? id;
  }

  protected override render(): TemplateResult {
    const { t } = this;
    const query = this.query;
    return html`<div class="frame" dir=${this.loc.dir} lang=${this.loc.locale}>
      ${renderToolbar({
        t,
        query,
        searchText: this.searchText,
        activeFilters: advancedFilterCount(query),
        filtersOpen: this.filtersPopup.open,
        onCreate: this.onCreate,
        onSearch: this.onSearch,
        onDate: this.onDate,
        onToggleFilters: () => void this.filtersPopup.toggle(),
      })}
      ${renderFiltersPopover({
        t,
        query,
        customers: this.customersTask.value ?? [],
        amounts: this.amounts,
        amountProblem: this.amountProblem,
        onAmountInput: this.onAmountInput,
        onChange: this.onFilterChange,
        onClear: () => this.setQuery(withoutFilters(this.query)),
        onClose: () => this.filtersPopup.hide(true),
        onKeydown: this.onFiltersKeydown,
      })}
      ${renderPresets(t, presetOf(query), this.onPreset)} ${this.renderSummary()}
      ${this.renderContent()}
      ${renderArchiveDialog({
        t,
        plan: this.archivePlan,
        open: this.archiveDialog.open,
        busy: this.archiveTask.status === TaskStatus.PENDING,
        onConfirm: this.onConfirmArchive,
        onCancel: () => this.archiveDialog.close(),
        onClose: this.archiveDialog.onClose,
      })}
      ${renderSendDialog({
        t,
        open: this.sendDialog.open,
        count: this.selection.size,
        channel: this.sendChannel,
        busy: this.sendTask.status === TaskStatus.PENDING,
        report: this.sendResult,
        onChannel: (channel) => {
          this.sendChannel = channel;
        },
        onConfirm: this.onConfirmSend,
        onCancel: () => this.sendDialog.close(),
        onClose: this.sendDialog.onClose,
      })}
    </div>`;
  }

  private renderSummary(): TemplateResult {
    const { t } = this;
    const ready = this.pageTask.status === TaskStatus.COMPLETE;
    const parts: string[] = [];
    if (ready) {
      parts.push(t('total', { count: this.rows.total }));
      if (this.rows.hasMore) parts.push(t('loaded', { count: this.rows.items.length }));
      if (this.selection.size > 0) parts.push(t('selected', { count: this.selection.size }));
    }
    return html`<div class="summary" part="summary">
      <p class="counts">${parts.join(' · ')}</p>
      ${this.announcer.render()}
      ${renderActionsMenu({
        t,
        open: this.menu.open,
        archivedView: this.query.archived,
        hasSelection: this.selection.size > 0,
        onButtonClick: this.menu.onButtonClick,
        onButtonKeydown: this.menu.onButtonKeydown,
        onMenuKeydown: this.menu.onMenuKeydown,
        onAction: this.onAction,
      })}
    </div>`;
  }

  private renderContent(): TemplateResult {
    const { t } = this;
    const status = this.pageTask.status;
    if (status === TaskStatus.ERROR) {
      return renderError(t, asPaylinkError(this.pageTask.error).message, () => void this.reload());
    }
    const loading = status !== TaskStatus.COMPLETE;
    if (!loading && this.rows.items.length === 0) {
      const query = this.query;
      return renderEmpty({
        t,
        filtered: query.q.trim() !== '' || advancedFilterCount(query) > 0 || presetOf(query) !== 'all',
        wide: daysBetween(query.from, isoDate(new Date())) >= WIDE_RANGE_DAYS,
        onWiden: this.onWiden,
        onClearFilters: () => this.setQuery(withoutFilters(withPreset(this.query, 'all'))),
      });
    }
    const ctx: RowContext = {
      t,
      money: (amount, currency) => this.loc.money(amount, currency),
      date: (iso) => this.loc.date(iso),
      isSelected: (id) => this.selection.has(id),
      tabIndex: (row, col) => this.grid.tabIndex(row, col),
    };
    const items = this.rows.items;
    const statusRow = !loading && (this.rows.hasMore || this.moreError !== undefined);
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
      aria-rowcount=${loading ? nothing : this.rows.total + 1}
      aria-colcount=${COLUMN_COUNT}
      aria-busy=${loading ? 'true' : 'false'}
      tabindex=${this.grid.activeDrawn || loading ? -1 : 0}
      ${ref(this.attachScroller)}
      @click=${this.onTableClick}
      @change=${this.onTableChange}
      @keydown=${this.grid.onKeyDown}
      @focusin=${this.grid.onFocusIn}
    >
      <div role="rowgroup" class="head" part="header">
        ${renderHeader(t, this.query.sort, this.selection.coverage(items), !loading, ctx.tabIndex)}
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

  private readonly attachScroller = (element: Element | undefined): void => {
    this.scroller = element instanceof HTMLElement ? element : undefined;
    this.window.attach(element);
  };

  /** "Loading more links…", or why they could not be loaded and a Retry button. */
  private renderStatusRow(index: number): TemplateResult {
    const { t } = this;
    if (this.moreError) {
      return renderStatusRow(
        index,
        html`<span>${t('loadMoreFailed', { message: this.moreError.message })}</span>
          <button type="button" class="button" part="button retry-button" tabindex=${this.grid.tabIndex(index, 0)} @click=${this.loadMore}>
            ${t('retry')}
          </button>`,
        undefined,
      );
    }
    return renderStatusRow(index, t('loadingMore'), this.grid.tabIndex(index, 0));
  }

  // --- input -------------------------------------------------------------------------------------

  private setQuery(query: ListQuery): void {
    this.query = query;
    this.searchText = query.q;
    this.applyAmounts.cancel();
    this.amounts = draftOf(query.minAmount, query.maxAmount, this.loc.decimalSeparator);
    this.amountProblem = undefined;
  }

  private readonly onAmountInput = (name: keyof AmountDraft, value: string): void => {
    this.amounts = { ...this.amounts, [name]: value };
    const check = checkAmounts(this.amounts, this.loc.decimalSeparator);
    if (!check.ok) {
      // Never sent: the list keeps showing the last valid filters while the message says what to fix.
      this.applyAmounts.cancel();
      this.amountProblem = { error: check.error, fields: check.fields };
      return;
    }
    this.amountProblem = undefined;
    this.applyAmounts(check.minAmount, check.maxAmount);
  };

  private readonly onCreate = (): void => {
    this.emit('paylink-create-request', {});
  };

  private readonly onSearch = (event: InputEvent): void => {
    this.searchText = (event.target as HTMLInputElement).value;
    this.applySearch(this.searchText);
  };

  private readonly onDate = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const fallback = defaultQuery();
    const which = input.name === 'from' ? 'from' : 'to';
    // The range is always applied: a cleared date goes back to its default instead of "no limit".
    const value = input.value || fallback[which];
    let from = which === 'from' ? value : this.query.from;
    let to = which === 'to' ? value : this.query.to;
    // An inverted range is read as "that one day" rather than rejected.
    if (from > to) [from, to] = which === 'from' ? [from, from] : [to, to];
    input.value = which === 'from' ? from : to;
    this.query = { ...this.query, from, to };
  };

  private readonly onPreset = (preset: ListPreset): void => {
    this.query = withPreset(this.query, preset);
  };

  private readonly onFilterChange = (change: FilterChange): void => {
    this.query = { ...this.query, ...change };
  };

  private readonly onFiltersKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.filtersPopup.hide(true);
    }
  };

  private readonly onWiden = (): void => {
    const today = isoDate(new Date());
    const from =
      daysBetween(this.query.from, today) >= WIDE_RANGE_DAYS
        ? daysBefore(365, this.query.from)
        : daysBefore(WIDE_RANGE_DAYS, today);
    this.query = { ...this.query, from, to: laterDate(this.query.to, today) };
  };

  private readonly onTableClick = (event: Event): void => {
    const target = event.target as HTMLElement;
    const sortButton = target.closest<HTMLElement>('[data-sort]');
    if (sortButton) {
      const column = sortButton.dataset.sort as keyof typeof SORTABLE;
      this.query = { ...this.query, sort: nextSort(this.query.sort, column) };
      return;
    }
    if (target.closest('[data-action="open"]')) {
      const id = target.closest<HTMLElement>('[data-id]')?.dataset.id;
      if (id) this.emit('paylink-select', { id });
    }
  };

  private readonly onTableChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.dataset.action === 'select-all') {
      if (input.checked) {
        this.selection.selectAll(this.rows.items.map((link) => link.id));
        this.announcer.announce(this.t('allSelected', { count: this.rows.items.length }));
      } else {
        this.selection.clear();
        this.announcer.announce(this.t('selectionCleared'));
      }
    } else if (input.dataset.action === 'toggle') {
      const id = input.closest<HTMLElement>('[data-id]')?.dataset.id;
      if (id) this.selection.set(id, input.checked);
    }
    this.requestUpdate();
  };

  private toggleRow(row: number): void {
    const link = this.rows.items[row];
    if (!link) return;
    this.selection.set(link.id, !this.selection.has(link.id));
    this.requestUpdate();
  }

  /** Loads every remaining page (Ctrl+End); resolves with the number of links then loaded. */
  private async loadAll(): Promise<number> {
    const query = this.query;
    while (this.rows.hasMore && this.query === query && this.pageTask.status === TaskStatus.COMPLETE) {
      if (this.moreTask.status !== TaskStatus.PENDING) this.loadMore();
      await this.moreTask.taskComplete.catch(() => {});
      if (this.moreError) break;
    }
    return this.rows.items.length;
  }

  private readonly loadMore = (): void => {
    if (!this.rows.hasMore || this.moreTask.status === TaskStatus.PENDING) return;
    if (this.pageTask.status !== TaskStatus.COMPLETE) return;
    this.moreError = undefined;
    void this.moreTask.run([this.clients.client, this.query, this.rows.nextCursor ?? '']);
  };

  // --- bulk actions --------------------------------------------------------------------------------

  private readonly onAction = (action: BulkAction): void => {
    const ids = this.selection.values();
    if (action !== 'export' && ids.length === 0) {
      this.announcer.announce(this.t('needsSelection'));
      return;
    }
    this.menu.hide(true);
    const client = this.clients.client;
    switch (action) {
      case 'archive':
        void this.requestArchive(ids);
        break;
      case 'unarchive':
        void this.unarchiveTask.run([client, ids]);
        break;
      case 'export':
        void this.exportTask.run([client, ids, this.query]);
        break;
      case 'send':
        this.sendResult = undefined;
        void this.sendDialog.show();
        break;
    }
  };

  private async requestArchive(ids: string[]): Promise<void> {
    if (!this.emit('paylink-archive-request', { ids }, { cancelable: true })) return;
    this.archivePlan = planArchive(ids, (id) => this.rows.get(id));
    await this.archiveDialog.show();
  }

  private readonly onConfirmArchive = (): void => {
    const plan = this.archivePlan;
    if (!plan || this.archiveTask.status === TaskStatus.PENDING) return;
    void this.archiveTask.run([this.clients.client, plan.ids]);
  };

  private archived(results: Awaited<ReturnType<typeof archiveAll>>): void {
    const titleOf = this.titleLookup();
    // Deleted links are gone; archived ones leave this (non-archived) view.
    const gone = results.filter((r) => r.outcome === 'deleted' || r.outcome === 'archived').map((r) => r.id);
    this.rows.remove(gone);
    this.selection.drop(gone);
    this.archiveDialog.close();
    this.archivePlan = undefined;
    this.announcer.announce(describeOutcomes(this.t, results, titleOf, 'archive'));
    this.emit('paylink-archived', { results });
  }

  private readonly onConfirmSend = (): void => {
    if (this.sendTask.status === TaskStatus.PENDING) return;
    void this.sendTask.run([this.clients.client, this.selection.values(), this.sendChannel]);
  };

  private actionFailed(error: unknown, then?: () => void): void {
    if (isAbort(error)) return;
    const failure = asPaylinkError(error);
    then?.();
    this.announcer.announce(this.t('actionFailed', { message: failure.message }));
    this.emit('paylink-error', { error: failure });
  }

  // --- live updates ------------------------------------------------------------------------------

  private async applyEvents(events: LinkEvent[], signal: AbortSignal): Promise<void> {
    if (this.pageTask.status !== TaskStatus.COMPLETE) return;
    const { gone, changed } = planRefresh(events, (id) => this.rows.get(id));
    const client = this.clients.client;
    const archivedView = this.query.archived;
    const fresh: PaymentLink[] = [];
    await Promise.all(
      [...changed].map(async (id) => {
        try {
          const link = await client.links.get(id, { signal });
          if (link.archived !== archivedView) gone.add(id);
          else fresh.push(link);
        } catch (error) {
          if (isPaylinkError(error) && error.code === 'not_found') gone.add(id);
        }
      }),
    );
    if (signal.aborted) return;
    this.rows.replaceMany(fresh);
    if (gone.size > 0) {
      this.rows.remove(gone);
      this.selection.drop(gone);
    }
    if (gone.size > 0 || fresh.length > 0) this.requestUpdate();
  }
}
