import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { describedBy, idOf, renderNotes, textField, value } from './fields.ts';
import type { FormView } from './form-view.ts';

/**
 * The Customer group: the name is a combobox that searches the merchant's customers (or, with
 * `customer-id`, a read-only field), then Email and Mobile, read-only for an existing customer.
 */
export function renderCustomer(v: FormView): TemplateResult {
  const { t, draft, search } = v;
  const locked = v.locked;
  const hint =
    locked?.state === 'loading'
      ? t('loadingCustomer')
      : locked?.state === 'failed'
        ? t('customerFailed', { message: locked.message })
        : locked
          ? t('lockedCustomer')
          : t('customerHint');
  const notes = { field: 'customerName' as const, hint, error: v.error('customerName') };
  const described = describedBy(notes);
  const active = search.activeIndex;
  const existing = draft.customer !== undefined;
  const name = locked
    ? html`<input
        id=${idOf('customerName')}
        name="customerName"
        part="input"
        readonly
        aria-invalid=${notes.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(described)}
        .value=${live(draft.customerName)}
        ${ref(v.refs.customerName)}
      />`
    : html`<div class="combobox">
        <input
          id=${idOf('customerName')}
          name="customerName"
          part="input"
          role="combobox"
          autocomplete="off"
          aria-required="true"
          aria-autocomplete="list"
          aria-expanded=${search.open ? 'true' : 'false'}
          aria-controls="customer-list"
          aria-activedescendant=${ifDefined(search.open && active >= 0 ? `customer-option-${active}` : undefined)}
          aria-invalid=${notes.error ? 'true' : 'false'}
          aria-describedby=${ifDefined(described)}
          .value=${live(draft.customerName)}
          ${ref(v.refs.customerName)}
          @input=${(e: Event) => v.onInput('customerName', value(e))}
          @keydown=${v.onCustomerKeydown}
          @blur=${() => v.onBlur('customerName')}
        />
        <ul id="customer-list" class="listbox" part="listbox" role="listbox" aria-label=${t('customer')} ?hidden=${!search.open}>
          ${search.suggestions.map(
            (customer, i) => html`<li
              id="customer-option-${i}"
              class="option"
              part="option"
              role="option"
              aria-selected=${i === active ? 'true' : 'false'}
              @pointerdown=${(e: Event) => e.preventDefault()}
              @click=${() => v.onChoose(customer)}
            >
              <span class="option-name" dir="auto">${customer.name}</span>
              <span class="option-detail" dir="auto">${[customer.email ?? customer.mobile, customer.customerNumber].filter(Boolean).join(' · ')}</span>
            </li>`,
          )}
        </ul>
      </div>`;
  return html`<fieldset class="group customer" part="customer">
    <legend>${t('customer')}</legend>
    <div class="field wide" part="field">
      <label for=${idOf('customerName')}>${t('customerName')}</label>
      ${name} ${renderNotes(notes)}
      ${
        existing && !locked
          ? html`<p class="chosen">
              <span>${t('existingCustomer')}${draft.customer?.customerNumber ? ` · ${draft.customer.customerNumber}` : ''}</span>
              <button type="button" class="button small" part="button" @click=${v.onChangeCustomer}>${t('changeCustomer')}</button>
            </p>`
          : nothing
      }
      ${locked?.state === 'failed' ? html`<button type="button" class="button small" part="button" @click=${locked.retry}>${t('retry')}</button>` : nothing}
    </div>
    <div class="row">
      ${textField(v, 'email', { type: 'email', autocomplete: 'off', optional: !existing, readonly: existing, dir: 'ltr' })}
      ${textField(v, 'mobile', { type: 'tel', inputmode: 'tel', autocomplete: 'off', optional: !existing, readonly: existing, dir: 'ltr' })}
    </div>
  </fieldset>`;
}
