import { html, nothing, type TemplateResult } from 'lit';
import type { ListTranslate } from './messages.ts';

/** Days the empty state's one-click widening shows. */
export const WIDE_RANGE_DAYS = 90;

/** What the empty state shows and offers. */
export interface EmptyView {
  t: ListTranslate;
  /** Whether search or filters narrow the list (then offer to clear them too). */
  filtered: boolean;
  /** Whether the range is already the last {@link WIDE_RANGE_DAYS} days or more. */
  wide: boolean;
  onWiden(): void;
  onClearFilters(): void;
}

/**
 * No links: say it is about the date range (the usual reason a link "disappears") and widen it in
 * one click.
 */
export function renderEmpty(v: EmptyView): TemplateResult {
  const { t } = v;
  return html`<div class="state empty" part="empty">
    <p>${v.filtered ? t('emptyFiltered') : t('empty')}</p>
    <div class="actions">
      <button type="button" class="button primary" part="button widen-button" @click=${v.onWiden}>
        ${v.wide ? t('widen') : t('lastDays', { days: WIDE_RANGE_DAYS })}
      </button>
      ${
        v.filtered
          ? html`<button type="button" class="button" part="button" @click=${v.onClearFilters}>${t('clearFilters')}</button>`
          : nothing
      }
    </div>
  </div>`;
}

/** The first page failed: the server's reason and a Retry button. */
export function renderError(t: ListTranslate, message: string, onRetry: () => void): TemplateResult {
  return html`<div class="state error" part="error" role="alert">
    <p>${t('loadFailed', { message })}</p>
    <div class="actions">
      <button type="button" class="button primary" part="button retry-button" @click=${onRetry}>${t('retry')}</button>
    </div>
  </div>`;
}
