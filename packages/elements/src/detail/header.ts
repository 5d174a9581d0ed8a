import type { LinkEvent } from '@paylink/client';
import { html, nothing, type TemplateResult } from 'lit';
import { type Ref, ref } from 'lit/directives/ref.js';
import { iconHourglass, iconWarning } from '../shared/icons.ts';
import { lazyQrCode } from '../shared/lazy-qr-code.ts';
import { statusBadge } from '../shared/status-badge.ts';
import { reasonText } from './events-panel.ts';
import type { DetailContext } from './view.ts';

/** Statuses a link can be sent in (CONTRACT: invitations only for these, and never archived). */
const SENDABLE = new Set(['created', 'clicked', 'declined']);

/** What the header shows and where its buttons go. */
export interface HeaderView {
  heading: Ref<HTMLElement>;
  urlInput: Ref<HTMLInputElement>;
  onCopy(): void;
  onSend(): void;
  onLanguage(): void;
  onArchive(): void;
}

/** Whether Send is offered for the link: Created, Clicked or Declined, and not archived. */
export function canSend(c: DetailContext): boolean {
  return !c.link.archived && SENDABLE.has(c.link.status);
}

/**
 * The header: title, status, amount and customer; the pay URL with Copy link, Open pay page and its
 * QR code (none while archived: its pay page is closed); and the actions Send, Change language and
 * Archive, as far as the link allows them.
 */
export function renderHeader(c: DetailContext, v: HeaderView): TemplateResult {
  const { t, link } = c;
  return html`<header class="header" part="header">
    <div class="heading-row">
      <h2 class="title" part="title" tabindex="-1" dir="auto" ${ref(v.heading)}>${link.title}</h2>
      <p class="status-line">
        ${statusBadge(link.status, t(`status.${link.status}`))}
        ${link.archived ? html`<span class="archived-tag" part="archived-tag">${t('archivedTag')}</span>` : nothing}
      </p>
    </div>
    <p class="amount" part="amount">${c.money(link.amount, link.currency)}</p>
    <p class="customer" part="customer">
      <bdi>${link.customer.name}</bdi>${link.customer.email ? html` · <bdi>${link.customer.email}</bdi>` : nothing}
    </p>
    ${
      link.archived
        ? html`<p class="muted" part="pay-page-closed">${t('payPageClosed')}</p>`
        : html`<div class="share" part="share">
            <div class="share-url">
              <label for="pay-url">${t('payUrl')}</label>
              <input id="pay-url" part="pay-url" readonly dir="ltr" .value=${link.url} ${ref(v.urlInput)} />
              <div class="share-buttons">
                <button type="button" class="button" part="button copy-button" @click=${v.onCopy}>${t('copyLink')}</button>
                <a class="button" part="button pay-page-link" href=${link.url} target="_blank" rel="noopener">${t('openPayPage')}</a>
              </div>
            </div>
            ${lazyQrCode(link.url, t('qrLabel'))}
          </div>`
    }
    ${
      link.archived
        ? nothing
        : html`<div class="actions" part="actions" role="group" aria-label=${t('actions')}>
            ${canSend(c) ? html`<button type="button" class="button primary" part="button send-button" @click=${v.onSend}>${t('send')}</button>` : nothing}
            <button type="button" class="button" part="button language-button" @click=${v.onLanguage}>${t('changeLanguage')}</button>
            <button type="button" class="button" part="button archive-button" @click=${v.onArchive}>${t('archive')}</button>
          </div>`
    }
  </header>`;
}

/** What the banners need besides the link. */
export interface BannersView {
  events: readonly LinkEvent[];
  onShowEvents(): void;
  onCreateNew(): void;
}

/**
 * The banner of a Declined link (the two causes, the last reason, the PSP reference to quote to
 * support, a way to the events) and of an Expired one (it cannot be reactivated: Create new link).
 */
export function renderBanners(c: DetailContext, v: BannersView): TemplateResult | typeof nothing {
  const { t, link } = c;
  if (link.status === 'declined') {
    const last = [...v.events].reverse().find((e) => e.type === 'declined');
    const reason = typeof last?.data.reason === 'string' ? last.data.reason : undefined;
    return html`<section class="banner danger" part="banner banner-declined" aria-labelledby="banner-title">
      <h3 id="banner-title">${iconWarning()} ${t('banner.declinedTitle')}</h3>
      <p>${t('banner.declinedText')}</p>
      ${reason ? html`<p>${t('banner.lastReason', { reason: reasonText(c, reason) })}</p>` : nothing}
      ${
        link.pspReference
          ? html`<p>${t('banner.pspReference')} <strong class="psp-reference" part="psp-reference" dir="ltr">${link.pspReference}</strong></p>`
          : nothing
      }
      <button type="button" class="button" part="button show-events-button" @click=${v.onShowEvents}>${t('banner.showEvents')}</button>
    </section>`;
  }
  if (link.status === 'expired') {
    return html`<section class="banner warning" part="banner banner-expired" aria-labelledby="banner-title">
      <h3 id="banner-title">${iconHourglass()} ${t('banner.expiredTitle')}</h3>
      <p>${t('banner.expiredText')}</p>
      <button type="button" class="button primary" part="button create-button" @click=${v.onCreateNew}>${t('banner.createNew')}</button>
    </section>`;
  }
  return nothing;
}
