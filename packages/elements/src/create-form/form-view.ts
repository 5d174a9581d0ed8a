import type { Customer, PaymentMethod } from '@paylink/client';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { type Ref, ref } from 'lit/directives/ref.js';
import { LANGUAGE_NAMES } from '../i18n/language-names.ts';
import { iconWarning } from '../shared/icons.ts';
import { renderCustomer } from './customer-field.ts';
import type { CustomerSearch } from './customer-search.ts';
import {
  CURRENCIES,
  type Draft,
  daysUntil,
  type FieldName,
  LINK_LANGUAGES,
  localDate,
  SHORT_EXPIRY_DAYS,
} from './draft.ts';
import { idOf, renderField, renderNotes, textField, value } from './fields.ts';
import type { CreateFormKey } from './locales/en.ts';

/** Translates a key of the create form's messages. */
export type Translate = (key: CreateFormKey, values?: Record<string, unknown>) => string;

/** Most characters a title may have (the server's rule). */
export const TITLE_MAX = 140;

/** How a piece the form loads is doing. */
export type LoadState<T> =
  | { state: 'loading' }
  | { state: 'failed'; message: string; retry: () => void }
  | { state: 'ready'; value: T };

/** Everything the form's template reads, and where its events go. */
export interface FormView {
  t: Translate;
  draft: Draft;
  /** The translated message of each invalid field. */
  error: (field: FieldName) => string | undefined;
  amountExample: string;
  /** `customer-id` was given: the customer is fixed (loading, failed or loaded). */
  locked: LoadState<Customer> | undefined;
  search: CustomerSearch;
  methods: LoadState<PaymentMethod[]>;
  busy: boolean;
  /** Why the last attempt failed, when no field explains it; with a Retry. */
  failure: string | undefined;
  refs: Record<FieldName, Ref<HTMLElement>>;
  onInput: (field: FieldName, value: string) => void;
  onBlur: (field: FieldName) => void;
  onMethod: (id: string, on: boolean) => void;
  onCustomerKeydown: (event: KeyboardEvent) => void;
  onChoose: (customer: Customer) => void;
  onChangeCustomer: () => void;
  onSubmit: (event: Event) => void;
  onRetry: () => void;
}

function select(
  v: FormView,
  field: 'currency' | 'language',
  options: readonly string[],
  names?: Readonly<Record<string, string>>,
): TemplateResult {
  const { t, draft } = v;
  return renderField(
    {
      field,
      label: t(field),
      error: v.error(field),
      hint: field === 'language' ? t('languageHint') : undefined,
    },
    (described, invalid) =>
      html`<select
      id=${idOf(field)}
      name=${field}
      part="select"
      aria-invalid=${invalid}
      aria-describedby=${ifDefined(described)}
      ${ref(v.refs[field])}
      @change=${(e: Event) => v.onInput(field, value(e))}
    >
      ${options.map((code) => html`<option value=${code} lang=${ifDefined(names ? code : undefined)} ?selected=${code === draft[field]}>${names?.[code] ?? code}</option>`)}
    </select>`,
  );
}

function titleCount(t: Translate, title: string): string {
  const left = TITLE_MAX - title.trim().length;
  return left >= 0 ? t('titleLeft', { count: left }) : t('titleOver', { count: -left });
}

function expiryWarning(t: Translate, expiry: string): string | undefined {
  const days = daysUntil(expiry);
  if (days === undefined || days < 0 || days >= SHORT_EXPIRY_DAYS) return undefined;
  return days === 0 ? t('expiryToday') : t('expiryShort', { count: days });
}

function renderMethods(v: FormView): TemplateResult {
  const { t, draft } = v;
  const error = v.error('methods');
  const methods = v.methods;
  return html`<fieldset
    class="group methods"
    part="methods"
    aria-describedby=${ifDefined(error ? idOf('methods', 'error') : undefined)}
    ${ref(v.refs.methods)}
  >
    <legend>${t('methods')}</legend>
    ${
      methods.state === 'loading'
        ? html`<p class="hint">${t('loadingMethods')}</p>`
        : methods.state === 'failed'
          ? html`<p class="hint">${t('methodsFailed', { message: methods.message })}</p>
              <button type="button" class="button small" part="button" @click=${methods.retry}>${t('retry')}</button>`
          : html`<div class="choices">
              ${methods.value.map(
                (m) => html`<div class="choice">
                  <label class="check">
                    <input
                      type="checkbox"
                      name="methods"
                      value=${m.id}
                      ?disabled=${!m.active}
                      .checked=${live(m.active && (draft.methods ?? []).includes(m.id))}
                      aria-describedby=${ifDefined(m.active ? undefined : `method-${m.id}-reason`)}
                      @change=${(e: Event) => v.onMethod(m.id, (e.target as HTMLInputElement).checked)}
                    />
                    <span>${m.name}</span>
                  </label>
                  ${m.active ? nothing : html`<span class="reason" id="method-${m.id}-reason">${t('methodInactive')}</span>`}
                </div>`,
              )}
            </div>`
    }
    ${renderNotes({ field: 'methods', error })}
  </fieldset>`;
}

