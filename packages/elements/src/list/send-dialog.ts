import { CHANNELS, type Channel } from '@paylink/client';
import { html, nothing, type TemplateResult } from 'lit';
import { type Ref, ref } from 'lit/directives/ref.js';
import type { ListTranslate } from './messages.ts';
import type { SendReport } from './send-report.ts';

/** What the send dialog shows and where its controls go. */
export interface SendDialogView {
  t: ListTranslate;
  open: boolean;
  count: number;
  channel: Channel;
  busy: boolean;
  report: SendReport | undefined;
  /** Set to the `<dialog>`. */
  dialog: Ref<HTMLDialogElement>;
  onChannel(channel: Channel): void;
  onConfirm(): void;
  onCancel(): void;
  onClose(): void;
}

/** Asks for the channel, sends, then shows what was sent and what failed (and why). */
export function renderSendDialog(v: SendDialogView): TemplateResult {
  const { t } = v;
  let body: TemplateResult | typeof nothing = nothing;
  if (v.open && v.report) {
    body = html`<h2 id="send-title">${t('send.title')}</h2>
      <p id="send-report">${t('sendDone', { sent: v.report.sent, failed: v.report.failed })}</p>
      ${v.report.failures.length > 0 ? html`<ul>${v.report.failures.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
      <div class="actions">
        <button type="button" class="button primary" part="button" autofocus @click=${v.onCancel}>${t('send.close')}</button>
      </div>`;
  } else if (v.open) {
    body = html`<h2 id="send-title">${t('send.title')}</h2>
      <p id="send-report">${t('sendCount', { count: v.count })}</p>
      <fieldset>
        <legend>${t('send.channel')}</legend>
        ${CHANNELS.map(
          (channel) => html`<label class="check-label">
            <input
              type="radio"
              name="channel"
              value=${channel}
              .checked=${channel === v.channel}
              ?autofocus=${channel === v.channel}
              @change=${() => v.onChannel(channel)}
            />${t(`send.${channel}`)}
          </label>`,
        )}
      </fieldset>
      <div class="actions">
        <button type="button" class="button" part="button" @click=${v.onCancel}>${t('send.cancel')}</button>
        <button
          type="button"
          class="button primary"
          part="button confirm-button"
          ?disabled=${v.busy}
          aria-busy=${v.busy ? 'true' : 'false'}
          @click=${v.onConfirm}
        >
          ${t('send.confirm')}
        </button>
      </div>`;
  }
  return html`<dialog
    id="send-dialog"
    part="dialog send-dialog"
    aria-labelledby="send-title"
    aria-describedby="send-report"
    @close=${v.onClose}
    ${ref(v.dialog)}
  >
    ${body}
  </dialog>`;
}
