import { html, nothing, type TemplateResult } from 'lit';
import { iconWarning } from '../shared/icons.ts';
import type { FieldName } from './draft.ts';

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
