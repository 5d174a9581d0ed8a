import { expect } from 'chai';
import { HttpResponse, http } from 'msw';
import { shadow } from '../../test-support/fixture.ts';
import en from './locales/pay-page-en.ts';
import {
  headingText,
  type LinkState,
  linkIn,
  mountPayPage,
  type PaylinkPayPage,
  useBackend,
} from './pay-page.harness.ts';
import { markPaymentStarted } from './visit.ts';

const backend = useBackend();

/** Emoji and other pictographic or symbol characters: they depend on the system's fonts. */
const PICTOGRAPHIC = /[\p{Extended_Pictographic}\p{So}]/u;

/** Every piece of text the pay page draws: its text nodes and the text CSS generates. */
function drawnText(el: PaylinkPayPage): { text: string[]; generated: string[] } {
  const root = shadow(el);
  const text: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim()) text.push(node.textContent);
  }
  const generated: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const pseudo of ['::before', '::after', '::marker']) {
      const content = getComputedStyle(element, pseudo).content;
      if (content && !['none', 'normal', '""'].includes(content)) {
        generated.push(`${element.localName}.${element.getAttribute('class')}${pseudo}: ${content}`);
      }
    }
  }
  return { text, generated };
}

function expectNoGlyphs(el: PaylinkPayPage): void {
  const { text, generated } = drawnText(el);
  expect(
    text.filter((t) => PICTOGRAPHIC.test(t)),
    'no emoji or symbol characters in the text',
  ).to.deep.equal([]);
  expect(generated, 'no text drawn by CSS (::before/::after content)').to.deep.equal([]);
}

/** The state's icon: an inline SVG hidden from assistive technology, drawn at a visible size. */
function expectSvgIcon(el: PaylinkPayPage, name: string): void {
  const icon = shadow(el).querySelector('[part~="icon"]');
  expect(icon, 'the state has an icon').to.exist;
  const svg = icon?.querySelector('svg');
  expect(svg, 'drawn as inline SVG').to.exist;
  expect(svg?.getAttribute('data-icon')).to.equal(name);
  expect(svg?.getAttribute('aria-hidden')).to.equal('true');
  expect(svg?.getAttribute('focusable')).to.equal('false');
  expect(svg?.querySelector('path, circle, rect')).to.exist;
  const box = svg?.getBoundingClientRect();
  expect(box?.width ?? 0).to.be.greaterThan(16);
  expect(box?.height ?? 0).to.be.greaterThan(16);
  // In the text's colour (currentColor), so it follows light and dark themes.
  expect(svg?.getAttribute('stroke')).to.equal('currentColor');
  // The words stay beside the icon: the state's heading follows it.
  expect(icon?.nextElementSibling?.matches('[data-heading]'), 'a heading beside the icon').to.equal(true);
  expect(headingText(el)).to.not.equal('');
}

describe('<paylink-pay-page> icons: inline SVG, never an emoji or symbol glyph', () => {
  const mount = (token: string, lang = 'en') =>
    mountPayPage(`<paylink-pay-page token="${token}" lang="${lang}"></paylink-pay-page>`);

  const outcomes: [LinkState, string, string][] = [
    ['paid', 'check', en.paidHeading],
    ['declined', 'close', en.declinedHeading],
    ['expired', 'hourglass', en.expiredHeading],
    ['deleted', 'search', en.notFoundHeading],
  ];
  for (const [state, iconName, heading] of outcomes) {
    for (const lang of ['en', 'ar']) {
      it(`${state} (${lang}): a "${iconName}" SVG icon beside the heading, no glyphs`, async () => {
        const link = linkIn(backend, state);
        if (state === 'declined') markPaymentStarted(link.token);
        const el = await mount(link.token, lang);
        if (lang === 'en') expect(headingText(el)).to.equal(heading);
        expectNoGlyphs(el);
        expectSvgIcon(el, iconName);
      });
    }
  }

  it('error: a warning SVG icon beside the heading, no glyphs', async () => {
    backend.worker.use(
      http.get('*/api/pay/:token', () => HttpResponse.error()),
      http.post('*/api/pay/:token/open', () => HttpResponse.error()),
    );
    const el = await mount(linkIn(backend, 'created').token);
    expect(headingText(el)).to.equal(en.errorHeading);
    expectNoGlyphs(el);
    expectSvgIcon(el, 'warning');
  });

  it('ready: no glyphs; the footer keeps its words beside a hidden lock icon', async () => {
    const el = await mount(linkIn(backend, 'created').token);
    expect(headingText(el)).to.equal('Invoice 2026-041');
    expectNoGlyphs(el);
    const footer = shadow(el).querySelector('[part~="footer"]');
    expect(footer?.textContent?.trim()).to.equal(en.secure);
    expect(footer?.querySelector('svg[aria-hidden="true"][focusable="false"]')).to.exist;
  });
});
