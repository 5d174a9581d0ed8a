import {
  type Customer,
  LINK_ORIGINS,
  LINK_STATUSES,
  type LinkOrigin,
  type LinkStatus,
} from '@paylink/client';
import { html, type TemplateResult } from 'lit';
import { currencyDigits } from '../i18n/format.ts';
import type { Translate } from './columns.ts';
import type { ListQuery } from './query.ts';

/** Amount bounds are typed in major units (12.50) and sent in minor units (1250) of this currency. */
export const FILTER_CURRENCY = 'EUR';

/** A change made in the advanced filters. */
export type FilterChange = Partial<
  Pick<ListQuery, 'statuses' | 'customerId' | 'minAmount' | 'maxAmount' | 'origin'>
>;

/** What the filters popover shows and where its changes go. */
export interface FiltersView {
  t: Translate;
  query: ListQuery;
  customers: readonly Customer[];
  onChange(change: FilterChange): void;
  onClear(): void;
  onClose(): void;
  onKeydown(event: KeyboardEvent): void;
}

function toMinor(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number >= 0
    ? Math.round(number * 10 ** currencyDigits(FILTER_CURRENCY))
    : undefined;
}

function toMajor(minor: number | undefined): string {
  return minor === undefined ? '' : String(minor / 10 ** currencyDigits(FILTER_CURRENCY));
}

/** A labelled amount bound, typed in major units and reported in minor units. */
function amountField(
  label: string,
  name: 'minAmount' | 'maxAmount',
  value: number | undefined,
  onChange: (change: FilterChange) => void,
): TemplateResult {
  return html`<label class="field">
    ${label}
    <input
      type="number"
      name=${name}
      min="0"
      step="0.01"
      inputmode="decimal"
      .value=${toMajor(value)}
      @change=${(e: Event) => onChange({ [name]: toMinor((e.target as HTMLInputElement).value) })}
    />
  </label>`;
}

/**
 * The advanced filters: a non-modal, dialog-like popover (Escape closes it and focus returns to the
 * Filters button). Every change applies at once; there is no separate "apply" step to forget.
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
      ${amountField(t('filterPanel.minAmount'), 'minAmount', query.minAmount, v.onChange)}
      ${amountField(t('filterPanel.maxAmount'), 'maxAmount', query.maxAmount, v.onChange)}
    </div>
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
