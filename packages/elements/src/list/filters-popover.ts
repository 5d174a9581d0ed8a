import {
  type Customer,
  LINK_ORIGINS,
  LINK_STATUSES,
  type LinkOrigin,
  type LinkStatus,
} from '@paylink/client';
import { html, nothing, type TemplateResult } from 'lit';
import { type Ref, ref } from 'lit/directives/ref.js';
import type { AmountDraft, AmountProblem } from './amount-range.ts';
import type { ListTranslate } from './messages.ts';
import type { ListQuery } from './query.ts';

/** A change made in the advanced filters. */
export type FilterChange = Partial<
  Pick<ListQuery, 'statuses' | 'customerId' | 'minAmount' | 'maxAmount' | 'origin'>
>;

/** What the filters popover shows and where its changes go. */
export interface FiltersView {
  t: ListTranslate;
  query: ListQuery;
  customers: readonly Customer[];
  /** The amount bounds as typed (they apply once they make sense). */
  amounts: AmountDraft;
  amountProblem: AmountProblem | undefined;
  /** Set to the popover element. */
  popover: Ref<HTMLElement>;
  onAmountInput(name: keyof AmountDraft, value: string): void;
  onChange(change: FilterChange): void;
  onClear(): void;
  onClose(): void;
  onKeydown(event: KeyboardEvent): void;
}

const AMOUNT_ERROR_ID = 'filters-amount-error';

/** A labelled amount bound in major units; marked invalid (with the message below) when wrong. */
function amountField(v: FiltersView, label: string, name: keyof AmountDraft): TemplateResult {
  const invalid = v.amountProblem?.fields.includes(name) ?? false;
  return html`<label class="field">
    ${label}
    <input
      type="text"
      name=${name}
      inputmode="decimal"
      autocomplete="off"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? AMOUNT_ERROR_ID : nothing}
      .value=${v.amounts[name]}
      @input=${(e: Event) => v.onAmountInput(name, (e.target as HTMLInputElement).value)}
      @change=${(e: Event) => v.onAmountInput(name, (e.target as HTMLInputElement).value)}
    />
  </label>`;
}

/**
 * The advanced filters: a non-modal, dialog-like popover (Escape closes it and focus returns to the
 * Filters button). Every change applies at once (amounts after a short pause in typing, and only
 * when they make sense); there is no separate "apply" step to forget.
 */
export function renderFiltersPopover(v: FiltersView): TemplateResult {
  const { t, query } = v;
  const toggleStatus = (status: LinkStatus, on: boolean) =>
    v.onChange({
      statuses: on ? [...query.statuses, status] : query.statuses.filter((s) => s !== status),
    });
  return html`<div
    id="filters-popover"
    class="popup filters"
    part="popover filters"
    role="dialog"
    aria-label=${t('filters')}
    popover="manual"
    @keydown=${v.onKeydown}
    ${ref(v.popover)}
  >
    <fieldset>
      <legend>${t('filterPanel.status')}</legend>
      ${LINK_STATUSES.map(
        (status) => html`<label class="check-label">
          <input
            type="checkbox"
            name="status"
            .checked=${query.statuses.includes(status)}
            @change=${(e: Event) => toggleStatus(status, (e.target as HTMLInputElement).checked)}
          />${t(`status.${status}`)}
        </label>`,
      )}
    </fieldset>
    <label class="field">
      ${t('filterPanel.customer')}
      <select
        name="customer"
        @change=${(e: Event) => v.onChange({ customerId: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${!query.customerId}>${t('filterPanel.anyCustomer')}</option>
        ${v.customers.map(
          (c) => html`<option value=${c.id} ?selected=${c.id === query.customerId}>${c.name}</option>`,
        )}
      </select>
    </label>
    <div class="amounts">
      ${amountField(v, t('filterPanel.minAmount'), 'minAmount')}
      ${amountField(v, t('filterPanel.maxAmount'), 'maxAmount')}
    </div>
    ${
      v.amountProblem
        ? html`<p class="field-error" id=${AMOUNT_ERROR_ID}>${t(`filterPanel.${v.amountProblem.error}`)}</p>`
        : nothing
    }
    <label class="field">
      ${t('filterPanel.origin')}
      <select
        name="origin"
        @change=${(e: Event) => v.onChange({ origin: (e.target as HTMLSelectElement).value as LinkOrigin | '' })}
      >
        <option value="" ?selected=${!query.origin}>${t('filterPanel.anyOrigin')}</option>
        ${LINK_ORIGINS.map(
          (origin) =>
            html`<option value=${origin} ?selected=${origin === query.origin}>${t(`origin.${origin}`)}</option>`,
        )}
      </select>
    </label>
    <div class="actions">
      <button type="button" class="button" part="button" @click=${v.onClear}>${t('clearFilters')}</button>
      <button type="button" class="button" part="button" @click=${v.onClose}>${t('filterPanel.close')}</button>
    </div>
  </div>`;
}
