// How an element picks its language: its own `lang` first, then its provider's. The markup is the
// sample docs/i18n.md shows (samples/choose-language.html), mounted as a page would have it.
import { expect } from 'chai';
import { fixture, shadow, waitUntil } from '../../test-support/fixture.ts';
import '../create-form/define.ts';
import nl from '../create-form/locales/nl.ts';
import { $, cleanup, createLink, loaded, mockBackend, stopMockBackend } from '../list/list.harness.ts';
import type { PaylinkList } from '../list/list.ts';
import fr from '../list/locales/fr.ts';
import '../provider/define.ts';

describe('choosing the language', () => {
  before(mockBackend);
  afterEach(cleanup);
  after(stopMockBackend);

  it('shows the list in its provider’s French and the form in its own Dutch', async () => {
    const m = await mockBackend();
    m.engine.reset();
    for (let i = 0; i < 3; i++) createLink(m);
    const markup = await (await fetch(new URL('./samples/choose-language.html', import.meta.url))).text();
    const provider = await fixture(markup);
    const list = provider.querySelector<PaylinkList>('paylink-list')!;
    await loaded(list);
    await waitUntil(() => $(list, '.frame')?.getAttribute('lang') === 'fr', 'French list');
    expect($(list, '[part="summary"] .counts')?.textContent?.trim()).to.equal(
      fr.total_other.replace('{{count, number}}', '3'),
    );
    const form = provider.querySelector('paylink-create-form')!;
    await waitUntil(
      () => shadow(form).querySelector('form')?.getAttribute('aria-label') === nl.label,
      'Dutch form',
    );
    expect(shadow(form).querySelector('.frame')?.getAttribute('lang')).to.equal('nl');
  });
});
