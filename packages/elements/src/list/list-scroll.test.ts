// Scrolling as a person does it, in a real-sized window: whatever the position, direction or speed,
// the rows on screen are drawn and are the right ones; pages load as the end nears, with a visible
// "Loading more…" row; the last link can be reached; the DOM stays small.
import type { PaylinkClient } from '@paylink/client';
import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { expectAccessible } from '../../test-support/axe.ts';
import {
  $,
  $$,
  cleanup,
  createLink,
  linkOnScreen,
  loaded,
  mockBackend,
  mountList,
  rows,
  stopMockBackend,
  syntheticClient,
  waitUntil,
} from './list.harness.ts';
import type { PaylinkList } from './list.ts';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Mounts a list and scrolls the page so its whole table is in the window, as a person would. */
async function mountInView(client: PaylinkClient): Promise<PaylinkList> {
  const list = await mountList({ client });
  await loaded(list);
  $(list, '.scroller')!.scrollIntoView({ block: 'end' });
  await frame();
  return list;
}

/** The list position (0-based) of the row on screen at a fraction of the table's height. */
function indexOnScreen(list: PaylinkList, at: number): number | undefined {
  const scroller = $(list, '.scroller')!;
  const box = scroller.getBoundingClientRect();
  const hit = list.shadowRoot!.elementFromPoint(box.left + 60, box.top + box.height * at);
  const row = hit?.closest<HTMLElement>('.body [role="row"]');
  return row ? Number(row.getAttribute('aria-rowindex')) - 2 : undefined;
}

/** Asserts that the rows under the top, middle and bottom of the table are drawn and in order. */
function expectRowsOnScreen(list: PaylinkList): void {
  const scroller = $(list, '.scroller')!;
  const header = $(list, '.head')!.getBoundingClientRect().height;
  const rowHeight = rows(list)[0]!.getBoundingClientRect().height;
  for (const at of [0.2, 0.5, 0.95]) {
    const index = indexOnScreen(list, at);
    const y = scroller.clientHeight * at - header + scroller.scrollTop;
    const expected = Math.floor(y / rowHeight);
    expect(index, `row under ${at * 100}% of the table at scrollTop ${scroller.scrollTop}`).to.equal(
      expected,
    );
  }
}

describe('<paylink-list> scrolling at scale', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  afterEach(cleanup);
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await stopMockBackend();
  });

  it('draws the rows on screen wherever the table is scrolled, in any direction and at any speed', async () => {
    const list = await mountInView(syntheticClient(5_000));
    const scroller = $(list, '.scroller')!;
    // Slow steps down, one big jump, back up, and a fling of many small steps in consecutive frames.
    const positions = [120, 480, 960, 4_000, 20_000, 9_000, 300, 0];
    for (const top of positions) {
      scroller.scrollTop = top;
      await frame();
      await frame();
      expectRowsOnScreen(list);
    }
    for (let top = 0; top < 12_000; top += 700) {
      scroller.scrollTop = top;
      await frame();
      expect(indexOnScreen(list, 0.5), `fling at ${top}`).to.not.equal(undefined);
    }
    // Bounded DOM: only a window of rows, however far it went.
    expect(rows(list).length).to.be.lessThan(60);
  });

  it('loads more as the end nears, shows a "Loading more…" row meanwhile, and reaches the last link', async function () {
    this.timeout(20_000);
    const client = syntheticClient(1_203, 300);
    const list = await mountInView(client);
    expect(list.loadedLinks).to.have.length(500);
    const scroller = $(list, '.scroller')!;
    scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(() => !!$(list, '[part~="more"]'), 'loading row drawn');
    expect($(list, '[part~="more"]')!.textContent).to.contain('Loading more links…');
    expect(indexOnScreen(list, 0.95)).to.be.greaterThan(490);
    await waitUntil(
      () => {
        scroller.scrollTop = scroller.scrollHeight;
        return list.loadedLinks.length === 1_203;
      },
      'every page loaded',
      15_000,
    );
    await frame();
    await frame();
    const last = await linkOnScreen(list, 0.97);
    expect(last.title).to.equal('Synthetic 001202');
    expect($(list, '[part~="more"]')).to.equal(null);
    expect(client.pages).to.equal(3);
    // The header stays at the top of the table.
    const head = $(list, '.head')!.getBoundingClientRect();
    expect(Math.round(head.top)).to.equal(Math.round(scroller.getBoundingClientRect().top) + 1);
  });

  it('keeps 100 000 links browsable with a DOM that does not grow', async function () {
    this.timeout(60_000);
    const list = await mountInView(syntheticClient(100_000));
    const scroller = $(list, '.scroller')!;
    const nodes = () => list.shadowRoot!.querySelectorAll('*').length;
    const scrollToPage = async (page: number) => {
      scroller.scrollTop = scroller.scrollHeight;
      await waitUntil(() => list.loadedLinks.length >= 500 * page, `page ${page}`);
      await frame();
      await frame();
    };
    await scrollToPage(2);
    scroller.scrollTop -= 2_000; // mid-list, overscan drawn on both sides
    await frame();
    await frame();
    const early = nodes();
    for (let page = 3; page <= 8; page++) await scrollToPage(page);
    scroller.scrollTop -= 2_000;
    await frame();
    await frame();
    expectRowsOnScreen(list);
    expect(nodes(), 'DOM nodes after 4 000 links seen vs after 1 000').to.be.at.most(early + 20);
  });

  it('is as tall as a short list and no taller than the window for a long one', async () => {
    const m = await mockBackend();
    m.engine.reset();
    for (let i = 0; i < 3; i++) createLink(m, { title: `Short ${i}` });
    const short = await mountList();
    await loaded(short);
    await frame();
    const shortBox = $(short, '.scroller')!;
    const rowHeight = rows(short)[0]!.getBoundingClientRect().height;
    const headerHeight = $(short, '.head')!.getBoundingClientRect().height;
    expect(shortBox.clientHeight).to.be.at.most(Math.ceil(headerHeight + 3 * rowHeight) + 1);
    cleanup();

    const long = await mountList({ client: syntheticClient(2_000) });
    await loaded(long);
    expect($(long, '.scroller')!.getBoundingClientRect().height).to.be.at.most(window.innerHeight);
  });

  it('has no axe violations scrolled down, with the "Loading more…" row on screen', async () => {
    const list = await mountList({ client: syntheticClient(1_000, 60_000) });
    await loaded(list);
    const scroller = $(list, '.scroller')!;
    scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(() => $$(list, '[part~="more"]').length === 1, 'loading row');
    await expectAccessible(list);
  });
});
