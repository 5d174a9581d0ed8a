import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type CellPosition, HEADER_ROW, moveFor } from './grid-navigation.ts';
import type { VirtualWindow } from './virtual-window.ts';

/** What {@link GridFocus} needs from the list. */
export interface GridFocusOptions {
  /** The grid element (the table's scroll container). */
  grid: () => HTMLElement | undefined;
  window: VirtualWindow;
  /** Body rows loaded now. */
  rowCount: () => number;
  /** Columns per row. */
  colCount: number;
  /** Whether the grid is laid out right to left. */
  rtl: () => boolean;
  /** Loads every remaining page (Ctrl+End); resolves with the number of rows then loaded. */
  loadAll: () => Promise<number>;
  /** Space on a body row. */
  onToggleRow: (row: number) => void;
  /** Enter on a body row (outside a button, which acts for itself). */
  onOpenRow: (row: number) => void;
}

/**
 * The grid's keyboard model (ARIA grid pattern with a roving tabindex): the table is one Tab stop,
 * the arrow keys, Home/End, Ctrl+Home/Ctrl+End and Page Up/Down move between cells, Space selects
 * the row, Enter opens it. The active cell is remembered by position, so it survives loading more
 * pages and live updates; when it is scrolled out of the drawn window the grid itself holds focus
 * and the next key brings the cell back.
 */
export class GridFocus implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: GridFocusOptions;
  private position: CellPosition = { row: 0, col: 0 };
  private focusAfterUpdate = false;
  private revealAfterUpdate: number | undefined;
  /** Whether focus was in the grid before this render (so removing the focused row must keep it there). */
  private inGrid = false;
  /** Set while focus is moved to the grid itself only to keep it there. */
  private parking = false;

  constructor(host: ReactiveControllerHost, options: GridFocusOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The active cell (the one that is in the Tab order). */
  get active(): CellPosition {
    const rows = this.options.rowCount();
    const row = Math.min(this.position.row, rows - 1);
    return { row: rows === 0 ? HEADER_ROW : row, col: this.position.col };
  }

  /** Whether the active cell is drawn now; when it is not, the grid itself takes the Tab stop. */
  get activeDrawn(): boolean {
    const { row } = this.active;
    return row === HEADER_ROW || this.options.window.isDrawn(row);
  }

  /** `tabindex` for the focusable thing in cell (`row`, `col`). */
  tabIndex(row: number, col: number): 0 | -1 {
    const active = this.active;
    return active.row === row && active.col === col ? 0 : -1;
  }

  /** Starts over at the first row (new filters). */
  reset(): void {
    this.position = { row: 0, col: this.position.col };
  }

  /** Remembers the cell that got focus by mouse, touch or Tab. */
  readonly onFocusIn = (event: FocusEvent): void => {
    const grid = this.options.grid();
    const target = event.target as HTMLElement;
    if (target === grid) {
      // Tabbed onto the grid itself (its active row is scrolled away): bring that cell back. When
      // the grid only holds focus for a removed row (see hostUpdated), the next key does that.
      if (this.parking) this.parking = false;
      else this.moveTo(this.active);
      return;
    }
    const cell = target.closest<HTMLElement>('[data-col]');
    const row = cell?.closest<HTMLElement>('[data-row]');
    if (!cell || !row) return;
    const next = { row: Number(row.dataset.row), col: Number(cell.dataset.col) };
    if (next.row !== this.position.row || next.col !== this.position.col) {
      this.position = next;
      this.host.requestUpdate();
    }
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey) return;
    const target = event.target as HTMLElement;
    // Keys typed into a control other than a checkbox or button are that control's own.
    if (target.matches('input:not([type="checkbox"]), select, textarea')) return;
    const at = this.active;
    if (at.row !== HEADER_ROW && (event.key === ' ' || event.key === 'Enter')) {
      this.onRowKey(event, at.row, target);
      return;
    }
    const move = moveFor(event, at, {
      rows: this.options.rowCount(),
      cols: this.options.colCount,
      pageRows: this.options.window.rowsPerPage,
      rtl: this.options.rtl(),
    });
    if (!move) return;
    event.preventDefault();
    if ('to' in move) {
      this.moveTo(move.to);
      return;
    }
    void this.options.loadAll().then((rows) => this.moveTo({ row: rows - 1, col: move.toLastRow }));
  };

  hostUpdate(): void {
    // Before the render: is focus in the grid? (A render that removes the focused row fires no
    // reliable focusout, so this is read here rather than tracked by events.)
    const grid = this.options.grid();
    const root = grid?.getRootNode() as ShadowRoot | Document | undefined;
    const focused = root?.activeElement;
    this.inGrid = !!grid && !!focused && grid.contains(focused);
  }

  hostUpdated(): void {
    if (this.revealAfterUpdate !== undefined) {
      // Now that the rows (and the body's height) are rendered, scroll; the next render draws the
      // row there and focuses it.
      this.options.window.reveal(this.revealAfterUpdate);
      this.revealAfterUpdate = undefined;
      return;
    }
    if (this.focusAfterUpdate) {
      this.focusAfterUpdate = false;
      this.focusActive();
      return;
    }
    // The focused row was scrolled out of the drawn window and removed: keep focus in the grid
    // (rather than losing it to the page) so the keyboard carries on from the remembered cell.
    const grid = this.options.grid();
    if (!this.inGrid || !grid) return;
    const root = grid.getRootNode() as ShadowRoot | Document;
    const focused = root.activeElement;
    if (focused === null || !grid.contains(focused)) {
      this.parking = true;
      grid.focus({ preventScroll: true });
    }
  }

  /** Moves the active cell to `to`, scrolls it into view and focuses it once it is drawn. */
  moveTo(to: CellPosition): void {
    this.position = to;
    if (to.row !== HEADER_ROW) this.revealAfterUpdate = to.row;
    this.focusAfterUpdate = true;
    this.host.requestUpdate();
  }

  private focusActive(): void {
    const grid = this.options.grid();
    const { row, col } = this.active;
    const cell = grid?.querySelector<HTMLElement>(`[data-row="${row}"] [data-col="${col}"]`);
    const target = cell?.querySelector<HTMLElement>('input, button') ?? cell;
    if (!target) return;
    // The row is already placed in the table by reveal(); this brings it (and the cell, when the
    // table is scrolled sideways) into the window too, e.g. when the table's end is below it.
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  private onRowKey(event: KeyboardEvent, row: number, target: HTMLElement): void {
    if (event.key === ' ') {
      // A checkbox toggles itself (and reports it as a change); anywhere else Space selects the row.
      if (target.matches('input[type="checkbox"]')) return;
      event.preventDefault();
      this.options.onToggleRow(row);
      return;
    }
    // Buttons act on Enter themselves; anywhere else in a row, Enter opens the link.
    if (target.closest('button')) return;
    event.preventDefault();
    this.options.onOpenRow(row);
  }
}
