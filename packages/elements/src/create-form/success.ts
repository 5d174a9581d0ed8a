import type { Channel, PaymentLink } from '@paylink/client';
import { html, nothing, type TemplateResult } from 'lit';
import { type Ref, ref } from 'lit/directives/ref.js';
import { iconCheck } from '../shared/icons.ts';
import { lazyQrCode } from '../shared/lazy-qr-code.ts';
import type { Translate } from './form-view.ts';

/** What the success view shows and where its buttons go. */
export interface SuccessView {
  t: Translate;
  link: PaymentLink;
  money: string;
  /** Where the link was sent on creation, if it was. */
  sent: { channel: Channel; to: string } | undefined;
  heading: Ref<HTMLElement>;
  urlInput: Ref<HTMLInputElement>;
  onCopy: () => void;
  onAnother: () => void;
}

/** After creating: the link to copy, its QR code, and Create another. */
export function renderSuccess(v: SuccessView): TemplateResult {
  const { t, link } = v;
  const sent = v.sent;
  return html`<section class="success" part="success" aria-labelledby="created-title">
    <h2 id="created-title" class="success-title" tabindex="-1" ${ref(v.heading)}>
      <span class="badge" part="success-icon">${iconCheck()}</span>${t('created')}
    </h2>
    <p class="summary" part="summary">
      <bdi>${link.title}</bdi> · ${v.money} · <bdi>${link.customer.name}</bdi>
    </p>
    ${sent ? html`<p class="sent">${t(`sent.${sent.channel}`, { to: sent.to })}</p>` : nothing}
    <div class="field wide" part="field">
      <label for="link-url">${t('link')}</label>
      <div class="copy-row">
        <input id="link-url" part="input link-input" readonly dir="ltr" .value=${link.url} ${ref(v.urlInput)} @focus=${selectAll} />
        <button type="button" class="button primary" part="button copy-button" @click=${v.onCopy}>${t('copy')}</button>
      </div>
    </div>
    <div class="qr-frame">${lazyQrCode(link.url, t('qr'))}</div>
    <div class="actions">
      <a class="button" part="button open-link" href=${link.url} target="_blank" rel="noopener noreferrer">${t('open')}</a>
      <button type="button" class="button" part="button another-button" @click=${v.onAnother}>${t('another')}</button>
    </div>
  </section>`;
}

const selectAll = (event: Event) => (event.target as HTMLInputElement).select();
