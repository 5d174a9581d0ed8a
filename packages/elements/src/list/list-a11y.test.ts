import { PaylinkError } from '@paylink/client';
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { expectAccessible } from '../../test-support/axe.ts';
import { deepActiveElement } from '../shared/modal-dialog.ts';
import {
  $,
  button,
  cleanup,
  createLink,
  loaded,
  mockBackend,
  mountList,
  payLink,
  rowByTitle,
  stopMockBackend,
  stubClient,
  titles,
  waitUntil,
} from './list.harness.ts';
import type { PaylinkList } from './list.ts';

async function seedFew(): Promise<void> {
  const m = await mockBackend();
  m.engine.reset();
  createLink(m, { title: 'Garden maintenance' });
  createLink(m, { title: 'Dunning reminder', origin: 'dunning' });
  payLink(m, createLink(m, { title: 'Laptop repair' }));
}

async function openMenu(list: PaylinkList): Promise<HTMLElement> {
  button(list, 'More actions').click();
  const menu = $(list, '[role="menu"]')!;
  await waitUntil(() => menu.matches(':popover-open'), 'menu open');
  return menu;
}

describe('<paylink-list> accessibility', () => {
  afterEach(cleanup);
  after(stopMockBackend);

  it('has no axe violations while loading', async () => {
    const list = await mountList({ client: stubClient(() => new Promise(() => {})) });
    expect($(list, '[role="grid"]')?.getAttribute('aria-busy')).to.equal('true');
    await expectAccessible(list);
  });

  it('has no axe violations when empty', async () => {
    (await mockBackend()).engine.reset();
    const list = await mountList();
    await loaded(list);
    expect($(list, '[part~="empty"]')).to.exist;
    await expectAccessible(list);
  });

  it('has no axe violations in the error state', async () => {
    const list = await mountList({
      client: stubClient(async () => {
        throw new PaylinkError('network_error', 'The server could not be reached');
      }),
    });
    await loaded(list);
    expect($(list, '[part~="error"]')).to.exist;
    await expectAccessible(list);
  });

  it('has no axe violations with rows, a selection, the menu, the filters and the dialogs open', async () => {
    await seedFew();
    const list = await mountList();
    await loaded(list);
    await expectAccessible(list);

    rowByTitle(list, 'Garden maintenance').querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await list.updateComplete;
    await expectAccessible(list);

    const menu = await openMenu(list);
    await expectAccessible(list);
    menu.querySelector<HTMLElement>('[data-action="archive"]')!.click();
    const dialog = $<HTMLDialogElement>(list, '#archive-dialog')!;
    await waitUntil(() => dialog.open, 'archive dialog');
    await expectAccessible(list);
    dialog.close();
    await list.updateComplete;

    (await openMenu(list)).querySelector<HTMLElement>('[data-action="send"]')!.click();
    const send = $<HTMLDialogElement>(list, '#send-dialog')!;
    await waitUntil(() => send.open, 'send dialog');
    await expectAccessible(list);
    send.close();
    await list.updateComplete;

    button(list, 'Filters').click();
    await waitUntil(() => $(list, '#filters-popover')?.matches(':popover-open') === true, 'filters');
    await expectAccessible(list);
  });

  it('has no axe violations in the dark theme', async () => {
    await seedFew();
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/packages/elements/src/theme/paylink-theme.css';
    const loadedCss = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    await loadedCss;
    const wrapper = document.createElement('div');
    wrapper.className = 'paylink-dark';
    document.body.append(wrapper);
    try {
      const list = await mountList({}, wrapper);
      await loaded(list);
      expect(getComputedStyle(list).color).to.equal('rgb(230, 237, 243)');
      rowByTitle(list, 'Laptop repair').querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await list.updateComplete;
      await expectAccessible(list);
    } finally {
      wrapper.remove();
      link.remove();
    }
  });

  it('lays out right to left in Arabic, translated, without axe violations', async () => {
    await seedFew();
    const list = await mountList({ attrs: { lang: 'ar' } });
    await list.localeReady();
    await loaded(list);
    const frame = $(list, '.frame')!;
    expect(frame.getAttribute('dir')).to.equal('rtl');
    expect($(list, '[role="grid"]')?.getAttribute('aria-label')).to.equal('روابط الدفع');
    expect(getComputedStyle($(list, '.cell.amount')!).textAlign).to.equal('end');
    await expectAccessible(list);
  });

  it('can be used with the keyboard alone: select a row, open More actions, archive, confirm', async () => {
    await seedFew();
    const m = await mockBackend();
    const list = await mountList();
    await loaded(list);
    const search = $<HTMLInputElement>(list, 'input[type="search"]')!;
    search.focus();
    // Tab forward to the first row checkbox.
    for (let i = 0; i < 40 && deepActiveElement()?.dataset.action !== 'toggle'; i++)
      await sendKeys({ press: 'Tab' });
    const checkbox = deepActiveElement() as HTMLInputElement;
    expect(checkbox.dataset.action).to.equal('toggle');
    const title = checkbox.getAttribute('aria-label')!.replace(/^Select /, '');
    await sendKeys({ press: 'Space' });
    expect(checkbox.checked).to.equal(true);

    // Back to More actions (it sits above the table).
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 20 && deepActiveElement()?.id !== 'more-button'; i++)
      await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()?.id).to.equal('more-button');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => deepActiveElement()?.getAttribute('role') === 'menuitem', 'menu focused');
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Archive');
    await sendKeys({ press: 'End' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Send');
    await sendKeys({ press: 'Home' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Archive');
    await sendKeys({ press: 'Enter' });

    const dialog = $<HTMLDialogElement>(list, '#archive-dialog')!;
    await waitUntil(() => dialog.open, 'dialog open');
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Archive');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !titles(list).includes(title), 'archived link left the view');
    await waitUntil(() => ($(list, '[part="live"]')?.textContent ?? '').includes(`“${title}”`), 'announced');
    const archived = m.engine.findLinks({ archived: true }).map((l) => l.title);
    const deleted = !m.engine.findLinks({}).some((l) => l.title === title) && !archived.includes(title);
    expect(archived.includes(title) || deleted).to.equal(true);
    expect(deepActiveElement()?.id).to.equal('more-button');
  });

  it('closes the menu with Escape (focus back on the button) and with Tab', async () => {
    await seedFew();
    const list = await mountList();
    await loaded(list);
    const more = button(list, 'More actions');
    more.focus();
    await sendKeys({ press: 'Enter' });
    const menu = $(list, '[role="menu"]')!;
    await waitUntil(() => menu.matches(':popover-open'), 'open');
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Export');
    await sendKeys({ press: 'Escape' });
    expect(menu.matches(':popover-open')).to.equal(false);
    expect(deepActiveElement()).to.equal(more);
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => deepActiveElement()?.textContent?.trim() === 'Send', 'last item');
    await sendKeys({ press: 'Tab' });
    expect(menu.matches(':popover-open')).to.equal(false);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
  });
});
