// Live: the detail follows the feed. A payment made elsewhere turns it Paid and shows the Refunds
// tab without a reload; a link deleted elsewhere says so; it follows only while on screen.
import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { expectAccessible } from '../../test-support/axe.ts';
import {
  $,
  announced,
  cleanup,
  followingFeed,
  linkIn,
  mockBackend,
  mountDetail,
  shown,
  stopMockBackend,
  tabNames,
  waitUntil,
} from './detail.harness.ts';

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<paylink-detail> live', () => {
  beforeEach(async () => {
    (await mockBackend()).engine.reset();
  });
  afterEach(cleanup);
  after(stopMockBackend);

  it('turns Paid when the customer pays elsewhere, and the Refunds tab appears', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'created');
    const detail = await mountDetail(link.id);
    await shown(detail);
    await followingFeed(detail);
    const heading = $(detail, '[part~="title"]');
    m.engine.open(link.token);
    await waitUntil(() => text($(detail, '[part~="badge"]')) === 'Clicked', 'Clicked');
    const payment = m.engine.startPayment(link.token, { method: 'card' });
    m.engine.completePayment(payment.id, { outcome: 'approve' });
    await waitUntil(() => text($(detail, '[part~="badge"]')) === 'Paid', 'Paid', 10_000);
    expect(tabNames(detail)).to.deep.equal(['Details', 'Events', 'Refunds']);
    await announced(detail, 'The link is now Paid.');
    // Updated in place: the same elements, not a reload.
    expect($(detail, '[part~="title"]')).to.equal(heading);
    expect(text($(detail, '[role="tabpanel"]'))).to.contain(m.engine.getLink(link.id).pspReference!);
    await expectAccessible(detail);
  });

  it('a Declined link shows its banner as soon as the PSP says so', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'clicked');
    const detail = await mountDetail(link.id);
    await shown(detail);
    await followingFeed(detail);
    const payment = m.engine.startPayment(link.token, { method: 'card' });
    m.engine.completePayment(payment.id, { outcome: 'fail' });
    await waitUntil(() => !!$(detail, '[part~="banner-declined"]'), 'banner', 10_000);
    expect(text($(detail, '[part~="psp-reference"]'))).to.equal(m.engine.getLink(link.id).pspReference);
  });

  it('a link deleted elsewhere says so instead of going stale', async () => {
    const m = await mockBackend();
    const link = linkIn(m, 'created', { title: 'Gone soon' });
    const detail = await mountDetail(link.id);
    await shown(detail);
    await followingFeed(detail);
    m.engine.archive({ ids: [link.id] });
    await waitUntil(
      () => text($(detail, '[part~="state"]')) === '“Gone soon” was permanently deleted.',
      'deleted',
      10_000,
    );
  });

  it('follows the feed only while on screen', async () => {
    await setViewport({ width: 800, height: 600 });
    const m = await mockBackend();
    const spacer = document.createElement('div');
    spacer.style.blockSize = '3000px'; // test-only layout
    document.body.append(spacer);
    try {
      const detail = await mountDetail(linkIn(m, 'created').id);
      await shown(detail);
      await waitUntil(() => !detail.following, 'not following below the fold');
      detail.scrollIntoView();
      await waitUntil(() => detail.following, 'following once on screen');
    } finally {
      spacer.remove();
    }
  });
});
