import { html, nothing, type TemplateResult } from 'lit';
import { DATE_TIME, type DetailContext, languageName, paymentMethodName } from './view.ts';

/**
 * The Details tab: every field of the link, and the note that a link cannot be marked as paid (with
 * the invoice to mark instead, when there is one). User-supplied values keep their own direction.
 */
export function renderDetailsPanel(c: DetailContext): TemplateResult {
  const { t, link } = c;
  const userText = (value: string | undefined) =>
    value ? html`<bdi>${value}</bdi>` : html`<span class="muted">${t('none')}</span>`;
  const rows: [string, unknown][] = [
    [t('field.status'), t(`status.${link.status}`) + (link.archived ? ` · ${t('archivedTag')}` : '')],
    [t('field.amount'), c.money(link.amount, link.currency)],
    [t('field.title'), userText(link.title)],
    [t('field.message'), userText(link.message)],
    [t('field.reference'), userText(link.reference)],
    [t('field.invoice'), userText(link.invoice)],
    [t('field.customer'), userText(link.customer.name)],
    [t('field.email'), userText(link.customer.email)],
    [t('field.mobile'), userText(link.customer.mobile)],
    [t('field.customerNumber'), userText(link.customer.customerNumber)],
    [t('field.language'), languageName(link.language)],
    [t('field.methods'), link.methods.map((m) => paymentMethodName(t, m)).join(', ') || t('none')],
    [t('field.origin'), t(`origin.${link.origin}`)],
    [t('field.created'), c.date(link.createdAt, DATE_TIME)],
    [t('field.expires'), link.expiresAt ? c.date(link.expiresAt, DATE_TIME) : t('noExpiry')],
    [t('field.paidAt'), link.paidAt ? c.date(link.paidAt, DATE_TIME) : t('notPaid')],
    [t('field.paidMethod'), link.paidMethod ? paymentMethodName(t, link.paidMethod) : t('notPaid')],
    [t('field.pspReference'), userText(link.pspReference)],
    [t('field.refunded'), c.money(link.refundedAmount, link.currency)],
    [t('field.updated'), c.date(link.updatedAt, DATE_TIME)],
    [t('field.id'), userText(link.id)],
  ];
  return html`<dl class="fields" part="fields">
      ${rows.map(([term, value]) => html`<div class="field"><dt>${term}</dt> <dd>${value}</dd></div>`)}
    </dl>
    <p class="note" part="note">
      ${t('markPaidNote')}
      ${link.invoice ? html` ${t('markPaidInvoice', { invoice: link.invoice })}` : nothing}
    </p>`;
}
