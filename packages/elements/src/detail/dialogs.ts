import { CHANNELS, type Channel, type Invitation } from '@paylink/client';
import { html, nothing, type TemplateResult } from 'lit';
import { type Ref, ref } from 'lit/directives/ref.js';
import { iconCheck, iconWarning } from '../shared/icons.ts';
import { textField } from './form-field.ts';
import { LINK_LANGUAGES, type Translate } from './messages.ts';
import { languageName } from './view.ts';

/** A modal `<dialog>` with a heading, its body, and a row of buttons (the last one confirms). */
function dialog(
  id: string,
  dialogRef: Ref<HTMLDialogElement>,
  title: string,
  onClose: () => void,
  body: TemplateResult | typeof nothing,
): TemplateResult {
  return html`<dialog
    class="dialog"
    part="dialog ${id}"
    aria-labelledby="${id}-title"
    ${ref(dialogRef)}
    @close=${onClose}
  >
    ${body === nothing ? nothing : html`<h2 id="${id}-title" class="dialog-title">${title}</h2>${body}`}
  </dialog>`;
}

/** One outcome of the send dialog: the channel, the address, sent or why not. */
export interface SendOutcome {
  channel: Channel;
  to: string;
  invitation?: Invitation;
  /** Why it was not sent, in words. */
  problem?: string;
}

/** What the send dialog shows and where its controls go. */
export interface SendDialogView {
  t: Translate;
  dialog: Ref<HTMLDialogElement>;
  open: boolean;
  channel: Channel;
  recipient: string;
  recipientError: string | undefined;
  busy: boolean;
  outcomes: readonly SendOutcome[];
  onChannel(channel: Channel): void;
  onRecipient(value: string): void;
  onSend(event: Event): void;
  onCancel(): void;
  onClose(): void;
}

/**
 * Send: the channel (email, SMS or WhatsApp), the recipient prefilled from the customer and
 * editable, and the outcome of every send so far, per channel. It stays open after a send, so the
 * link can go out on another channel too.
 */
export function renderSendDialog(v: SendDialogView): TemplateResult {
  const { t } = v;
  const channelName = (channel: Channel) => t(`channel.${channel}`);
  const email = v.channel === 'email';
  const body = v.open
    ? html`<form class="dialog-form" novalidate @submit=${v.onSend}>
        <fieldset class="channels">
          <legend>${t('sendDialog.channel')}</legend>
          ${CHANNELS.map(
            (channel) => html`<label class="check-label">
              <input
                type="radio"
                name="channel"
                value=${channel}
                .checked=${channel === v.channel}
                ?autofocus=${channel === v.channel}
                @change=${() => v.onChannel(channel)}
              />${channelName(channel)}
            </label>`,
          )}
        </fieldset>
        ${textField({
          id: 'send-recipient',
          label: t(email ? 'sendDialog.recipientEmail' : 'sendDialog.recipientMobile'),
          part: 'recipient',
          value: v.recipient,
          error: v.recipientError,
          type: email ? 'email' : 'tel',
          autocomplete: email ? 'email' : 'tel',
          dir: 'ltr',
          onInput: v.onRecipient,
        })}
        ${
          v.outcomes.length > 0
            ? html`<div class="outcomes" part="send-results">
                <h3>${t('sendDialog.results')}</h3>
                <ul>
                  ${v.outcomes.map(
                    (o) => html`<li data-outcome=${o.invitation?.status === 'sent' ? 'sent' : 'failed'}>
                      ${o.invitation?.status === 'sent' ? iconCheck() : iconWarning()}
                      <bdi>${
                        o.invitation?.status === 'sent'
                          ? t('sendDialog.sent', { channel: channelName(o.channel), to: o.to })
                          : t('sendDialog.failed', {
                              channel: channelName(o.channel),
                              to: o.to,
                              reason: o.problem,
                            })
                      }</bdi>
                    </li>`,
                  )}
                </ul>
              </div>`
            : nothing
        }
        <div class="dialog-actions">
          <button type="button" class="button" part="button" @click=${v.onCancel}>${t('sendDialog.close')}</button>
          <button type="submit" class="button primary" part="button confirm-button" aria-disabled=${v.busy ? 'true' : 'false'}>
            ${t('sendDialog.submit', { channel: channelName(v.channel) })}
          </button>
        </div>
      </form>`
    : nothing;
  return dialog('send-dialog', v.dialog, t('sendDialog.title'), v.onClose, body);
}

