/** The row index of the header row; body rows count from 0. */
export const HEADER_ROW = -1;

/** A cell of the grid: `row` is a body row index or {@link HEADER_ROW}, `col` counts from 0. */
export interface CellPosition {
  row: number;
  col: number;
}

/** What moving needs to know about the grid now. */
export interface GridShape {
  /** Body rows loaded. */
  rows: number;
  /** Columns per row. */
  cols: number;
  /** Body rows that fit on screen (Page Up / Page Down). */
  pageRows: number;
  /** Right-to-left: the arrow keys swap sides. */
  rtl: boolean;
}

/** A move the keyboard asked for: a cell, or "the last row of the whole list" (Ctrl+End). */
export type GridMove = { to: CellPosition } | { toLastRow: number };

/**
 * Where a key moves the grid's focus, following the ARIA grid pattern: arrows by one cell, Home/End
 * to the row's ends, Ctrl+Home/Ctrl+End to the first/last row, Page Up/Down by a screenful.
 * Returns `undefined` for keys that do not move. Pure, so the rules are tested without a browser.
 */
export function moveFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>,
  at: CellPosition,
  grid: GridShape,
): GridMove | undefined {
  const ctrl = event.ctrlKey || event.metaKey;
  const lastRow = grid.rows - 1;
  const lastCol = grid.cols - 1;
  const clampRow = (row: number) => Math.max(HEADER_ROW, Math.min(lastRow, row));
  const cell = (row: number, col: number): GridMove => ({ to: { row: clampRow(row), col } });
  const forward = grid.rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = grid.rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (event.key) {
    case 'ArrowDown':
      return cell(at.row + 1, at.col);
    case 'ArrowUp':
      return cell(at.row - 1, at.col);
    case forward:
      return cell(at.row, Math.min(lastCol, at.col + 1));
    case backward:
      return cell(at.row, Math.max(0, at.col - 1));
    case 'Home':
      return ctrl ? cell(grid.rows > 0 ? 0 : HEADER_ROW, at.col) : cell(at.row, 0);
    case 'End':
      return ctrl ? { toLastRow: at.col } : cell(at.row, lastCol);
    case 'PageDown':
      return cell(Math.max(0, at.row) + grid.pageRows, at.col);
    case 'PageUp':
      return cell(at.row > 0 ? Math.max(0, at.row - grid.pageRows) : HEADER_ROW, at.col);
    default:
      return undefined;
  }
}
