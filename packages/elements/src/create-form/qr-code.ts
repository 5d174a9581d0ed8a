import { html, svg, type TemplateResult } from 'lit';
import { encode } from 'uqr';

/** Modules of light margin around the code (the "quiet zone" scanners need). */
const QUIET_ZONE = 2;

/**
 * The QR code of `text` as one SVG path: each run of dark modules in a row is one rectangle, so a
 * link's code is a single element of a few kilobytes. The matrix comes from `uqr` (error correction
 * M: survives a smudged screen). Dark on white whatever the theme, because scanners need that.
 */
export function qrPath(text: string): { size: number; d: string } {
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

/** The QR code as an image with an accessible name (`label`). */
export function renderQrCode(text: string, label: string): TemplateResult {
  const { size, d } = qrPath(text);
  return html`<svg
    class="qr"
    part="qr"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${size} ${size}"
    shape-rendering="crispEdges"
  >${svg`<rect width=${size} height=${size} fill="#ffffff" /><path d=${d} fill="#000000" />`}</svg>`;
}