function renderSend(v: FormView): TemplateResult {
  const { t, draft } = v;
  const error = v.error('send');
  const options = [
    ['', 'sendNone'],
    ['email', 'sendEmail'],
    ['sms', 'sendSms'],
    ['whatsapp', 'sendWhatsapp'],
  ] as const;
  return html`<fieldset
    class="group send"
    part="send"
    aria-describedby=${ifDefined(error ? idOf('send', 'error') : undefined)}
    ${ref(v.refs.send)}
  >
    <legend>${t('send')}</legend>
    <div class="choices">
      ${options.map(
        ([channel, key]) => html`<label class="check">
          <input
            type="radio"
            name="send"
            value=${channel}
            .checked=${live(draft.send === channel)}
            @change=${() => v.onInput('send', channel)}
          />
          <span>${t(key)}</span>
        </label>`,
      )}
    </div>
    ${renderNotes({ field: 'send', error })}
  </fieldset>`;
}

/** The form: every field of a new link, its messages, and Create payment link. */
export function renderForm(v: FormView): TemplateResult {
  const { t, draft } = v;
  const expiryNote = expiryWarning(t, draft.expiry);
  return html`<form class="form" part="form" novalidate aria-label=${t('label')} aria-busy=${v.busy ? 'true' : 'false'} @submit=${v.onSubmit}>
    <div class="row">
      ${textField(v, 'amount', { inputmode: 'decimal', required: true, hint: t('amountHint', { example: v.amountExample }) })}
      ${select(v, 'currency', CURRENCIES)}
    </div>
    ${renderField(
      {
        field: 'title',
        label: t('title'),
        note: titleCount(t, draft.title),
        error: v.error('title'),
        wide: true,
      },
      (described, invalid) => html`<input
        id=${idOf('title')}
        name="title"
        part="input"
        autocomplete="off"
        aria-required="true"
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(described)}
        .value=${live(draft.title)}
        ${ref(v.refs.title)}
        @input=${(e: Event) => v.onInput('title', value(e))}
        @blur=${() => v.onBlur('title')}
      />`,
    )}
    ${renderCustomer(v)}
    ${renderField(
      {
        field: 'message',
        label: t('message'),
        optional: t('optional'),
        hint: t('messageHint'),
        error: v.error('message'),
        wide: true,
      },
      (described, invalid) => html`<textarea
        id=${idOf('message')}
        name="message"
        part="input"
        rows="3"
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(described)}
        .value=${live(draft.message)}
        ${ref(v.refs.message)}
        @input=${(e: Event) => v.onInput('message', value(e))}
        @blur=${() => v.onBlur('message')}
      ></textarea>`,
    )}
    <div class="row">
      ${textField(v, 'reference', { optional: true })} ${textField(v, 'invoice', { optional: true })}
    </div>
    <div class="row">
      ${select(v, 'language', LINK_LANGUAGES, LANGUAGE_NAMES)}
      ${renderField(
        {
          field: 'expiry',
          label: t('expiry'),
          hint: t('expiryHint'),
          note: expiryNote ? html`${iconWarning()} ${expiryNote}` : undefined,
          error: v.error('expiry'),
        },
        (described, invalid) => html`<input
          id=${idOf('expiry')}
          name="expiry"
          part="input"
          type="date"
          min=${localDate(0)}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(described)}
          .value=${live(draft.expiry)}
          ${ref(v.refs.expiry)}
          @input=${(e: Event) => v.onInput('expiry', value(e))}
          @blur=${() => v.onBlur('expiry')}
        />`,
      )}
    </div>
    ${renderMethods(v)} ${renderSend(v)}
    ${
      v.failure
        ? html`<div class="failure" part="error" role="alert">
            ${iconWarning()}
            <p>${v.failure}</p>
            <button type="button" class="button" part="button retry-button" @click=${v.onRetry}>${t('retry')}</button>
          </div>`
        : nothing
    }
    <div class="actions">
      <button
        type="submit"
        class="button primary"
        part="button create-button"
        aria-disabled=${v.busy ? 'true' : 'false'}
      >
        ${v.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${t('create')}
      </button>
      ${v.busy ? html`<span class="progress" part="progress">${t('creating')}</span>` : nothing}
    </div>
  </form>`;
}
