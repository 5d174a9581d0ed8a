// Strings set before any component has loaded, as the script-tag loader lets a page do: this file
// imports only the tiny overrides module, sets strings, and only then loads the pay page.
import { expect } from 'chai';
import { setMessages } from './message-overrides.ts';

const definedBefore = customElements.get('paylink-pay-page');

setMessages('pay-page', 'en', { methods: 'How would you like to pay?', secure: 'Paid safely with Paylink' });

// Loaded after the strings were set: the element class, Lit and i18next are evaluated only now.
const { linkIn, mountPayPage, q, squash, useBackend } = await import('../pay-page/pay-page.harness.ts');
const { default: en } = await import('../pay-page/locales/pay-page-en.ts');

const backend = useBackend();

describe('setMessages before the element is defined', () => {
  it('shows the strings set before the pay page was defined, and English for the rest', async () => {
    expect(definedBefore).to.equal(undefined);
    const { token } = linkIn(backend, 'created');
    const el = await mountPayPage(`<paylink-pay-page token="${token}" lang="en"></paylink-pay-page>`);
    expect(squash(q(el, '#methods-label').textContent)).to.equal('How would you like to pay?');
    expect(squash(q(el, '[part~="footer"]').textContent)).to.equal('Paid safely with Paylink');
    expect(q(el, 'label').textContent?.trim()).to.equal(en.language);
  });
});
