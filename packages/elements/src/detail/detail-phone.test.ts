// At 390 px: nothing scrolls sideways, every target is at least 44 px, dialogs fit the window.
import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { expectAccessible } from '../../test-support/axe.ts';
import {
  $,
  $$,
  button,
  cleanup,
  linkIn,
  mockBackend,
  mountDetail,
  openDialog,
  openTab,
  shown,
  stopMockBackend,
} from './detail.harness.ts';

const PHONE = { width: 390, height: 844 };

describe('<paylink-detail> on a phone', () => {
  before(() => setViewport(PHONE));
  beforeEach(async () => {
    (await mockBackend()).engine.reset();
  });
  afterEach(cleanup);
  after(async () => {
    await stopMockBackend();
    await setViewport({ width: 800, height: 600 });
  });

  for (const status of ['declined', 'paid', 'expired'] as const) {
    it(`${status}: fits 390 px with 44 px targets`, async () => {
      const m = await mockBackend();
      const link = linkIn(m, status, {
        title: 'A rather long payment link title that has to wrap on a narrow phone screen',
        email: 'a.very.long.address.for.a.customer@example-company.example',
      });
      const detail = await mountDetail(link.id);
      await shown(detail);
      const tabs = $$(detail, '[role="tab"]').map((t) => t.dataset.tab!);
      for (const tab of tabs) {
        $(detail, `#tab-${tab}`)!.click();
        await detail.updateComplete;
        const frame = $(detail, '.frame')!;
        expect(frame.scrollWidth, `${tab}: no sideways scrolling`).to.be.at.most(frame.clientWidth);
        expect(detail.getBoundingClientRect().width).to.be.at.most(PHONE.width);
        for (const target of $$(detail, '.frame button, .frame a.button, .frame input:not([type="radio"])')) {
          if (target.closest('dialog')) continue;
          expect(
            target.getBoundingClientRect().height,
            `${tab}: ${target.textContent?.trim() || target.id}`,
          ).to.be.at.least(44);
        }
      }
      await expectAccessible(detail);
    });
  }

  it('the refund confirmation and the send dialog fit the window', async () => {
    const m = await mockBackend();
    const paid = await mountDetail(linkIn(m, 'paid').id);
    await shown(paid);
    await openTab(paid, 'Refunds');
    $<HTMLInputElement>(paid, '#refund-message')!.value = 'x';
    $<HTMLInputElement>(paid, '#refund-message')!.dispatchEvent(new InputEvent('input'));
    await paid.updateComplete;
    button(paid, 'Refund').click();
    const confirm = await openDialog(paid, 'refund-dialog');
    const box = confirm.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(PHONE.width);
    confirm.close();
    cleanup();

    const sendable = await mountDetail(linkIn(m, 'clicked').id);
    await shown(sendable);
    button(sendable, 'Send').click();
    const send = await openDialog(sendable, 'send-dialog');
    const sendBox = send.getBoundingClientRect();
    expect(sendBox.left).to.be.at.least(0);
    expect(sendBox.right).to.be.at.most(PHONE.width);
    expect(sendBox.bottom).to.be.at.most(PHONE.height);
  });
});
