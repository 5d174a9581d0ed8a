import { asPaylinkError, type PaylinkClient, type PaymentLink } from '@paylink/client';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef } from 'lit/directives/ref.js';
import { PaylinkElement } from '../core/paylink-element.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { Announcer } from '../shared/announcer.ts';
import { ClientController } from '../shared/client-controller.ts';
import { iconStyles } from '../shared/icons.ts';
import { statusBadgeStyles } from '../shared/status-badge.ts';
import { renderActionsMenu } from './actions-menu.ts';
import type { BulkActions } from './bulk-actions.ts';
import { LinkPaging } from './link-paging.ts';
import { gridStyles } from './list.grid.styles.ts';
import { listStyles } from './list.styles.ts';
import { ListFilters } from './list-filters.ts';
import { ListTable } from './list-table.ts';
import { listMessages } from './messages.ts';
import { defaultQuery, type ListQuery, presetOf } from './query.ts';
import { SelectionModel } from './selection.ts';
import { renderPresets } from './toolbar.ts';

const DEFAULT_POLL_MS = 5000;

/**
 * Downloads the More actions code. A module-level function, not inline in the class: tsc does not
 * rewrite the `.ts` extension of an `import()` inside a decorated class, and the npm build would
 * ask for `bulk-actions.ts` (test/dist-imports.test.ts guards this).
 */
