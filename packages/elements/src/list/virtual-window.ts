import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows drawn above and below the visible part, so a fast scroll never shows an empty band. */
const OVERSCAN_ROWS = 10;
/** Used until a drawn row has been measured (3rem + its border). */
const INITIAL_ROW_HEIGHT = 49;

/** The slice of rows to draw: `start` inclusive, `end` exclusive. */
export interface RowRange {
  start: number;
  end: number;
}

/**
 * Windowing for a table whose rows all have the same height (desktop rows or phone cards, set in
 * CSS): the scroll container holds a sticky header and a body as tall as every row together, and
 * only the rows in view (plus {@link OVERSCAN_ROWS} each way) are drawn.
 *
 * Why not `@lit-labs/virtualizer`: it finds its scroll container once, when its directive first
 * renders, which in a Lit template is before the rows' container is attached. It then followed the
 * window instead of the table, so scrolling the table showed an empty body. Rows of one known
 * height need no measuring per row: the range is plain arithmetic on `scrollTop`, recomputed in the
 * scroll event itself, so it is right at any scroll speed, and the host re-renders in the same
 * frame (Lit updates in a microtask).
 */
export class VirtualWindow implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private scroller: HTMLElement | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private rowHeightPx = INITIAL_ROW_HEIGHT;
  private headerHeightPx = 0;
  private viewportPx = 0;
  private scrollTopPx = 0;
  private drawn: RowRange = { start: 0, end: 0 };
  /** Whether row and header heights must be read again (reading them forces a layout). */
  private stale = true;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Height of one row in CSS pixels, as last measured. */
  get rowHeight(): number {
    return this.rowHeightPx;
  }

  /** Rows that fit in the visible part of the body (at least 1). */
  get rowsPerPage(): number {
    return Math.max(1, Math.floor(this.bodyViewport() / this.rowHeightPx));
  }

  /**
   * Attaches to the table's scroll container (a `ref` callback). The element changes when the
   * table is replaced by the empty or error state and comes back.
   */
  readonly attach = (element: Element | undefined): void => {
    if (element === this.scroller) return;
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.resizeObserver?.disconnect();
    this.scroller = element instanceof HTMLElement ? element : undefined;
    if (!this.scroller) return;
    this.scroller.addEventListener('scroll', this.onScroll, { passive: true });
    this.resizeObserver ??= new ResizeObserver(() => this.measure());
    this.resizeObserver.observe(this.scroller);
    this.measure();
  };

  /** The rows to draw out of `count`. */
  range(count: number): RowRange {
    const top = Math.max(0, this.scrollTopPx);
    const first = Math.floor(top / this.rowHeightPx);
    const last = Math.ceil((top + this.bodyViewport()) / this.rowHeightPx);
    const start = Math.max(0, Math.min(first - OVERSCAN_ROWS, count));
    const end = Math.min(count, Math.max(start, last + OVERSCAN_ROWS));
    this.drawn = { start, end };
    return this.drawn;
  }

  /** Whether row `index` is among the rows drawn by the last {@link range}. */
  isDrawn(index: number): boolean {
    return index >= this.drawn.start && index < this.drawn.end;
  }

  /** Index of the last row at least partly visible now. */
  lastVisible(): number {
    return Math.ceil((this.scrollTopPx + this.bodyViewport()) / this.rowHeightPx) - 1;
  }

  /**
   * Scrolls the least amount that shows row `index` whole, below the sticky header, and updates the
   * range at once (without waiting for the scroll event) so the row can be focused after the update.
   */
  reveal(index: number): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const top = index * this.rowHeightPx;
    const bottom = top + this.rowHeightPx;
    const viewport = this.bodyViewport();
    let next = scroller.scrollTop;
    if (top < next) next = top;
    else if (bottom > next + viewport) next = bottom - viewport;
    if (next !== scroller.scrollTop) scroller.scrollTop = next;
    this.scrollTopPx = scroller.scrollTop;
    this.host.requestUpdate();
  }

  /**
   * Reads a drawn row's real height (CSS decides it: a desktop row, or a card on a phone) and the
   * header's; call after each render. Re-renders when they changed.
   */
  measureRows(sampleRow: Element | null | undefined, header: Element | null | undefined): void {
    // Only after a resize or the first rows: measuring on every scroll frame forced a layout each time.
    if (!this.stale || !sampleRow) return;
    this.stale = false;
    let changed = false;
    const rowHeight = sampleRow?.getBoundingClientRect().height ?? 0;
    if (rowHeight > 0 && Math.abs(rowHeight - this.rowHeightPx) > 0.01) {
      this.rowHeightPx = rowHeight;
      changed = true;
    }
    const headerHeight = header?.getBoundingClientRect().height ?? 0;
    if (Math.abs(headerHeight - this.headerHeightPx) > 0.01) {
      this.headerHeightPx = headerHeight;
      changed = true;
    }
    if (changed) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.scroller = undefined;
  }

  private bodyViewport(): number {
    return Math.max(this.rowHeightPx, this.viewportPx - this.headerHeightPx);
  }

  private measure(): void {
    if (!this.scroller) return;
    this.stale = true;
    this.viewportPx = this.scroller.clientHeight;
    this.scrollTopPx = this.scroller.scrollTop;
    this.host.requestUpdate();
  }

  private readonly onScroll = (): void => {
    if (!this.scroller) return;
    this.scrollTopPx = this.scroller.scrollTop;
    const { start, end } = this.drawn;
    const first = Math.floor(this.scrollTopPx / this.rowHeightPx);
    const last = Math.ceil((this.scrollTopPx + this.bodyViewport()) / this.rowHeightPx);
    // Re-render only when the visible rows reach the edge of what is drawn.
    if (first < start + OVERSCAN_ROWS / 2 || last > end - OVERSCAN_ROWS / 2) this.host.requestUpdate();
  };
}
