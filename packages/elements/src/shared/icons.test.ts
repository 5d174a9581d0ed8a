import { expect } from 'chai';
import { html, render } from 'lit';
import * as icons from './icons.ts';

const ICONS = {
  check: icons.iconCheck,
  close: icons.iconClose,
  chevron: icons.iconChevron,
  'sort-ascending': icons.iconSortAscending,
  'sort-descending': icons.iconSortDescending,
  unsorted: icons.iconUnsorted,
  warning: icons.iconWarning,
  hourglass: icons.iconHourglass,
  clock: icons.iconClock,
  search: icons.iconSearch,
  filter: icons.iconFilter,
  more: icons.iconMore,
  lock: icons.iconLock,
  upload: icons.iconUpload,
  download: icons.iconDownload,
};

describe('shared icons', () => {
  let host: HTMLElement;

  beforeEach(() => {
    host = document.createElement('p');
    host.style.fontSize = '20px'; // test-only; components style through adopted sheets
    host.style.color = 'rgb(200, 0, 0)';
    document.body.append(host);
  });

  afterEach(() => host.remove());

  for (const [name, icon] of Object.entries(ICONS)) {
    it(`${name}: decorative inline SVG in the text's colour, 1em square, beside its words`, () => {
      render(html`${icon()} Label`, host);
      const svg = host.querySelector('svg');
      expect(svg, 'an <svg>').to.exist;
      expect(svg?.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(svg?.getAttribute('data-icon')).to.equal(name);
      expect(svg?.getAttribute('aria-hidden')).to.equal('true');
      expect(svg?.getAttribute('focusable')).to.equal('false');
      expect(svg?.getAttribute('stroke')).to.equal('currentColor');
      expect(svg?.getAttribute('style'), 'no style attribute (strict CSP)').to.equal(null);
      // Its shapes are SVG elements (not HTML elements that happen to have the same names).
      const shapes = svg?.querySelectorAll('path, circle, rect') ?? [];
      expect(shapes.length).to.be.greaterThan(0);
      for (const shape of shapes) expect(shape.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      const box = svg?.getBoundingClientRect();
      expect(box?.width).to.equal(20);
      expect(box?.height).to.equal(20);
      expect(getComputedStyle(svg as Element).color).to.equal('rgb(200, 0, 0)');
      expect(host.textContent?.trim()).to.equal('Label');
      // Hidden from assistive technology: the words carry the meaning.
      expect(svg?.closest('[aria-hidden="true"]')).to.equal(svg);
    });
  }
});