const loadBulkActions = () => import('./bulk-actions.ts');

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
 * @tag paylink-list
 * @summary The payment-links overview: filter, search, select, archive, export, send, live.
 *
 * @fires {CustomEvent<PaylinkSelectDetail>} paylink-select - The user opened a link (title clicked, or Enter on its row): `{ id }`.
 * @fires {CustomEvent<PaylinkCreateRequestDetail>} paylink-create-request - The user asked for a new link (New payment link): `{}`.
 * @fires {CustomEvent<PaylinkArchiveRequestDetail>} paylink-archive-request - Before the archive confirmation; cancelable: `{ ids }`.
 * @fires {CustomEvent<PaylinkArchivedDetail>} paylink-archived - After archiving: `{ results: { id, outcome, code? }[] }`.
 * @fires {CustomEvent<PaylinkUnarchivedDetail>} paylink-unarchived - After unarchiving: `{ results }`.
 * @fires {CustomEvent<PaylinkErrorDetail>} paylink-error - A request failed: `{ error: PaylinkError }`.
 *
 * @csspart toolbar - The row with New payment link, Search, From, To and Filters.
 * @csspart button - Every button.
 * @csspart create-button - New payment link.
 * @csspart search - The search field's label.
 * @csspart search-input - The search input.
 * @csspart date-field - The From and To labels, each around its input.
 * @csspart date-input - The From and To inputs.
 * @csspart filters-button - The Filters button.
 * @csspart presets - The group of status presets.
 * @csspart preset - One status preset.
 * @csspart summary - The line with the link count, selection count and More actions.
 * @csspart more-button - The More actions button.
 * @csspart menu - The More actions menu.
 * @csspart menu-item - One action in the menu.
 * @csspart table - The grid (also the scroll container; as tall as its rows, up to `--paylink-list-height`).
 * @csspart header - The header row group.
 * @csspart header-row - The header row.
 * @csspart column-header - One column header cell.
 * @csspart sort-button - The button in a sortable column header.
 * @csspart row - Each link's row (a card on a phone), the status row and each skeleton row.
 * @csspart skeleton - A placeholder row while the first page loads.
 * @csspart more - The row after the loaded ones: "Loading more links…", or the reason and a Retry button.
 * @csspart checkbox - Row and Select all checkboxes.
 * @csspart badge - The status badge.
 * @csspart badge-created - The badge of a Created link.
 * @csspart badge-clicked - The badge of a Clicked link.
 * @csspart badge-paid - The badge of a Paid link.
 * @csspart badge-expired - The badge of an Expired link.
 * @csspart badge-declined - The badge of a Declined link.
 * @csspart archived-tag - The "Archived" mark on an archived link.
 * @csspart title-button - The link's title, which opens it.
 * @csspart popover - The advanced filters popover.
 * @csspart filters - The advanced filters popover (the same element as `popover`).
 * @csspart dialog - The archive and send dialogs.
 * @csspart archive-dialog - The archive confirmation.
 * @csspart send-dialog - The send dialog.
 * @csspart confirm-button - A dialog's confirming button.
 * @csspart empty - The empty state.
 * @csspart widen-button - The empty state's button that widens the date range.
 * @csspart error - The error state.
 * @csspart retry-button - Retry, in the error state and in the row after a failed page.
 * @csspart live - The announcement line (the widget's single aria-live region).
 *
 * @cssprop [--paylink-list-height=max(18rem, 100dvh - 2rem)] - Most the table grows to before it scrolls (a short list is shorter).
 * @cssprop [--paylink-list-row-height=3rem] - Height of a row.
 * @cssprop [--paylink-list-card-height=8.5rem] - Height of a link's card at 600 px or less.
 * @cssprop [--paylink-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font.
 * @cssprop [--paylink-font-size=1rem] - Base font size.
 * @cssprop [--paylink-color-primary=#1f4fd1] - Buttons, links, focus accents.
 * @cssprop [--paylink-color-on-primary=#ffffff] - Text on the primary colour.
 * @cssprop [--paylink-color-surface=#ffffff] - Background.
 * @cssprop [--paylink-color-surface-alt=#f4f6f8] - Header and hovered rows.
 * @cssprop [--paylink-color-border=#c9d1d9] - Borders.
 * @cssprop [--paylink-color-text=#1b1f24] - Text.
 * @cssprop [--paylink-color-text-muted=#57606a] - Secondary text.
 * @cssprop [--paylink-color-success=#17663a] - Paid badge.
 * @cssprop [--paylink-color-warning=#8a4b00] - Expired badge.
 * @cssprop [--paylink-color-danger=#b42318] - Declined badge, destructive confirmations.
 * @cssprop [--paylink-color-info=#1f4fd1] - Clicked badge.
 * @cssprop [--paylink-color-focus=#1f4fd1] - Focus ring.
 * @cssprop [--paylink-radius=0.5rem] - Corner radius.
 * @cssprop [--paylink-space=0.5rem] - Base spacing.
 */
export class PaylinkList extends PaylinkElement {
  static override styles = [...PaylinkElement.styles, iconStyles, statusBadgeStyles, listStyles, gridStyles];

  /** Root of the Paylink API (e.g. `/api`) when the list is not inside `<paylink-provider>`. */
  @property({ attribute: 'api-base' }) apiBase: string | undefined;
  /** A ready client; wins over `api-base` and the provider. */
  @property({ attribute: false }) client: PaylinkClient | undefined;
  /** Returns the bearer token, used with `api-base`. */
  @property({ attribute: false }) getToken: (() => string | Promise<string>) | undefined;
  /** How often the live feed is polled while nothing happens, in ms. Default 5000. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval: number = DEFAULT_POLL_MS;

  /** The filters, sort and date range in use. */
  @state() private query: ListQuery = defaultQuery();
  private readonly setQuery = (query: ListQuery): void => {
    this.query = query;
  };

  private readonly locale = new LocaleController(this, listMessages);
  private readonly api = new ClientController(this);
  private readonly announcer = new Announcer(this);
  private readonly selection = new SelectionModel();
  // Each part of the list is a controller (or a group of them) given what it needs from the list:
  private readonly paging: LinkPaging = new LinkPaging(this, {
    client: () => this.api.client,
    query: () => this.query,
    pollInterval: () => (this.pollInterval > 0 ? this.pollInterval : DEFAULT_POLL_MS),
    onFirstPage: () => this.table.scrollToTop(),
    onRemoved: (ids) => this.selection.drop(ids),
    onError: (error) => this.emit('paylink-error', { error }),
  });
  private readonly filters = new ListFilters(this, {
    client: () => this.api.client,
    query: () => this.query,
    setQuery: this.setQuery,
    decimalSeparator: () => this.locale.decimalSeparator,
    onCreate: () => this.emit('paylink-create-request', {}),
  });
  /**
   * More actions (archive, unarchive, export, send): its code is downloaded when the button is first
   * pointed at, focused or used, so a page that only shows links does not load it.
   */
  private bulk: BulkActions | undefined;
  private bulkLoading: Promise<BulkActions | undefined> | undefined;
  private readonly moreButton = createRef<HTMLButtonElement>();
  private readonly moreMenu = createRef<HTMLElement>();
  private readonly table = new ListTable(this, {
    paging: this.paging,
    filters: this.filters,
    selection: this.selection,
    announcer: this.announcer,
    locale: this.locale,
    query: () => this.query,
    setQuery: this.setQuery,
    emit: (type, detail, options) => this.emit(type, detail, options),
  });

  /** Links loaded so far (read-only view, in display order). */
  get loadedLinks(): readonly PaymentLink[] {
    return this.paging.rows.items;
  }

  /** Links matching the filters on the server, loaded or not. */
  get total(): number {
    return this.paging.rows.total;
  }

  /** Whether the list is following the live feed now (on screen, tab visible, its place in the feed known). */
  get following(): boolean {
    return this.paging.following;
  }

  /** Ids of the selected links. */
  get selectedIds(): string[] {
    return this.selection.values();
  }

  /** Resolves once the messages of the list's language are loaded and rendered. */
  ready(): Promise<void> {
    return this.locale.ready();
  }

  /** @deprecated Renamed `ready()`, the name every Paylink element uses. */
  localeReady(): Promise<void> {
    return this.ready();
  }

  /** Loads the first page again (what Retry does). */
  reload(): Promise<void> {
    return this.paging.reload();
  }

  // Untyped map: `query` is private, which PropertyValues<this> cannot name.
  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('query') && changed.get('query') !== undefined) {
      // New filters: what was loaded, selected or still loading belongs to the old ones.
      this.paging.forgetMore();
      this.selection.clear();
      this.table.reset();
      this.announcer.clear();
    }
  }

  protected override render(): TemplateResult {
    const { t } = this.locale;
    return html`<div class="frame" dir=${this.locale.dir} lang=${this.locale.locale}>
      ${this.filters.render(t)} ${renderPresets(t, presetOf(this.query), this.filters.onPreset)}
      ${this.renderSummary()} ${this.table.render()} ${this.bulk?.renderDialogs(t) ?? nothing}
    </div>`;
  }

  /** The More actions button before its code is loaded: using it loads the code, then opens the menu. */
  private renderMenuBeforeLoad(): TemplateResult {
    const open = (focus: 'first' | 'last') => void this.loadBulk().then((bulk) => bulk?.openMenu(focus));
    return renderActionsMenu({
      t: this.locale.t,
      open: false,
      archivedView: this.query.archived,
      hasSelection: this.selection.size > 0,
      button: this.moreButton,
      menu: this.moreMenu,
      onButtonWarm: () => void this.loadBulk(),
      onButtonClick: () => open('first'),
      onButtonKeydown: (event) => {
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
        event.preventDefault();
        open(event.key === 'ArrowDown' ? 'first' : 'last');
      },
      onMenuKeydown: () => undefined,
      onAction: () => undefined,
    });
  }

  private loadBulk(): Promise<BulkActions | undefined> {
    this.bulkLoading ??= loadBulkActions().then(
      ({ BulkActions }) => {
        this.bulk = new BulkActions(this, {
          client: () => this.api.client,
          query: () => this.query,
          paging: this.paging,
          selection: this.selection,
          announcer: this.announcer,
          t: this.locale.t,
          emit: (type, detail, options) => this.emit(type, detail, options),
        });
        this.requestUpdate();
        return this.bulk;
      },
      (error: unknown) => {
        this.bulkLoading = undefined; // the next use tries again
        this.announcer.announce(this.locale.t('actionFailed', { message: asPaylinkError(error).message }));
        return undefined;
      },
    );
    return this.bulkLoading;
  }

  private renderSummary(): TemplateResult {
    const { t } = this.locale;
    const { rows } = this.paging;
    const parts: string[] = [];
    if (this.paging.complete) {
      parts.push(t('total', { count: rows.total }));
      if (rows.hasMore) parts.push(t('loaded', { count: rows.items.length }));
      if (this.selection.size > 0) parts.push(t('selected', { count: this.selection.size }));
    }
    return html`<div class="summary" part="summary">
      <p class="counts">${parts.join(' · ')}</p>
      ${this.announcer.render()} ${this.bulk?.renderMenu(t) ?? this.renderMenuBeforeLoad()}
    </div>`;
  }
}
