// The table by keyboard alone (ARIA grid pattern), with real key presses: one Tab stop into the
// rows, arrows between rows and cells, Home/End, Ctrl+Home/Ctrl+End (to the last of every link),
// Page Down, Space selects, Enter opens; the focused row is scrolled into view and survives loading.
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { expectAccessible } from '../../test-support/axe.ts';
import { deepActiveElement } from '../shared/modal-dialog.ts';
import {
  $,
  cleanup,
  loaded,
  mountList,
  nextEvent,
  rows,
  syntheticClient,
  waitUntil,
} from './list.harness.ts';
import type { PaylinkList } from './list.ts';

/** The focused element's row position (0-based body index, -1 for the header) and column. */
function focusedCell(): { row: number; col: number } | undefined {
  const focused = deepActiveElement() as HTMLElement | null;
  const cell = focused?.closest<HTMLElement>('[data-col]');
  const row = cell?.closest<HTMLElement>('[data-row]');
  return cell && row ? { row: Number(row.dataset.row), col: Number(cell.dataset.col) } : undefined;
}

/** Whether the focused element is inside the table's visible box (below its sticky header). */
function focusedIsVisible(list: PaylinkList): boolean {
  const focused = deepActiveElement() as HTMLElement;
  const box = focused.getBoundingClientRect();
  const table = $(list, '.scroller')!.getBoundingClientRect();
  const header = $(list, '.head')!.getBoundingClientRect();
  return box.top >= header.bottom - 1 && box.bottom <= table.bottom + 1;
}

/** Presses `key` with a modifier held, as puppeteer's keyboard does it. */
async function chord(modifier: 'Control' | 'Shift', key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

async function tabIntoRows(list: PaylinkList): Promise<void> {
  // From the search field: Tab through From, To, Filters, the presets… until the grid.
  $(list, 'input[type="search"]')!.focus();
  for (let i = 0; i < 40 && !focusedCell(); i++) await sendKeys({ press: 'Tab' });
}

describe('<paylink-list> keyboard', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  afterEach(cleanup);
  after(() => setViewport({ width: 800, height: 600 }));

  it('is one Tab stop; arrows, Home/End and Page Down move between cells, scrolled into view', async () => {
    const list = await mountList({ client: syntheticClient(2_000) });
    await loaded(list);
    await tabIntoRows(list);
    expect(focusedCell()).to.deep.equal({ row: 0, col: 0 }); // the first link's checkbox
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedCell()).to.deep.equal({ row: -1, col: 0 }); // "Select all" in the header
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedCell()).to.deep.equal({ row: 0, col: 0 });

    // Exactly one element of the grid is in the Tab order.
    const tabbable = [...list.shadowRoot!.querySelectorAll<HTMLElement>('.scroller [tabindex="0"]')];
    expect(tabbable).to.have.length(1);

    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedCell()).to.deep.equal({ row: 0, col: 2 });
    await sendKeys({ press: 'End' });
    expect(focusedCell()).to.deep.equal({ row: 0, col: 7 });
    await sendKeys({ press: 'Home' });
    expect(focusedCell()).to.deep.equal({ row: 0, col: 0 });

    for (let i = 0; i < 30; i++) await sendKeys({ press: 'ArrowDown' });
    await list.updateComplete;
    expect(focusedCell()).to.deep.equal({ row: 30, col: 0 });
    expect(focusedIsVisible(list)).to.equal(true);

    await sendKeys({ press: 'PageDown' });
    await list.updateComplete;
    expect(focusedCell()!.row).to.be.greaterThan(35);
    expect(focusedIsVisible(list)).to.equal(true);

    // Tab leaves the grid in one step, Shift+Tab comes back to the same cell.
    const before = focusedCell();
    await sendKeys({ press: 'Tab' });
    expect(focusedCell()).to.equal(undefined);
    await chord('Shift', 'Tab');
    expect(focusedCell()).to.deep.equal(before);
    await expectAccessible(list);
  });

  it('Ctrl+End brings the last of every link on screen, loading the pages between; Ctrl+Home goes back', async function () {
    this.timeout(20_000);
    const list = await mountList({ client: syntheticClient(1_600) });
    await loaded(list);
    await tabIntoRows(list);
    await chord('Control', 'End');
    await waitUntil(() => focusedCell()?.row === 1_599, 'last row focused', 15_000);
    expect(list.loadedLinks).to.have.length(1_600);
    const focused = deepActiveElement() as HTMLElement;
    expect(focused.closest('[role="row"]')!.getAttribute('aria-rowindex')).to.equal('1601');
    expect(focused.closest('[role="row"]')!.textContent).to.contain('Synthetic 001599');
    expect(focusedIsVisible(list)).to.equal(true);

    await chord('Control', 'Home');
    await list.updateComplete;
    expect(focusedCell()).to.deep.equal({ row: 0, col: 0 });
    expect(focusedIsVisible(list)).to.equal(true);
  });

  it('Space selects the focused row, Enter opens it', async () => {
    const list = await mountList({ client: syntheticClient(50) });
    await loaded(list);
    await tabIntoRows(list);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' }); // the status cell: Space still selects the row
    await sendKeys({ press: ' ' });
    await list.updateComplete;
    expect(list.selectedIds).to.deep.equal(['lnk_syn_000001']);
    expect(rows(list)[1]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: ' ' });
    expect(list.selectedIds).to.deep.equal([]);

    const opened = nextEvent<CustomEvent<{ id: string }>>(list, 'paylink-select');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.id).to.equal('lnk_syn_000001');

    // On the title's button, Enter opens through the button itself (one event, not two).
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedCell()).to.deep.equal({ row: 1, col: 3 });
    const events: string[] = [];
    list.addEventListener('paylink-select', (e) => events.push((e as CustomEvent<{ id: string }>).detail.id));
    await sendKeys({ press: 'Enter' });
    expect(events).to.deep.equal(['lnk_syn_000001']);
  });

  it('keeps the focused cell while more pages load, and brings it back after it was scrolled away', async function () {
    this.timeout(20_000);
    const list = await mountList({ client: syntheticClient(1_200, 200) });
    await loaded(list);
    await tabIntoRows(list);
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowDown' });
    expect(focusedCell()).to.deep.equal({ row: 5, col: 0 });

    // Scrolled far away with the wheel: the row is no longer drawn, focus stays in the grid.
    const scroller = $(list, '.scroller')!;
    scroller.scrollTop = 20_000;
    await waitUntil(() => list.loadedLinks.length === 1_000, 'a page loaded meanwhile');
    await list.updateComplete;
    expect(list.shadowRoot!.activeElement?.className, 'focus kept on the grid').to.equal('scroller');
    // The next key carries on from the remembered cell and scrolls it back into view.
    await sendKeys({ press: 'ArrowDown' });
    await list.updateComplete;
    expect(focusedCell()).to.deep.equal({ row: 6, col: 0 });
    expect(focusedIsVisible(list)).to.equal(true);
  });
});
