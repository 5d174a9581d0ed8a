import { html, nothing } from 'lit';
import { until } from 'lit/directives/until.js';
import { type QrEncode, qrCode } from '../shared/qr-code.ts';

let loading: Promise<QrEncode> | undefined;

/**
 * Loads the QR encoder (`uqr`, about 4 KB gzip) on first use: only a created link needs it, so a
 * page that shows the form does not download it up front. Call it early (on submit) to have it ready.
 */
export function loadQrEncoder(): Promise<QrEncode> {
  loading ??= import('uqr').then((module) => module.encode);
  return loading;
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
      return html`<div class="qr-frame">${qrCode(encode, text, label)}</div>`;
    });
    last = { key, drawn };
  }
  return until(last.drawn, nothing);
}
