import { isPaylinkError, type PayView } from '@paylink/client/pay';
import { html, nothing, type TemplateResult } from 'lit';
import { iconCheck, iconClose, iconHourglass, iconSearch, iconWarning } from '../shared/icons.ts';
import type { PayPageTranslate } from './messages.ts';
import { methodName } from './methods.ts';

/** The states the pay page shows, each with its own heading. */
export type PayPagePhase = 'loading' | 'ready' | 'paid' | 'declined' | 'expired' | 'not-found' | 'error';

/** What the state templates need from the element: text, formatting and the actions. */
export interface ViewContext {
  t: PayPageTranslate;
  money(view: PayView): string;
  date(iso: string, options?: Intl.DateTimeFormatOptions): string;
  /** The selected payment method. */
  method: string | undefined;
  busy: boolean;
  onMethodClick(method: string): void;
  onMethodKeydown(event: KeyboardEvent): void;
  onPay(): void;
  onTryAgain(): void;
  onRetry(): void;
}

// Every state's heading takes focus when the state changes (tabindex -1: focusable by script only).
// Text from the link gets dir="auto": a Latin title inside an Arabic page keeps its own direction.
const heading = (text: string, fromLink = false) =>
  html`<h1 part="heading" tabindex="-1" data-heading dir=${fromLink ? 'auto' : nothing}>${text}</h1>`;

/** Each outcome's picture: inline SVG (an emoji or symbol glyph shows as a box where fonts lack it). */
const STATE_ICONS: Partial<Record<PayPagePhase, () => TemplateResult>> = {
  paid: iconCheck,
  declined: iconClose,
  expired: iconHourglass,
  'not-found': iconSearch,
  error: iconWarning,
};

// Decorative: the heading right after it says the same in words.
const icon = (phase: PayPagePhase) =>
  html`<div class="icon ${phase}" part="icon" aria-hidden="true">${STATE_ICONS[phase]?.()}</div>`;

/** A skeleton of the ready card, so the page does not jump when the link arrives. */
export function loadingView(c: ViewContext): TemplateResult {
  return html`
    <h1 class="visually-hidden" part="heading" tabindex="-1" data-heading>${c.t('loading')}</h1>
    <div class="skeleton" aria-hidden="true">
      <div class="bar"></div>
      <div class="bar short"></div>
      <div class="bar amount-bar"></div>
      <div class="bar"></div>
      <div class="bar button-bar"></div>
    </div>
  `;
}

export function readyView(c: ViewContext, view: PayView): TemplateResult {
  const amount = c.money(view);
  return html`
    ${heading(view.title, true)}
    ${view.message ? html`<p class="message" part="message" dir="auto">${view.message}</p>` : nothing}
    <div class="due">
      <p class="label">${c.t('amountDue')}</p>
      <p class="amount" part="amount">${amount}</p>
    </div>
    ${
      view.expiresAt
        ? html`<p class="expiry" part="expiry">
            ${c.t('payBy', { date: c.date(view.expiresAt, { dateStyle: 'long', timeStyle: 'short' }) })}
          </p>`
        : nothing
    }
    <div class="method-field">
      <p class="label" id="methods-label">${c.t('methods')}</p>
      <div class="methods" part="methods" role="radiogroup" aria-labelledby="methods-label">
        ${view.methods.map((method) => {
          const selected = method === c.method;
          return html`<button
            type="button"
            role="radio"
            class="method"
            part=${selected ? 'method method-selected' : 'method'}
            data-method=${method}
            aria-checked=${selected ? 'true' : 'false'}
            tabindex=${selected ? '0' : '-1'}
            @click=${() => c.onMethodClick(method)}
            @keydown=${c.onMethodKeydown}
          >
            ${methodName(method, c.t)}
          </button>`;
        })}
      </div>
    </div>
    <button
      type="button"
      class="pay"
      part="button pay-button"
      aria-disabled=${c.busy ? 'true' : nothing}
      @click=${c.onPay}
    >
      ${c.t('pay', { amount })}
    </button>
  `;
}

export function paidView(c: ViewContext, view: PayView): TemplateResult {
  const row = (label: string, value: string | undefined) =>
    value ? html`<div><dt>${label}</dt><dd>${value}</dd></div>` : nothing;
  return html`
    ${icon('paid')} ${heading(c.t('paidHeading'))}
    <p>${c.t('paidText', { merchant: view.merchant.name })}</p>
    <section class="receipt" part="receipt" aria-labelledby="receipt-heading">
      <h2 id="receipt-heading">${c.t('receipt')}</h2>
      <p dir="auto">${view.title}</p>
      <dl>
        ${row(c.t('receiptAmount'), c.money(view))}
        ${row(c.t('receiptDate'), view.paidAt && c.date(view.paidAt, { dateStyle: 'medium', timeStyle: 'short' }))}
        ${row(c.t('receiptReference'), view.reference)}
        ${row(c.t('receiptMethod'), view.paidMethod && methodName(view.paidMethod, c.t))}
      </dl>
    </section>
  `;
}

export function declinedView(c: ViewContext): TemplateResult {
  return html`
    ${icon('declined')} ${heading(c.t('declinedHeading'))}
    <p>${c.t('declinedText')}</p>
    <button
      type="button"
      class="secondary"
      part="button try-again-button"
      aria-disabled=${c.busy ? 'true' : nothing}
      @click=${c.onTryAgain}
    >
      ${c.t('tryAgain')}
    </button>
  `;
}

export function expiredView(c: ViewContext, view: PayView): TemplateResult {
  return html`${icon('expired')} ${heading(c.t('expiredHeading'))}
    <p>${c.t('expiredText', { merchant: view.merchant.name })}</p>`;
}

export function notFoundView(c: ViewContext): TemplateResult {
  return html`${icon('not-found')} ${heading(c.t('notFoundHeading'))}
    <p>${c.t('notFoundText')}</p>`;
}

export function errorView(c: ViewContext): TemplateResult {
  return html`
    ${icon('error')} ${heading(c.t('errorHeading'))}
    <p>${c.t('errorText')}</p>
    <button type="button" class="secondary" part="button retry-button" @click=${c.onRetry}>${c.t('retry')}</button>
  `;
}

/**
 * The state to show: `loaded` is the link once it arrived, `{ error }` when loading it failed,
 * `undefined` while it is on its way.
 */
export function phaseOf(loaded: PayView | { error: unknown } | undefined): PayPagePhase {
  if (loaded === undefined) return 'loading';
  if ('error' in loaded) {
    return isPaylinkError(loaded.error) && loaded.error.code === 'not_found' ? 'not-found' : 'error';
  }
  switch (loaded.status) {
    case 'paid':
      return 'paid';
    case 'expired':
      return 'expired';
    case 'declined':
      return 'declined';
    default:
      return 'ready';
  }
}

/** The card's contents in `phase` (the link is there in every phase but loading, not-found and error). */
export function phaseView(phase: PayPagePhase, c: ViewContext, view: PayView | undefined): TemplateResult {
  if (phase === 'not-found') return notFoundView(c);
  if (phase === 'error') return errorView(c);
  if (phase === 'loading' || !view) return loadingView(c);
  switch (phase) {
    case 'ready':
      return readyView(c, view);
    case 'paid':
      return paidView(c, view);
    case 'declined':
      return declinedView(c);
    default:
      return expiredView(c, view);
  }
}
