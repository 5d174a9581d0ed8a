// The amount filters as a person types them: applied after a short pause (no blur needed), checked
// while typed (a minimum above the maximum is marked next to the fields and never sent), and never
// an error state for the whole list. And announcements that do not linger.
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { expectAccessible } from '../../test-support/axe.ts';
import {
  $,
  announced,
  button,
  cleanup,
  createLink,
  loaded,
  mockBackend,
  mountList,
  recordListRequests,
  stopMockBackend,
  titles,
  waitUntil,
} from './list.harness.ts';
import type { PaylinkList } from './list.ts';

async function openFilters(list: PaylinkList): Promise<HTMLElement> {
  button(list, 'Filters').click();
  // The popover's code is downloaded on first open: wait for it to render and open.
  await waitUntil(() => $(list, '#filters-popover')?.matches(':popover-open') === true, 'filters open');
  return $(list, '#filters-popover')!;
}

async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

describe('<paylink-list> amount filters', () => {
  let requests: ReturnType<typeof recordListRequests>;
  beforeEach(async () => {
    const m = await mockBackend();
    m.engine.reset();
    createLink(m, { title: 'Small', amount: 20_00 });
    createLink(m, { title: 'Large', amount: 2_000_00 });
    requests = recordListRequests();
  });
  afterEach(() => {
    requests.stop();
    cleanup();
  });
  after(stopMockBackend);

  it('applies a typed minimum after a pause, without leaving the field', async () => {
    const list = await mountList({ attrs: { lang: 'en' } });
    await loaded(list);
    const popover = await openFilters(list);
    const min = popover.querySelector<HTMLInputElement>('input[name="minAmount"]')!;
    await typeInto(min, '1000');
    expect(list.shadowRoot!.activeElement).to.equal(min); // still typing there: no blur happened
    await waitUntil(() => titles(list).join() === 'Large', 'only the large link');
    expect(requests.urls.at(-1)!.searchParams.get('minAmount')).to.equal('100000');
    // One request for the whole word, not one per key.
    expect(requests.urls.filter((u) => u.searchParams.has('minAmount'))).to.have.length(1);
  });

  it('marks a minimum above the maximum next to the fields and sends nothing', async () => {
    const list = await mountList({ attrs: { lang: 'en' } });
    await loaded(list);
    const popover = await openFilters(list);
    const min = popover.querySelector<HTMLInputElement>('input[name="minAmount"]')!;
    const max = popover.querySelector<HTMLInputElement>('input[name="maxAmount"]')!;
    await typeInto(min, '1000');
    await waitUntil(() => titles(list).join() === 'Large', 'min applied');
    const sent = requests.urls.length;

    await typeInto(max, '50');
    await waitUntil(() => min.getAttribute('aria-invalid') === 'true', 'marked invalid');
    expect(max.getAttribute('aria-invalid')).to.equal('true');
    const message = $(list, `#${max.getAttribute('aria-describedby')}`)!;
    expect(message.textContent).to.contain('The minimum is above the maximum.');
    await new Promise((resolve) => setTimeout(resolve, 800)); // longer than the typing pause
    expect(requests.urls.length, 'no request for an inverted range').to.equal(sent);
    // The list still shows the last valid result, never an error for the whole list.
    expect($(list, '[part~="error"]')).to.equal(null);
    expect(titles(list).join()).to.equal('Large');
    await expectAccessible(list);

    // Fixing the maximum applies both and clears the marks.
    await typeInto(max, '5000');
    await waitUntil(() => min.getAttribute('aria-invalid') === 'false', 'valid again');
    await waitUntil(() => requests.urls.at(-1)?.searchParams.get('maxAmount') === '500000', 'max sent');
    await waitUntil(() => titles(list).join() === 'Large', 'both bounds applied');
  });

  it("refuses what is not an amount, and reads the viewer's decimal comma", async () => {
    const list = await mountList({ attrs: { lang: 'nl' } });
    await loaded(list);
    await list.localeReady();
    button(list, 'Filters').click();
    await waitUntil(() => $(list, '#filters-popover')?.matches(':popover-open') === true, 'open');
    const popover = $(list, '#filters-popover')!;
    const min = popover.querySelector<HTMLInputElement>('input[name="minAmount"]')!;
    await typeInto(min, '-5');
    await waitUntil(() => min.getAttribute('aria-invalid') === 'true', 'negative refused');
    await typeInto(min, '19,99');
    await waitUntil(() => requests.urls.at(-1)?.searchParams.get('minAmount') === '1999', 'decimal comma');
    expect(min.getAttribute('aria-invalid')).to.equal('false');
  });
});

describe('<paylink-list> announcements', () => {
  afterEach(cleanup);
  after(stopMockBackend);

  it('says one thing at a time, on the summary line, and forgets it when the filters change', async () => {
    const m = await mockBackend();
    m.engine.reset();
    createLink(m, { title: 'One' });
    const list = await mountList({ attrs: { lang: 'en' } });
    await loaded(list);
    const live = $(list, '[part="live"]')!;
    // In the summary line: an announcement never pushes the table down.
    expect(live.parentElement).to.equal($(list, '[part="summary"]'));
    const tableTop = $(list, '.scroller')!.getBoundingClientRect().top;
    (list.shadowRoot!.querySelector('[data-action="select-all"]') as HTMLInputElement).click();
    await announced(list, '1 loaded link selected');
    expect($(list, '.scroller')!.getBoundingClientRect().top).to.equal(tableTop);
    (list.shadowRoot!.querySelector('[data-action="select-all"]') as HTMLInputElement).click();
    await announced(list, 'Selection cleared');
    expect(live.textContent).to.not.contain('selected'); // replaced, not stacked
    button(list, 'Paid').click();
    await waitUntil(() => live.textContent?.trim() === '', 'cleared by new filters');
  });
});
