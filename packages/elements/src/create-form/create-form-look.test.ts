import { setViewport } from '@web/test-runner-commands';
import { expect } from 'chai';
import {
  $,
  $$,
  button,
  cleanup,
  field,
  fill,
  mockBackend,
  mountForm,
  nextEvent,
  ready,
  stopMockBackend,
  waitUntil,
} from './create-form.harness.ts';
import type { PaylinkCreateForm } from './create-form.ts';

/** Amount, Title and Customer name in each language tried. */
const LABELS: Record<string, [string, string, string]> = {
  en: ['Amount', 'Title', 'Customer name'],
  ar: ['المبلغ', 'العنوان', 'اسم العميل'],
  de: ['Betrag', 'Titel', 'Name des Kunden'],
};

/** Controls a finger must hit: buttons, fields, choices (their whole label), suggestions. */
function targets(form: PaylinkCreateForm): HTMLElement[] {
  return $$(
    form,
    'button, input:not([type="checkbox"], [type="radio"]), select, textarea, label.check, a, [role="option"]',
  );
}

function overflowing(form: PaylinkCreateForm): string[] {
  const right = document.documentElement.clientWidth;
  return $$(form, '*')
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && (box.right > right + 0.5 || box.left < -0.5);
    })
    .map((el) => `${el.localName}.${el.className}`);
}

describe('<paylink-create-form> on a phone and in Arabic', () => {
  afterEach(cleanup);
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await stopMockBackend();
  });
  beforeEach(async () => (await mockBackend()).engine.reset());

  for (const lang of ['en', 'ar', 'de']) {
    it(`fits 390 px without sideways scrolling, with 44 px targets (${lang}), also after creating`, async () => {
      await setViewport({ width: 390, height: 844 });
      document.body.style.margin = '0';
      const form = await mountForm({ lang });
      await ready(form);
      $<HTMLButtonElement>(form, '[part~="create-button"]')!.click(); // messages make it longer
      await form.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(390);
      expect(overflowing(form)).to.deep.equal([]);
      const small = targets(form)
        .filter((el) => el.getBoundingClientRect().height < 44)
        .map((el) => `${el.localName} ${el.textContent?.trim().slice(0, 20)}`);
      expect(small).to.deep.equal([]);

      const [amount, title, customer] = LABELS[lang]!;
      await fill(form, amount, '12');
      await fill(form, title, 'Phone link with a rather long title that wraps');
      await fill(form, customer, 'Ada');
      const created = nextEvent(form, 'paylink-created');
      $<HTMLButtonElement>(form, '[part~="create-button"]')!.click();
      await created;
      await form.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(390);
      expect(overflowing(form)).to.deep.equal([]);
      await waitUntil(() => $(form, 'svg[part~="qr"]') !== null, 'QR code drawn');
      expect(document.documentElement.scrollWidth).to.be.at.most(390);
      const qr = $(form, 'svg[part~="qr"]')!.getBoundingClientRect();
      expect(qr.width).to.be.greaterThan(150);
      document.body.style.margin = '';
    });
  }

  it('lays Arabic out right to left, in Arabic, with numbers and addresses left to right', async () => {
    await setViewport({ width: 800, height: 600 });
    const form = await mountForm({ lang: 'ar' });
    await ready(form);
    const frame = $(form, '.frame')!;
    expect(frame.getAttribute('dir')).to.equal('rtl');
    expect(frame.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(frame).direction).to.equal('rtl');
    expect(button(form, 'إنشاء رابط الدفع')).to.exist;
    expect(field(form, 'البريد الإلكتروني').getAttribute('dir')).to.equal('ltr');
    // The label sits at the right edge, like the text.
    const label = $(form, 'label[for="f-title"]')!.getBoundingClientRect();
    const input = field(form, 'العنوان').getBoundingClientRect();
    expect(Math.abs(label.right - input.right)).to.be.lessThan(2);
  });

  it('uses every language’s own names for the link languages', async () => {
    const form = await mountForm({ lang: 'fr' });
    await ready(form);
    const names = [...field<HTMLSelectElement>(form, 'Langue').options].map(
      (o) => `${o.value}:${o.textContent?.trim()}:${o.lang}`,
    );
    expect(names).to.deep.equal([
      'en:English:en',
      'nl:Nederlands:nl',
      'fr:Français:fr',
      'de:Deutsch:de',
      'it:Italiano:it',
      'es:Español:es',
      'pt:Português:pt',
    ]);
    expect(field<HTMLSelectElement>(form, 'Langue').value).to.equal('fr');
  });
});
