import { expect } from 'chai';
import {
  $,
  announced,
  button,
  cleanup,
  createLink,
  loaded,
  mockBackend,
  mountList,
  nextEvent,
  payLink,
  rowByTitle,
  stopMockBackend,
  titles,
  waitUntil,
} from './list.harness.ts';
import type { PaylinkList } from './list.ts';

function select(list: PaylinkList, ...names: string[]): void {
  for (const name of names)
    rowByTitle(list, name).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
}

async function runAction(list: PaylinkList, action: string): Promise<void> {
  button(list, 'More actions').click();
  const menu = $(list, '[role="menu"]')!;
  await waitUntil(() => menu.matches(':popover-open'), 'menu open');
  const entry = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')].find(
    (i) => i.textContent?.trim() === action,
  );
  if (!entry) throw new Error(`no menu item ${action}`);
  entry.click();
}

describe('<paylink-list> bulk actions', () => {
  beforeEach(async () => {
    (await mockBackend()).engine.reset();
  });
  afterEach(cleanup);
  after(stopMockBackend);

  it('archives after confirmation: created manual links are deleted, dunning and paid ones archived', async () => {
    const m = await mockBackend();
    createLink(m, { title: 'Manual created', origin: 'manual' });
    createLink(m, { title: 'Dunning created', origin: 'dunning' });
    payLink(m, createLink(m, { title: 'Paid one' }));
    createLink(m, { title: 'Bystander' });
    const list = await mountList();
    await loaded(list);
    select(list, 'Manual created', 'Dunning created', 'Paid one');
    await list.updateComplete;

    const request = nextEvent<CustomEvent>(list, 'paylink-archive-request');
    await runAction(list, 'Archive');
    expect((await request).detail.ids).to.have.length(3);
    const dialog = $<HTMLDialogElement>(list, 'dialog#archive-dialog')!;
    await waitUntil(() => dialog.open, 'dialog open');
    expect(dialog.textContent).to.contain('1 link will be permanently deleted.');
    expect(dialog.textContent).to.contain('2 links will be archived.');
    const confirm = [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Archive')!;
    expect(list.shadowRoot!.activeElement).to.equal(confirm);

    const done = nextEvent<CustomEvent>(list, 'paylink-archived');
    confirm.click();
    const { results } = (await done).detail;
    const outcome = Object.fromEntries(
      results.map((r: { id: string; outcome: string }) => [
        m.engine.findLinks({}).find((l) => l.id === r.id)?.title ?? r.id,
        r.outcome,
      ]),
    );
    expect(results).to.have.length(3);
    expect(Object.values(outcome).sort()).to.deep.equal(['archived', 'archived', 'deleted']);
    const said = await announced(list, 'Deleted: 1. Archived: 2. Failed: 0.');
    expect(said).to.contain('“Manual created” permanently deleted.');
    expect(said).to.contain('“Dunning created” archived.');
    expect(said).to.contain('“Paid one” archived.');
    expect(dialog.open).to.equal(false);
    expect(list.shadowRoot!.activeElement).to.equal(button(list, 'More actions')); // focus restored
    expect(titles(list)).to.deep.equal(['Bystander']);
    expect(list.selectedIds).to.deep.equal([]);

    button(list, 'Archived').click();
    await waitUntil(() => titles(list).length === 2, 'archived view');
    expect(titles(list)).to.have.members(['Dunning created', 'Paid one']);
    expect(rowByTitle(list, 'Paid one').querySelector('[part~="archived-tag"]')?.textContent).to.equal(
      'Archived',
    );
  });

  it('lets a listener cancel paylink-archive-request: no dialog, nothing archived', async () => {
    const m = await mockBackend();
    createLink(m, { title: 'Keep me' });
    const list = await mountList();
    await loaded(list);
    select(list, 'Keep me');
    list.addEventListener('paylink-archive-request', (e) => e.preventDefault(), { once: true });
    await runAction(list, 'Archive');
    await list.updateComplete;
    expect($<HTMLDialogElement>(list, 'dialog#archive-dialog')!.open).to.equal(false);
    expect(titles(list)).to.deep.equal(['Keep me']);
  });

  it('asks for a selection first instead of archiving nothing', async () => {
    const m = await mockBackend();
    createLink(m, { title: 'Alone' });
    const list = await mountList();
    await loaded(list);
    await runAction(list, 'Archive');
    await announced(list, 'Select one or more links first.');
    const item = $(list, '[role="menuitem"][data-action="archive"]')!;
    expect(item.getAttribute('aria-disabled')).to.equal('true');
  });

  it('unarchives in the Archived view, where Archive is not offered', async () => {
    const m = await mockBackend();
    const paid = createLink(m, { title: 'Back again' });
    payLink(m, paid);
    m.engine.archive({ ids: [paid.id] });
    const list = await mountList();
    await loaded(list);
    button(list, 'Archived').click();
    await waitUntil(() => titles(list).join() === 'Back again', 'archived view');
    select(list, 'Back again');
    button(list, 'More actions').click();
    const menu = $(list, '[role="menu"]')!;
    await waitUntil(() => menu.matches(':popover-open'), 'menu open');
    expect([...menu.querySelectorAll('[role="menuitem"]')].map((i) => i.textContent?.trim())).to.deep.equal([
      'Unarchive',
      'Export',
      'Send',
    ]);
    const done = nextEvent<CustomEvent>(list, 'paylink-unarchived');
    menu.querySelector<HTMLElement>('[data-action="unarchive"]')!.click();
    expect((await done).detail.results).to.deep.equal([{ id: paid.id, outcome: 'unarchived' }]);
    await announced(list, '“Back again” unarchived.');
    await waitUntil(() => !!$(list, '[part~="empty"]'), 'left the archived view');
    expect(m.engine.getLink(paid.id).archived).to.equal(false);
  });

  describe('export', () => {
    let blobs: Blob[];
    let downloads: string[];
    const original = { create: URL.createObjectURL, click: HTMLAnchorElement.prototype.click };
    beforeEach(() => {
      blobs = [];
      downloads = [];
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return 'blob:test';
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloads.push(this.download);
      };
    });
    afterEach(() => {
      URL.createObjectURL = original.create;
      HTMLAnchorElement.prototype.click = original.click;
    });

    it('downloads a CSV of the selection', async () => {
      const m = await mockBackend();
      const a = createLink(m, { title: 'Export A' });
      const b = createLink(m, { title: 'Export B' });
      createLink(m, { title: 'Not exported' });
      const list = await mountList();
      await loaded(list);
      select(list, 'Export A', 'Export B');
      await runAction(list, 'Export');
      await announced(list, 'Exported 2 links.');
      expect(downloads).to.have.length(1);
      expect(downloads[0]).to.match(/^payment-links-\d{4}-\d{2}-\d{2}\.csv$/);
      const lines = (await blobs[0]!.text()).trim().split(/\r?\n/);
      expect(lines).to.have.length(3); // header + 2
      expect(lines.slice(1).join('\n')).to.contain(a.id).and.contain(b.id).and.not.contain('Not exported');
    });

    it('downloads a CSV of the current filters when nothing is selected', async () => {
      const m = await mockBackend();
      for (let i = 0; i < 4; i++) createLink(m, { title: `Filtered ${i}` });
      payLink(m, createLink(m, { title: 'Paid, not in view' }));
      const list = await mountList();
      await loaded(list);
      button(list, 'Unclicked').click();
      await waitUntil(() => titles(list).length === 4, 'created only');
      await runAction(list, 'Export');
      await announced(list, 'Exported 4 links.');
      const text = await blobs[0]!.text();
      expect(text.trim().split(/\r?\n/)).to.have.length(5);
      expect(text).to.not.contain('Paid, not in view');
    });
  });

  it('sends through the chosen channel and reports each failure without failing the batch', async () => {
    const m = await mockBackend();
    createLink(m, { title: 'Has email' });
    createLink(m, { title: 'No email', email: null, mobile: '+32470000000' });
    const list = await mountList();
    await loaded(list);
    select(list, 'Has email', 'No email');
    await runAction(list, 'Send');
    const dialog = $<HTMLDialogElement>(list, 'dialog#send-dialog')!;
    await waitUntil(() => dialog.open, 'send dialog open');
    expect(dialog.textContent).to.contain('Send 2 links to their customers.');
    const email = dialog.querySelector<HTMLInputElement>('input[value="email"]')!;
    expect(email.checked).to.equal(true);
    [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Send')!.click();
    const said = await announced(list, 'Sent: 1. Failed: 1.');
    expect(said).to.contain('“No email”: no address for this channel');
    await waitUntil(
      () => dialog.textContent?.includes('“No email”: no address for this channel') ?? false,
      'report',
    );
    const close = [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Close')!;
    expect(list.shadowRoot!.activeElement).to.equal(close);
    close.click();
    await list.updateComplete;
    expect(dialog.open).to.equal(false);
  });
});
