import { html, svg, type TemplateResult } from 'lit';

/** uqr's `encode`, passed in so that a component can load the encoder when it needs it. */
export type QrEncode = typeof import('uqr').encode;

/** Light modules around the code: the quiet zone a scanner needs to find it. */
const QUIET_MODULES = 2;

/**
 * The dark modules of `text`'s QR code as SVG path data in module units (`M x y h n v 1 h -n z` per
 * horizontal run, so a link's code is one element of a few kilobytes), and the side of the square in
 * modules, quiet zone included. Error correction `M` still reads from a scratched or glaring screen.
 */
export function qrCodePath(encode: QrEncode, text: string): { side: number; path: string } {
  const { data, size } = encode(text, { ecc: 'M', border: QUIET_MODULES });
  const runs: string[] = [];
  for (let y = 0; y < size; y++) {
    const row = data[y] ?? [];
    let start = -1;
    for (let x = 0; x <= size; x++) {
      const dark = x < size && row[x] === true;
      if (dark && start < 0) start = x;
      else if (!dark && start >= 0) {
        runs.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
        start = -1;
      }
    }
  }
  return { side: size, path: runs.join('') };
}

/**
 * A QR code for `text` as an inline `<svg>` image named `label` (`role="img"`): one path, no data
 * URL and no style attribute, so it renders under a strict CSP. Always black on white, whatever the
 * theme, because scanners expect dark modules on a light ground. Size it with CSS on `.qr` (part `qr`).
 */
export function qrCode(encode: QrEncode, text: string, label: string): TemplateResult {
  const { side, path } = qrCodePath(encode, text);
  return html`<svg
    class="qr"
    part="qr"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${side} ${side}"
    shape-rendering="crispEdges"
    focusable="false"
  >${svg`<rect width=${side} height=${side} fill="#fff" /><path d=${path} fill="#000" />`}</svg>`;
}
