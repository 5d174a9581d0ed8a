import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import { HttpResponse, http } from 'msw';
import { expectAccessible } from '../../test-support/axe.ts';
import { cleanupFixtures, fixture, shadow } from '../../test-support/fixture.ts';
import { headingText, linkIn, mountPayPage, type PaylinkPayPage, q, useBackend } from './pay-page.harness.ts';
import { markPaymentStarted } from './visit.ts';

const backend = useBackend();

const mount = (token: string, lang = 'en', container?: HTMLElement) =>
  mountPayPage(`<paylink-pay-page token="${token}" lang="${lang}"></paylink-pay-page>`, container);

describe('<paylink-pay-page> security', () => {
  it('shows a title and message that look like HTML as text', async () => {
    const title = '<img src=x onerror="window.__xss=1">';
    const message = '<script>window.__xss=2</script><b>bold</b>';
    const el = await mount(linkIn(backend, 'created', { title, message }).token);
    expect(headingText(el)).to.equal(title);
    expect(q(el, '[part~="message"]').textContent).to.equal(message);
    expect(shadow(el).querySelector('img, script, b')).to.equal(null);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('styles through adopted style sheets only: no <style> and no style attributes (strict CSP)', async () => {
    const el = await mount(linkIn(backend, 'created').token);
    expect(shadow(el).adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(shadow(el).querySelector('style, [style]')).to.equal(null);
  });
});

describe('<paylink-pay-page> look', () => {
  let theme: HTMLLinkElement;

  before(async () => {
    theme = document.createElement('link');
    theme.rel = 'stylesheet';
    theme.href = '/packages/elements/src/theme/paylink-theme.css';
    const loaded = new Promise((resolve) => theme.addEventListener('load', resolve, { once: true }));
    document.head.append(theme);
    await loaded;
  });

  after(() => theme.remove());

  for (const scheme of ['paylink-light', 'paylink-dark']) {
    it(`passes axe in the ${scheme} theme (ready, paid, declined)`, async () => {
      const container = document.createElement('div');
      container.className = scheme;
      document.body.append(container);
      try {
        const ready = await mount(linkIn(backend, 'created').token, 'en', container);
        const surface = getComputedStyle(q(ready, '.card')).backgroundColor;
        expect(surface).to.equal(scheme === 'paylink-dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
        await expectAccessible(ready);
        await expectAccessible(await mount(linkIn(backend, 'paid').token, 'en', container));
        const declined = linkIn(backend, 'declined');
        markPaymentStarted(declined.token);
        await expectAccessible(await mount(declined.token, 'en', container));
      } finally {
        container.remove();
      }
    });
  }

  it('fits 320 px without horizontal scrolling, even with long unbroken text', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const long = 'Invoice-'.repeat(16);
      const el = await mount(linkIn(backend, 'created', { title: long, message: long }).token);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      for (const part of shadow(el).querySelectorAll('*')) {
        expect(part.getBoundingClientRect().right, part.className).to.be.at.most(321);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('gives every control a touch target of at least 44 × 44 px', async () => {
    const el = await mount(linkIn(backend, 'created').token);
    const controls = shadow(el).querySelectorAll('button, select');
    expect(controls.length).to.be.greaterThan(3);
    for (const control of controls) {
      const { width, height } = control.getBoundingClientRect();
      expect(Math.min(width, height), control.textContent ?? '').to.be.at.least(44);
    }
  });

  it('mirrors in Arabic: the language select moves to the other side', async () => {
    const token = linkIn(backend, 'created').token;
    const side = (el: PaylinkPayPage) => {
      const box = el.getBoundingClientRect();
      const select = q(el, 'select').getBoundingClientRect();
      return select.left - box.left < box.right - select.right ? 'left' : 'right';
    };
    expect(side(await mount(token, 'en'))).to.equal('right');
    cleanupFixtures();
    expect(side(await mount(token, 'ar'))).to.equal('left');
  });

  it('stops the skeleton shimmer for people who prefer reduced motion', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    backend.worker.use(http.post('*/api/pay/:token/open', () => gate.then(() => HttpResponse.error())));
    const el = await fixture<PaylinkPayPage>(
      `<paylink-pay-page token="${linkIn(backend, 'created').token}" lang="en"></paylink-pay-page>`,
    );
    const bar = q(el, '.bar');
    expect(getComputedStyle(bar).animationName).to.equal('shimmer');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(bar).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
      release();
    }
  });
});