/** What the language dialog shows and where its controls go. */
export interface LanguageDialogView {
  t: Translate;
  dialog: Ref<HTMLDialogElement>;
  open: boolean;
  language: string;
  busy: boolean;
  error: string | undefined;
  onLanguage(language: string): void;
  onSave(event: Event): void;
  onCancel(): void;
  onClose(): void;
}

/** Change language: the link's language (pay page and messages), each named in itself. */
export function renderLanguageDialog(v: LanguageDialogView): TemplateResult {
  const { t } = v;
  const body = v.open
    ? html`<form class="dialog-form" novalidate @submit=${v.onSave}>
        <p id="language-explain" class="muted">${t('languageDialog.explain')}</p>
        <div class="form-field">
          <label for="link-language">${t('languageDialog.label')}</label>
          <select
            id="link-language"
            part="input language-select"
            autofocus
            aria-describedby="language-explain"
            @change=${(e: Event) => v.onLanguage((e.target as HTMLSelectElement).value)}
          >
            ${LINK_LANGUAGES.map(
              (code) =>
                html`<option value=${code} lang=${code} ?selected=${code === v.language}>${languageName(code)}</option>`,
            )}
          </select>
        </div>
        ${v.error ? html`<p class="error-text" part="form-error">${iconWarning()} ${v.error}</p>` : nothing}
        <div class="dialog-actions">
          <button type="button" class="button" part="button" @click=${v.onCancel}>${t('languageDialog.cancel')}</button>
          <button type="submit" class="button primary" part="button confirm-button" aria-disabled=${v.busy ? 'true' : 'false'}>
            ${t('languageDialog.save')}
          </button>
        </div>
      </form>`
    : nothing;
  return dialog('language-dialog', v.dialog, t('languageDialog.title'), v.onClose, body);
}

/** What a confirmation shows and where its buttons go. */
export interface ConfirmDialogView {
  id: 'archive-dialog' | 'refund-dialog';
  dialog: Ref<HTMLDialogElement>;
  open: boolean;
  title: string;
  /** Paragraphs; a `warning` one stands out. */
  lines: readonly { text: string; warning?: boolean }[];
  cancel: string;
  confirm: string;
  danger: boolean;
  busy: boolean;
  error: string | undefined;
  onConfirm(): void;
  onCancel(): void;
  onClose(): void;
}

/** Archive and refund confirmations: what will happen, Cancel, and the confirming button (focused). */
export function renderConfirmDialog(v: ConfirmDialogView): TemplateResult {
  const body = v.open
    ? html`<div id="${v.id}-text">
          ${v.lines.map((line) => html`<p class=${line.warning ? 'warning' : ''}>${line.warning ? iconWarning() : nothing} ${line.text}</p>`)}
        </div>
        ${v.error ? html`<p class="error-text" part="form-error">${iconWarning()} ${v.error}</p>` : nothing}
        <div class="dialog-actions">
          <button type="button" class="button" part="button" @click=${v.onCancel}>${v.cancel}</button>
          <button
            type="button"
            class="button ${v.danger ? 'danger' : 'primary'}"
            part="button confirm-button"
            autofocus
            aria-disabled=${v.busy ? 'true' : 'false'}
           
            aria-describedby="${v.id}-text"
            @click=${v.onConfirm}
          >
            ${v.confirm}
          </button>
        </div>`
    : nothing;
  return dialog(v.id, v.dialog, v.title, v.onClose, body);
}
