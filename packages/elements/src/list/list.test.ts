import { type LinkPage, PaylinkError } from '@paylink/client';
import { expect } from 'chai';
import {
  $,
  $$,
  button,
  cleanup,
  createLink,
  loaded,
  mockBackend,
  mountList,
  nextEvent,
  openLink,
  payLink,
  recordListRequests,
  rowByTitle,
  rows,
  stopMockBackend,
  stubClient,
  titles,
  waitUntil,
} from './list.harness.ts';
import { daysBefore, isoDate } from './query.ts';

describe('<paylink-list>', () => {
  let requests: ReturnType<typeof recordListRequests>;
  const lastRequest = () => requests.urls[requests.urls.length - 1] as URL;

  beforeEach(async () => {
    (await mockBackend()).engine.reset();
    requests = recordListRequests();
  });
  afterEach(() => {
    requests.stop();
    cleanup();
  });
  after(stopMockBackend);

  it('shows each link with its status text, amount, title, customer, reference and dates', async () => {
    const m = await mockBackend();
    const link = createLink(m, { title: 'Window cleaning', amount: 12_50 });
    const list = await mountList({ attrs: { lang: 'en' } });
    await loaded(list);
    const row = rowByTitle(list, 'Window cleaning');
    const cells = [...row.querySelectorAll('[role="gridcell"]')].map((c) => c.textContent?.trim());
    expect(cells[1]).to.equal('Created');
    expect(row.querySelector('[part~="badge"]')?.textContent?.trim()).to.equal('Created');
    expect(cells[2]).to.equal('€12.50');
    expect(cells[4]).to.equal(link.customer.name);
    expect(cells[5]).to.equal(link.reference);
    expect(row.getAttribute('aria-rowindex')).to.equal('2');
    expect($(list, '[role="grid"]')?.getAttribute('aria-rowcount')).to.equal('2');
    expect($(list, '[part="summary"]')?.textContent).to.contain('1 link');
  });

  it('always applies the date range: last 30 days by default, editable From and To', async () => {
    const m = await mockBackend();
    m.engine.seed(150); // spread over the last 90 days
    const list = await mountList();
    await loaded(list);
    const today = isoDate(new Date());
    const from = $<HTMLInputElement>(list, 'input[name="from"]');
    const to = $<HTMLInputElement>(list, 'input[name="to"]');
    expect(from?.value).to.equal(daysBefore(30, today));
    expect(to?.value).to.equal(today);
    expect(lastRequest().searchParams.get('from')).to.equal(daysBefore(30, today));
    expect(lastRequest().searchParams.get('to')).to.equal(today);
    const within30 = list.total;
    for (const l of list.loadedLinks)
      expect(l.createdAt >= new Date(`${daysBefore(30, today)}T00:00`).toISOString()).to.equal(true);

    from!.value = daysBefore(90, today);
    from!.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => list.total > within30, 'wider range loaded');
    expect(lastRequest().searchParams.get('from')).to.equal(daysBefore(90, today));

    // A cleared date goes back to its default: the range never disappears.
    from!.value = '';
    from!.dispatchEvent(new Event('change', { bubbles: true }));
    await list.updateComplete;
    expect(from!.value).to.equal(daysBefore(30, today));
  });

  it('filters by status presets, with Unclicked meaning created and Archived the archived view', async () => {
    const m = await mockBackend();
    createLink(m, { title: 'Fresh' });
    openLink(m, createLink(m, { title: 'Opened' }));
    payLink(m, createLink(m, { title: 'Settled' }));
    const list = await mountList();
    await loaded(list);
    expect(titles(list)).to.have.members(['Fresh', 'Opened', 'Settled']);
    expect(button(list, 'All').getAttribute('aria-pressed')).to.equal('true');

    button(list, 'Paid').click();
    await waitUntil(() => titles(list).join() === 'Settled', 'paid only');
    expect(lastRequest().searchParams.getAll('status')).to.deep.equal(['paid']);
    expect(button(list, 'Paid').getAttribute('aria-pressed')).to.equal('true');
    expect(button(list, 'All').getAttribute('aria-pressed')).to.equal('false');

    button(list, 'Unclicked').click();
    await waitUntil(() => titles(list).join() === 'Fresh', 'created only');
    expect(lastRequest().searchParams.getAll('status')).to.deep.equal(['created']);

    button(list, 'Clicked').click();
    await waitUntil(() => titles(list).join() === 'Opened', 'clicked only');

    button(list, 'Archived').click();
    await waitUntil(() => !!$(list, '[part~="empty"]'), 'no archived links');
    expect(lastRequest().searchParams.get('archived')).to.equal('true');
    expect(lastRequest().searchParams.has('status')).to.equal(false);
  });

  it('searches after a pause in typing, by title, reference or customer', async () => {
    const m = await mockBackend();
    createLink(m, { title: 'Boiler maintenance' });
    const other = createLink(m, { title: 'Piano lessons' });
    const list = await mountList();
    await loaded(list);
    const search = $<HTMLInputElement>(list, 'input[type="search"]')!;
    const before = requests.urls.length;
    for (const text of ['p', 'pi', 'pia', 'pian']) {
      search.value = text;
      search.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    await waitUntil(() => titles(list).join() === 'Piano lessons', 'search applied');
    expect(requests.urls.length - before).to.equal(1); // debounced: one request for four keystrokes
    expect(lastRequest().searchParams.get('q')).to.equal('pian');

    search.value = other.reference;
    search.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await waitUntil(() => lastRequest().searchParams.get('q') === other.reference, 'by reference');
    await waitUntil(() => titles(list).join() === 'Piano lessons', 'found by reference');
  });

  it('has advanced filters in a popover that Escape closes, returning focus to Filters', async () => {
    const m = await mockBackend();
    createLink(m, { title: 'Manual one', origin: 'manual', amount: 500 });
    createLink(m, { title: 'Dunning one', origin: 'dunning', amount: 9000 });
    const list = await mountList();
    await loaded(list);
    const filtersButton = button(list, 'Filters');
    filtersButton.click();
    await waitUntil(
      () => $(list, '[role="dialog"][part~="popover"]')?.matches(':popover-open') === true,
      'popover open',
    );
    const popover = $(list, '[role="dialog"][part~="popover"]')!;
    expect(filtersButton.getAttribute('aria-expanded')).to.equal('true');
    await waitUntil(() => popover.contains(list.shadowRoot!.activeElement), 'focus inside');
    expect(popover.style.left).to.match(/px$/); // positioned through CSSOM, not a style attribute in markup

    const origin = popover.querySelector<HTMLSelectElement>('select[name="origin"]')!;
    origin.value = 'dunning';
    origin.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => titles(list).join() === 'Dunning one', 'origin filter');
    expect(lastRequest().searchParams.get('origin')).to.equal('dunning');

    const min = popover.querySelector<HTMLInputElement>('input[name="minAmount"]')!;
    min.value = '100';
    min.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(
      () => lastRequest().searchParams.get('minAmount') === '10000',
      'min amount in minor units',
    );
    await waitUntil(() => !!$(list, '[part~="empty"]'), 'nothing that large');

    popover.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await list.updateComplete;
    expect(popover.matches(':popover-open')).to.equal(false);
    expect(list.shadowRoot!.activeElement).to.equal(filtersButton);
    expect(filtersButton.getAttribute('aria-expanded')).to.equal('false');
  });

  it('sorts by the API sorts from the column headers, with aria-sort', async () => {
    const m = await mockBackend();
    createLink(m, { title: 'Middle', amount: 2000 });
    createLink(m, { title: 'Cheap', amount: 100 });
    createLink(m, { title: 'Dear', amount: 90000 });
    const list = await mountList();
    await loaded(list);
    const header = (name: string) =>
      $$(list, '[role="columnheader"]').find((h) => h.textContent?.includes(name)) as HTMLElement;
    expect(header('Created').getAttribute('aria-sort')).to.equal('descending');

    header('Amount').querySelector('button')!.click();
    await waitUntil(() => titles(list).join() === 'Cheap,Middle,Dear', 'amount ascending');
    expect(lastRequest().searchParams.get('sort')).to.equal('amount');
    expect(header('Amount').getAttribute('aria-sort')).to.equal('ascending');
    expect(header('Created').hasAttribute('aria-sort')).to.equal(false);

    header('Amount').querySelector('button')!.click();
    await waitUntil(() => titles(list).join() === 'Dear,Middle,Cheap', 'amount descending');
    expect(lastRequest().searchParams.get('sort')).to.equal('-amount');
    expect(header('Status').querySelector('button')).to.equal(null); // not sortable by the API
  });

  it('shows skeleton rows with aria-busy while loading', async () => {
    let answer: (page: LinkPage) => void = () => {};
    const list = await mountList({ client: stubClient(() => new Promise((resolve) => (answer = resolve))) });
    const table = $(list, '[role="grid"]')!;
    expect(table.getAttribute('aria-busy')).to.equal('true');
    expect($$(list, '.skeleton').length).to.be.greaterThan(0);
    answer({ items: [], nextCursor: null, total: 0 });
    await loaded(list);
    expect($(list, '[part~="empty"]')).to.not.equal(null);
  });

  it('offers to widen the date range when it is empty', async () => {
    const list = await mountList();
    await loaded(list);
    const empty = $(list, '[part~="empty"]')!;
    expect(empty.textContent).to.contain('No payment links in this date range');
    button(list, 'Show the last 90 days').click();
    await waitUntil(
      () => lastRequest().searchParams.get('from') === daysBefore(90, isoDate(new Date())),
      'widened',
    );
    expect($<HTMLInputElement>(list, 'input[name="from"]')?.value).to.equal(
      daysBefore(90, isoDate(new Date())),
    );
    await loaded(list);
    expect(button(list, 'Widen the date range')).to.exist;
  });

  it('shows the error with a Retry button, fires paylink-error, and recovers', async () => {
    let calls = 0;
    const client = stubClient(async () => {
      calls++;
      if (calls === 1)
        throw new PaylinkError('rate_limited', 'Too many requests, try again in a minute', { status: 429 });
      return { items: [], nextCursor: null, total: 0 };
    });
    const errorEvent = nextEvent<CustomEvent>(document, 'paylink-error');
    const list = await mountList({ client });
    const event = await errorEvent;
    expect(event.detail.error.code).to.equal('rate_limited');
    await loaded(list);
    const error = $(list, '[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Too many requests, try again in a minute');
    button(list, 'Retry').click();
    await waitUntil(() => !!$(list, '[part~="empty"]'), 'recovered');
    expect(calls).to.equal(2);
  });

  it('fires paylink-select on a title click and on Enter in a row, and paylink-create-request', async () => {
    const m = await mockBackend();
    const link = createLink(m, { title: 'Open me' });
    const list = await mountList();
    await loaded(list);
    const row = rowByTitle(list, 'Open me');

    let selected = nextEvent<CustomEvent>(list, 'paylink-select');
    row.querySelector<HTMLButtonElement>('.title-button')!.click();
    expect((await selected).detail).to.deep.equal({ id: link.id });

    selected = nextEvent<CustomEvent>(list, 'paylink-select');
    const checkbox = row.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    checkbox.focus();
    checkbox.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    const event = await selected;
    expect(event.detail).to.deep.equal({ id: link.id });
    expect(event.bubbles && event.composed).to.equal(true);

    const create = nextEvent<CustomEvent>(document, 'paylink-create-request');
    button(list, 'New payment link').click();
    expect((await create).detail).to.deep.equal({});
    expect(rows(list)).to.have.length(1);
  });
});
