// The list on a phone (390 × 844): cards instead of a wide table, nothing wider than the screen,
// popovers and dialogs inside the window with their close buttons reachable, 44 px touch targets.
import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { expectAccessible } from '../../test-support/axe.ts';
import {
  $,
  $$,
  button,
  cleanup,
  linkOnScreen,
  loaded,
  mountList,
  rows,
  syntheticClient,
  waitUntil,
} from './list.harness.ts';
import type { PaylinkList } from './list.ts';

const PHONE = { width: 390, height: 844 };

function insideWindow(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.bottom <= window.innerHeight;
}

async function phoneList(): Promise<PaylinkList> {
  const list = await mountList({ client: syntheticClient(800), attrs: { lang: 'en' } });
  await loaded(list);
  return list;
}

describe('<paylink-list> on a phone', () => {
  before(() => setViewport(PHONE));
  afterEach(cleanup);
  after(() => setViewport({ width: 800, height: 600 }));

  it('shows each link as a card with status, amount, title, customer and dates, no sideways scrolling', async () => {
    const list = await phoneList();
    const scroller = $(list, '.scroller')!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    const card = rows(list)[0]!;
    expect(card.getBoundingClientRect().right).to.be.at.most(window.innerWidth);
    for (const name of ['status', 'amount', 'title', 'customer', 'created', 'expires']) {
      const cell = card.querySelector<HTMLElement>(`.cell.${name}`)!;
      const box = cell.getBoundingClientRect();
      expect(box.width, `${name} shown`).to.be.greaterThan(0);
      expect(box.right, `${name} inside the card`).to.be.at.most(card.getBoundingClientRect().right + 0.5);
    }
    // The title is not squeezed to a few letters by the amount or the customer.
    const title = card.querySelector<HTMLElement>('.title-button')!;
    expect(title.scrollWidth).to.be.at.most(title.clientWidth + 1);
    expect(card.textContent).to.contain('Synthetic 000000');
    await expectAccessible(list);
  });

  it('keeps scrolling cards to the last loaded one', async () => {
    const list = await phoneList();
    const scroller = $(list, '.scroller')!;
    scroller.scrollIntoView({ block: 'end' });
    scroller.scrollTop = scroller.scrollHeight;
    await waitUntil(() => list.loadedLinks.length === 800, 'second page');
    scroller.scrollTop = scroller.scrollHeight;
    const last = await linkOnScreen(list, 0.9);
    expect(Number(last.id.slice(-6))).to.be.greaterThan(790);
  });

  it('has touch targets of at least 44 px', async () => {
    const list = await phoneList();
    const targets = [
      ...$$(list, '.toolbar button, .toolbar input, .presets button, .summary .more-button'),
      ...$$(list, '.head .sort'),
      ...rows(list)
        .slice(0, 3)
        .flatMap((row) => [row.querySelector('.cell.check')!, row.querySelector('.title-button')!]),
    ];
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, `${target.outerHTML.slice(0, 60)} height`).to.be.at.least(44);
    }
  });

  it('opens the filters popover inside the window, with Close reachable', async () => {
    const list = await phoneList();
    button(list, 'Filters').click();
    await waitUntil(() => $(list, '#filters-popover')?.matches(':popover-open') === true, 'filters open');
    const popover = $(list, '#filters-popover')!;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(
      insideWindow(popover),
      `popover inside the window: ${JSON.stringify(popover.getBoundingClientRect())}`,
    ).to.equal(true);
    const close = [...popover.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Close')!;
    expect(insideWindow(close), 'Close inside the window').to.equal(true);
    expect(popover.scrollWidth, 'no sideways scrolling inside the popover').to.be.at.most(
      popover.clientWidth,
    );
    const closeBox = close.getBoundingClientRect();
    expect(popover.getBoundingClientRect().bottom).to.be.at.least(closeBox.bottom);
    await expectAccessible(list);
    close.click();
    await waitUntil(() => !popover.matches(':popover-open'), 'closed');
  });

  it('opens the More actions menu and the archive dialog inside the window', async () => {
    const list = await phoneList();
    rows(list)[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    button(list, 'More actions').click();
    const menu = $(list, '[role="menu"]')!;
    await waitUntil(() => menu.matches(':popover-open'), 'menu open');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(insideWindow(menu), 'menu inside the window').to.equal(true);
    [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')]
      .find((i) => i.textContent?.trim() === 'Archive')!
      .click();
    const dialog = $<HTMLDialogElement>(list, 'dialog[part~="archive-dialog"]')!;
    await waitUntil(() => dialog.open, 'dialog open');
    expect(insideWindow(dialog), 'dialog inside the window').to.equal(true);
    for (const b of dialog.querySelectorAll('button')) expect(insideWindow(b)).to.equal(true);
  });
});
