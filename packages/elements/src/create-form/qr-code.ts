import { html, nothing, svg } from 'lit';
import { until } from 'lit/directives/until.js';

/** Modules of light margin around the code (the "quiet zone" scanners need). */
const QUIET_ZONE = 2;

type Encode = typeof import('uqr').encode;
let loading: Promise<Encode> | undefined;

/**
 * Loads the QR encoder (`uqr`, about 4 KB gzip) on first use: only a created link needs it, so a
 * page that shows the form does not download it up front. Call it early (on submit) to have it ready.
 */
export function loadQrEncoder(): Promise<Encode> {
  loading ??= import('uqr').then((module) => module.encode);
  return loading;
}

/**
 * The QR code of `text` as one SVG path: each run of dark modules in a row is one rectangle, so a
 * link's code is a single element of a few kilobytes. The matrix comes from `uqr` (error correction
 * M: survives a smudged screen).
 */
export function qrPath(encode: Encode, text: string): { size: number; d: string } {
  const { data, size } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  let d = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x++;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return { size, d };
}

let last: { key: string; drawn: Promise<unknown> } | undefined;

/**
 * The QR code as an image named `label`, in a white frame, dark on white whatever the theme (scanners
 * need that). Shown once the encoder is loaded; the same text renders from the same promise, so a
 * re-render does not blank it.
 */
export function renderQrCode(text: string, label: string): unknown {
  const key = `${label}\n${text}`;
  if (last?.key !== key) {
    const drawn = loadQrEncoder().then((encode) => {
      const { size, d } = qrPath(encode, text);
      return html`<div class="qr-frame"><svg
        class="qr"
        part="qr"
        role="img"
        aria-label=${label}
        viewBox="0 0 ${size} ${size}"
        shape-rendering="crispEdges"
      >${svg`<rect width=${size} height=${size} fill="#ffffff" /><path d=${d} fill="#000000" />`}</svg></div>`;
    });
    last = { key, drawn };
  }
  return until(last.drawn, nothing);
}
