import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type Ref, ref } from 'lit/directives/ref.js';
import { iconWarning } from '../shared/icons.ts';

/** One labelled text field of the detail's forms. */
export interface TextField {
  id: string;
  label: string;
  /** Its parts besides `input`. */
  part: string;
  value: string;
  /** Always shown under the field. */
  hint?: string | undefined;
  /** What is wrong with the value, shown under the field and linked to it. */
  error?: string | undefined;
  input?: Ref<HTMLInputElement> | undefined;
  type?: 'text' | 'email' | 'tel';
  inputmode?: 'decimal' | undefined;
  autocomplete?: string;
  /** `ltr` for numbers, addresses and URLs; `auto` for words a person types. */
  dir: 'ltr' | 'auto';
  maxlength?: number | undefined;
  /** Shown after the field (e.g. the currency), not read out: the label says it. */
  suffix?: string | undefined;
  onInput(value: string): void;
}

/**
 * A label, the input, its hint and its error, tied together with `aria-describedby` and
 * `aria-invalid`, so a screen reader says why a value was refused when the field takes focus.
 */
export function textField(f: TextField): TemplateResult {
  const described = [f.hint ? `${f.id}-hint` : '', f.error ? `${f.id}-error` : ''].filter(Boolean).join(' ');
  const input = html`<input
    id=${f.id}
    part="input ${f.part}"
    type=${f.type ?? 'text'}
    inputmode=${ifDefined(f.inputmode)}
    autocomplete=${f.autocomplete ?? 'off'}
    dir=${f.dir}
    maxlength=${ifDefined(f.maxlength)}
    .value=${f.value}
    aria-invalid=${f.error ? 'true' : 'false'}
    aria-describedby=${described || nothing}
    ${ref(f.input)}
    @input=${(e: InputEvent) => f.onInput((e.target as HTMLInputElement).value)}
  />`;
  return html`<div class="form-field">
    <label for=${f.id}>${f.label}</label>
    ${f.suffix ? html`<div class="with-suffix">${input}<span aria-hidden="true">${f.suffix}</span></div>` : input}
    ${f.hint ? html`<p id="${f.id}-hint" class="hint">${f.hint}</p>` : nothing}
    ${f.error ? html`<p id="${f.id}-error" class="error-text" part="field-error">${iconWarning()} ${f.error}</p>` : nothing}
  </div>`;
}
