import type { LinkEvent } from '@paylink/client';
import { html, nothing, type TemplateResult } from 'lit';
import type { DetailKey } from './messages.ts';
import { DATE_TIME, type DetailContext, languageName, paymentMethodName } from './view.ts';

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** A decline or refund failure reason in words (known codes translated, others as given). */
export function reasonText(c: DetailContext, reason: string): string {
  const key = `reason.${reason}` as DetailKey;
  return reason === 'customer_declined' || reason === 'psp_error' ? c.t(key) : reason;
}

/** The details line(s) of one event: channel, recipient, reason, amount, method, PSP reference… */
export function eventDetails(c: DetailContext, event: LinkEvent): string[] {
  const { t, link } = c;
  const d = event.data;
  const out: string[] = [];
  const channel = str(d.channel);
  if (channel) {
    const known = channel === 'email' || channel === 'sms' || channel === 'whatsapp';
    out.push(t('eventDetail.channel', { channel: known ? t(`channel.${channel}`) : channel }));
  }
  const to = str(d.to);
  if (event.type === 'language_changed') {
    out.push(
      t('eventDetail.language', { from: languageName(str(d.from) ?? ''), to: languageName(to ?? '') }),
    );
  } else if (to) {
    out.push(t('eventDetail.to', { to }));
  }
  const reason = str(d.reason);
  if (reason && event.type !== 'deleted')
    out.push(t('eventDetail.reason', { reason: reasonText(c, reason) }));
  if (typeof d.amount === 'number' && event.type !== 'paid') {
    out.push(t('eventDetail.amount', { amount: c.money(d.amount, link.currency) }));
  }
  const method = str(d.method);
  if (method) out.push(t('eventDetail.method', { method: paymentMethodName(t, method) }));
  const reference = str(d.pspReference);
  if (reference) out.push(t('eventDetail.pspReference', { reference }));
  const message = str(d.message);
  if (message) out.push(t('eventDetail.message', { message }));
  return out;
}

/** The Events tab: the timeline, newest first, each with its time, actor and details. */
export function renderEventsPanel(c: DetailContext, events: readonly LinkEvent[]): TemplateResult {
  const { t } = c;
  if (events.length === 0) return html`<p class="muted">${t('noEvents')}</p>`;
  const newestFirst = [...events].reverse();
  return html`<ol class="timeline" part="timeline" aria-label=${t('eventsLabel')}>
    ${newestFirst.map((event) => {
      const details = eventDetails(c, event);
      return html`<li class="event" part="event" data-type=${event.type}>
        <span class="event-dot" aria-hidden="true"></span>
        <p class="event-head">
          <strong>${t(`event.${event.type}`)}</strong>
          <span class="muted">${t(`actor.${event.actor}`)}</span>
        </p>
        <p class="event-time muted"><time datetime=${event.at}>${c.date(event.at, DATE_TIME)}</time></p>
        ${
          details.length > 0
            ? html`<ul class="event-details">${details.map((line) => html`<li><bdi>${line}</bdi></li>`)}</ul>`
            : nothing
        }
      </li>`;
    })}
  </ol>`;
}
