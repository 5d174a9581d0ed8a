import { expect } from 'chai';
import {
  $,
  cleanup,
  createLink,
  loaded,
  mockBackend,
  mountList,
  recordListRequests,
  rows,
  stopMockBackend,
  waitUntil,
} from './list.harness.ts';
import type { PaylinkList } from './list.ts';

/** Scrolls the table to its end until every link is loaded (or gives up). */
async function scrollToEnd(list: PaylinkList): Promise<void> {
  const scroller = $(list, '.scroller')!;
  await waitUntil(
    () => {
      scroller.scrollTop = scroller.scrollHeight;
      return list.loadedLinks.length >= list.total;
    },
    'all pages loaded',
    20_000,
  );
}

describe('<paylink-list> paging', () => {
  let requests: ReturnType<typeof recordListRequests>;

  before(async () => {
    const m = await mockBackend();
    m.engine.reset();
    for (let i = 0; i < 1200; i++) createLink(m, { title: `Paged ${String(i).padStart(4, '0')}` });
  });
  beforeEach(() => {
    requests = recordListRequests();
  });
  afterEach(() => {
    requests.stop();
    cleanup();
  });
  after(stopMockBackend);

  it('has no 500 cap: loads pages of 500 by cursor while scrolling, each link exactly once', async function () {
    this.timeout(30_000);
    const list = await mountList();
    await loaded(list);
    expect(list.loadedLinks).to.have.length(500);
    expect($(list, '[part="summary"]')?.textContent).to.contain('1,200 links');
    expect($(list, '[role="grid"]')?.getAttribute('aria-rowcount')).to.equal('1201');
    // Virtualised: only a window of the 500 loaded rows is in the DOM.
    expect(rows(list).length).to.be.lessThan(100);

    await scrollToEnd(list);
    const ids = list.loadedLinks.map((link) => link.id);
    expect(ids).to.have.length(1200);
    expect(new Set(ids).size).to.equal(1200);
    expect(requests.urls.map((u) => u.searchParams.get('limit'))).to.deep.equal(['500', '500', '500']);
    expect(requests.urls[0]?.searchParams.has('cursor')).to.equal(false);
    expect(requests.urls[1]?.searchParams.get('cursor')).to.be.a('string');
    await waitUntil(
      () => rows(list).some((r) => r.getAttribute('aria-rowindex') === '1201'),
      'last row rendered',
    );
    expect($(list, '[part="summary"]')?.textContent).to.not.contain('loaded');
  });

  it('keeps the selection across pages and selects all loaded rows', async function () {
    this.timeout(30_000);
    const list = await mountList();
    await loaded(list);
    const first = rows(list)[0]!;
    const firstId = first.dataset.id!;
    first.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await scrollToEnd(list);
    await waitUntil(() => rows(list).some((r) => r.getAttribute('aria-rowindex') === '1201'), 'end rendered');
    const last = rows(list).find((r) => r.getAttribute('aria-rowindex') === '1201')!;
    last.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await list.updateComplete;
    expect(list.selectedIds).to.deep.equal([firstId, last.dataset.id]);
    expect($(list, '[part="summary"]')?.textContent).to.contain('2 selected');

    const selectAll = $<HTMLInputElement>(list, 'input[data-action="select-all"]')!;
    expect(selectAll.indeterminate).to.equal(true);
    selectAll.click();
    await list.updateComplete;
    expect(list.selectedIds).to.have.length(1200);
    expect($(list, '[part="summary"]')?.textContent).to.contain('1,200 selected');
    await waitUntil(
      () => ($(list, '[part="live"]')?.textContent ?? '').includes('All 1,200 loaded links selected'),
      'said',
    );
  });
});
