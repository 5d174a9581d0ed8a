import { nothing } from 'lit';
import { until } from 'lit/directives/until.js';
import { type QrEncode, qrCode } from './qr-code.ts';

let loading: Promise<QrEncode> | undefined;

/**
 * Loads the QR encoder (`uqr`, about 4 KB gzip) on first use: only a link on screen needs it, so a
 * page does not download it up front. Call it early (the create form does on submit) to have it ready.
 */
export function loadQrEncoder(): Promise<QrEncode> {
  loading ??= import('uqr').then(
    (module) => module.encode,
    (error: unknown) => {
      loading = undefined; // a later render may try again
      throw error;
    },
  );
  return loading;
}

/** Drawn codes by text and label, so a re-render reuses the same promise and does not blank the code. */
const drawn = new Map<string, Promise<unknown>>();
const KEEP = 16;

/**
 * The QR code for `text` as an image named `label` (see {@link qrCode}), shown once the encoder is
 * loaded; nothing before (or if it cannot be downloaded: the link itself is on screen as text).
 */
export function lazyQrCode(text: string, label: string): unknown {
  const key = `${label}\n${text}`;
  let code = drawn.get(key);
  if (!code) {
    code = loadQrEncoder().then(
      (encode) => qrCode(encode, text, label),
      () => nothing,
    );
    drawn.set(key, code);
    if (drawn.size > KEEP) drawn.delete(drawn.keys().next().value as string);
  }
  return until(code, nothing);
}
