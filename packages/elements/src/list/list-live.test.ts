import { expect } from 'chai';
import {
  $,
  cleanup,
  createLink,
  linkOnScreen,
  loaded,
  mockBackend,
  mountList,
  openLink,
  payLink,
  rowByTitle,
  stopMockBackend,
  titles,
  waitUntil,
} from './list.harness.ts';

describe('<paylink-list> live updates', () => {
  beforeEach(async () => {
    (await mockBackend()).engine.reset();
  });
  afterEach(cleanup);
  after(stopMockBackend);

  it('updates a row in place from the feed, keeping scroll position and selection', async function () {
    this.timeout(20_000);
    const m = await mockBackend();
    const links = Array.from({ length: 60 }, (_, i) =>
      createLink(m, { title: `Live ${String(i).padStart(2, '0')}` }),
    );
    const list = await mountList({ pollInterval: 100 });
    await loaded(list);
    await waitUntil(() => list.following, 'following the feed');

    const scroller = $(list, '.scroller')!;
    scroller.scrollTop = 600;
    await waitUntil(() => scroller.scrollTop === 600, 'scrolled');
    // The link on screen in the middle of the table, not merely one in the DOM.
    const target = await linkOnScreen(list);
    const other = links.find((l) => l.id !== target.id)!;
    rowByTitle(list, target.title).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();

    openLink(m, target);
    await waitUntil(
      () => rowByTitle(list, target.title).textContent?.includes('Clicked') ?? false,
      'row shows Clicked',
    );
    payLink(m, target);
    await waitUntil(
      () => rowByTitle(list, target.title).textContent?.includes('Paid') ?? false,
      'row shows Paid',
    );
    expect(scroller.scrollTop).to.equal(600);
    expect(list.selectedIds).to.deep.equal([target.id]);
    expect(list.loadedLinks.find((l) => l.id === target.id)?.status).to.equal('paid');
    expect(list.loadedLinks.find((l) => l.id === other.id)?.status).to.equal('created');
    expect(list.loadedLinks).to.have.length(60);
  });

  it('drops links archived elsewhere from the view', async () => {
    const m = await mockBackend();
    const gone = createLink(m, { title: 'Archived elsewhere', origin: 'dunning' });
    createLink(m, { title: 'Stays' });
    const list = await mountList({ pollInterval: 100 });
    await loaded(list);
    await waitUntil(() => list.following, 'following');
    m.engine.archive({ ids: [gone.id] });
    await waitUntil(() => titles(list).join() === 'Stays', 'removed');
    expect(list.total).to.equal(1);
  });

  it('stops following when disconnected', async () => {
    const m = await mockBackend();
    createLink(m);
    const list = await mountList({ pollInterval: 100 });
    await loaded(list);
    await waitUntil(() => list.following, 'following');
    list.remove();
    expect(list.following).to.equal(false);
  });
});
