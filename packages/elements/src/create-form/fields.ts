import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { iconWarning } from '../shared/icons.ts';
import type { FieldName } from './draft.ts';
import type { FormView } from './form-view.ts';

/** The value of the control an event came from. */
export const value = (event: Event) => (event.target as HTMLInputElement).value;

/** Id of a field's control, and of its hint, error and extra notes (for `aria-describedby`). */
export const idOf = (field: FieldName, part?: 'hint' | 'error' | 'note'): string =>
  part ? `f-${field}-${part}` : `f-${field}`;

/** What {@link describedBy} and the notes under a control need to know. */
export interface FieldNotes {
  field: FieldName;
  hint?: string | undefined;
  /** A second note (the title's counter, the expiry warning). */
  note?: TemplateResult | string | undefined;
  error?: string | undefined;
}

/** The `aria-describedby` of a control: its error first, then its notes and hint. */
export function describedBy(notes: FieldNotes): string | undefined {
  const ids = [
    notes.error ? idOf(notes.field, 'error') : '',
    notes.note ? idOf(notes.field, 'note') : '',
    notes.hint ? idOf(notes.field, 'hint') : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The hint, the note and the error message under a control. */
export function renderNotes(notes: FieldNotes): TemplateResult {
  return html`${notes.hint ? html`<p class="hint" id=${idOf(notes.field, 'hint')}>${notes.hint}</p>` : nothing}
    ${notes.note ? html`<p class="note" id=${idOf(notes.field, 'note')}>${notes.note}</p>` : nothing}
    ${
      notes.error
        ? html`<p class="field-error" part="field-error" id=${idOf(notes.field, 'error')}>
            ${iconWarning()}<span>${notes.error}</span>
          </p>`
        : nothing
    }`;
}

/** One labelled control (`control` gets the `aria-describedby` and `aria-invalid` to put on it). */
export function renderField(
  notes: FieldNotes & { label: string; optional?: string | undefined; wide?: boolean },
  control: (describedBy: string | undefined, invalid: 'true' | 'false') => TemplateResult,
): TemplateResult {
  return html`<div class="field ${notes.wide ? 'wide' : ''}" part="field">
    <label for=${idOf(notes.field)}>
      ${notes.label}${notes.optional ? html` <span class="optional" aria-hidden="true">${notes.optional}</span>` : nothing}
    </label>
    ${control(describedBy(notes), notes.error ? 'true' : 'false')}
    ${renderNotes(notes)}
  </div>`;
}

/** A labelled text input of the form, bound to its draft field. */
export function textField(
  v: FormView,
  field: 'amount' | 'title' | 'reference' | 'invoice' | 'email' | 'mobile',
  extra: {
    type?: string;
    inputmode?: string;
    autocomplete?: string;
    hint?: string;
    optional?: boolean;
    required?: boolean;
    readonly?: boolean;
    dir?: string;
  } = {},
): TemplateResult {
  const { t, draft } = v;
  const labels = {
    amount: 'amount',
    title: 'title',
    reference: 'reference',
    invoice: 'invoice',
    email: 'email',
    mobile: 'mobile',
  } as const;
  return renderField(
    {
      field,
      label: t(labels[field]),
      optional: extra.optional ? t('optional') : undefined,
      hint: extra.hint,
      error: v.error(field),
    },
    (described, invalid) => html`<input
      id=${idOf(field)}
      name=${field}
      part="input"
      type=${extra.type ?? 'text'}
      inputmode=${ifDefined(extra.inputmode)}
      autocomplete=${extra.autocomplete ?? 'off'}
      dir=${ifDefined(extra.dir)}
      ?readonly=${extra.readonly ?? false}
      aria-required=${extra.required ? 'true' : 'false'}
      aria-invalid=${invalid}
      aria-describedby=${ifDefined(described)}
      .value=${live(draft[field])}
      ${ref(v.refs[field])}
      @input=${(e: Event) => v.onInput(field, value(e))}
      @blur=${() => v.onBlur(field)}
    />`,
  );
}
