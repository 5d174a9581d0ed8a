import type { LinkEvent, Refund, RefundList } from '@paylink/client';
import { html, nothing, type TemplateResult } from 'lit';
import type { Ref } from 'lit/directives/ref.js';
import { currencyDigits } from '../i18n/format.ts';
import { iconCheck, iconClock, iconWarning } from '../shared/icons.ts';
import { reasonText } from './events-panel.ts';
import { textField } from './form-field.ts';
import { MAX_REFUND_MESSAGE, type RefundDraft, type RefundProblems } from './refund-form.ts';
import { DATE_TIME, type DetailContext } from './view.ts';

/** What the Refunds tab shows and where its controls go. */
export interface RefundsView {
  refunds: RefundList;
  events: readonly LinkEvent[];
  draft: RefundDraft;
  problems: RefundProblems;
  /** A failure that belongs to no one field (e.g. the link can no longer be refunded). */
  formError: string | undefined;
  busy: boolean;
  /** The viewer's decimal separator, for the amount example. */
  decimal: string;
  amountInput: Ref<HTMLInputElement>;
  messageInput: Ref<HTMLInputElement>;
  onInput(field: keyof RefundDraft, value: string): void;
  onSubmit(event: Event): void;
  onRetry(refund: Refund): void;
}

const STATUS_ICON = { pending: iconClock, succeeded: iconCheck, failed: iconWarning } as const;

/** Why a refund failed, from its `refund_failed` event (the Refund itself carries no reason). */
function failureReason(events: readonly LinkEvent[], refund: Refund): string | undefined {
  const event = events.find((e) => e.type === 'refund_failed' && e.data.refundId === refund.id);
  return typeof event?.data.reason === 'string' ? event.data.reason : undefined;
}

/**
 * The Refunds tab (a Paid link only): paid, refunded and refundable amounts; every refund so far
 * with its state (pending until the PSP settles it; a failed one says why and can be tried again);
 * the form for a new refund with its errors next to their fields.
 */
export function renderRefundsPanel(c: DetailContext, v: RefundsView): TemplateResult {
  const { t, link } = c;
  const money = (amount: number) => c.money(amount, link.currency);
  const items = [...v.refunds.items].reverse();
  const amountError = v.problems.amount
    ? t(`refundError.${v.problems.amount}`, {
        amount: money(v.refunds.refundable),
        digits: currencyDigits(link.currency),
        example: `12${v.decimal}50`,
      })
    : undefined;
  const messageError = v.problems.message ? t(`refundError.${v.problems.message}`) : undefined;
  return html`<dl class="totals" part="refund-totals">
      <div><dt>${t('refunds.paid')}</dt> <dd>${money(link.amount)}</dd></div>
      <div><dt>${t('refunds.refunded')}</dt> <dd>${money(link.refundedAmount)}</dd></div>
      <div><dt>${t('refunds.refundable')}</dt> <dd data-refundable>${money(v.refunds.refundable)}</dd></div>
    </dl>
    <h3 id="refunds-list-title">${t('refunds.listLabel')}</h3>
    ${
      items.length === 0
        ? html`<p class="muted">${t('refunds.none')}</p>`
        : html`<ul class="refunds" part="refunds" aria-labelledby="refunds-list-title">
            ${items.map((refund) => {
              const reason = refund.status === 'failed' ? failureReason(v.events, refund) : undefined;
              return html`<li class="refund" part="refund" data-status=${refund.status}>
                <p class="refund-head">
                  <strong>${money(refund.amount)}</strong>
                  <span class="refund-status" part="refund-status" data-status=${refund.status}
                    >${STATUS_ICON[refund.status]()} ${t(`refunds.${refund.status}`)}</span
                  >
                </p>
                <p class="muted"><time datetime=${refund.createdAt}>${c.date(refund.createdAt, DATE_TIME)}</time></p>
                <p><bdi>${refund.message}</bdi></p>
                ${
                  refund.status === 'failed'
                    ? html`<p class="error-text">${t('refunds.failedReason', { reason: reason ? reasonText(c, reason) : t('none') })}</p>
                        <button type="button" class="button" part="button retry-refund-button" @click=${() => v.onRetry(refund)}>
                          ${t('refunds.retry')}
                        </button>`
                    : nothing
                }
              </li>`;
            })}
          </ul>`
    }
    <h3 id="refund-form-title">${t('refunds.formTitle')}</h3>
    ${
      v.refunds.refundable <= 0
        ? html`<p class="muted">${t('refunds.nothingLeft')}</p>`
        : html`<form class="refund-form" part="refund-form" aria-labelledby="refund-form-title" novalidate @submit=${v.onSubmit}>
            ${textField({
              id: 'refund-amount',
              label: t('refunds.amount'),
              part: 'refund-amount',
              value: v.draft.amount,
              hint: t('refunds.amountHint', { amount: money(v.refunds.refundable) }),
              error: amountError,
              input: v.amountInput,
              inputmode: 'decimal',
              dir: 'ltr',
              suffix: link.currency,
              onInput: (value) => v.onInput('amount', value),
            })}
            ${textField({
              id: 'refund-message',
              label: t('refunds.message'),
              part: 'refund-message',
              value: v.draft.message,
              hint: t('refunds.messageHint'),
              error: messageError,
              input: v.messageInput,
              dir: 'auto',
              maxlength: MAX_REFUND_MESSAGE,
              onInput: (value) => v.onInput('message', value),
            })}
            ${v.formError ? html`<p class="error-text" part="form-error">${iconWarning()} ${v.formError}</p>` : nothing}
            <div class="form-actions">
              <button type="submit" class="button primary" part="button refund-button" aria-disabled=${v.busy ? 'true' : 'false'}>${t('refunds.submit')}</button>
            </div>
          </form>`
    }`;
}
