import { expect } from 'chai';
import { encode } from 'uqr';
import { qrCodePath } from '../shared/qr-code.ts';
import {
  $,
  announced,
  button,
  cleanup,
  fillValid,
  focused,
  mockBackend,
  mountForm,
  nextEvent,
  ready,
  stopMockBackend,
  waitUntil,
} from './create-form.harness.ts';
import type { PaylinkCreateForm } from './create-form.ts';

async function created(): Promise<PaylinkCreateForm> {
  (await mockBackend()).engine.reset();
  const form = await mountForm();
  await ready(form);
  await fillValid(form, { title: 'Garden <b>maintenance</b>' });
  const done = nextEvent(form, 'paylink-created');
  button(form, 'Create payment link').click();
  await done;
  await form.updateComplete;
  return form;
}

describe('<paylink-create-form> success', () => {
  const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
  const execCommand = document.execCommand;

  afterEach(() => {
    cleanup();
    if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    document.execCommand = execCommand;
  });
  after(stopMockBackend);

  it('shows the link and moves focus to its heading; typed text stays text', async () => {
    const form = await created();
    const heading = $(form, 'h2')!;
    expect(heading.textContent?.trim()).to.equal('Payment link created');
    expect(focused(form)).to.equal(heading);
    expect($(form, '[part~="summary"]')?.textContent).to.contain('Garden <b>maintenance</b>');
    expect($(form, '[part~="summary"] b')).to.equal(null);
    const url = $<HTMLInputElement>(form, '#link-url')!;
    expect(url.value).to.equal(form.link!.url);
    expect(url.readOnly).to.equal(true);
  });

  it('draws the link’s QR code as an image with a name, from uqr’s matrix', async () => {
    const form = await created();
    await waitUntil(() => $(form, 'svg[part~="qr"]') !== null, 'QR code drawn');
    const qr = $(form, 'svg[part~="qr"]')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.equal('QR code of the payment link');
    const { size } = encode(form.link!.url, { ecc: 'M', border: 2 });
    expect(qr.getAttribute('viewBox')).to.equal(`0 0 ${size} ${size}`);
    expect(qr.querySelector('path')?.getAttribute('d')).to.equal(qrCodePath(encode, form.link!.url).path);
    // Every dark module of the matrix is inside the path, and nothing else.
    const { data } = encode(form.link!.url, { ecc: 'M', border: 2 });
    const dark = data.flat().filter(Boolean).length;
    const drawn = [...qrCodePath(encode, form.link!.url).path.matchAll(/h(\d+)/g)].reduce(
      (n, m) => n + Number(m[1]),
      0,
    );
    expect(drawn).to.equal(dark);
  });

  it('Copy link copies through the Clipboard API and says so', async () => {
    const form = await created();
    let copied = '';
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      configurable: true,
      get: () => ({
        writeText: async (text: string) => {
          copied = text;
        },
      }),
    });
    button(form, 'Copy link').click();
    await announced(form, 'Link copied.');
    expect(copied).to.equal(form.link!.url);
  });

  it('falls back to copying the selected link when the Clipboard API refuses', async () => {
    const form = await created();
    Object.defineProperty(Navigator.prototype, 'clipboard', {
      configurable: true,
      get: () => ({ writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
    });
    let selection = '';
    document.execCommand = ((command: string) => {
      const input = $<HTMLInputElement>(form, '#link-url')!;
      selection = input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0);
      return command === 'copy';
    }) as typeof document.execCommand;
    button(form, 'Copy link').click();
    await announced(form, 'Link copied.');
    expect(selection).to.equal(form.link!.url);
  });

  it('when nothing can copy, leaves the link selected and says how to copy it', async () => {
    const form = await created();
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
    document.execCommand = (() => false) as typeof document.execCommand;
    button(form, 'Copy link').click();
    await announced(form, 'press Ctrl+C');
    expect(focused(form)).to.equal($(form, '#link-url'));
  });

  it('offers the pay page in a new tab', async () => {
    const form = await created();
    const open = $<HTMLAnchorElement>(form, 'a[part~="open-link"]')!;
    expect(open.textContent?.trim()).to.equal('Open pay page');
    expect(open.href).to.equal(form.link!.url);
    expect(open.target).to.equal('_blank');
    expect(open.rel).to.contain('noopener');
  });
});
