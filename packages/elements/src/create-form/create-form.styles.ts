import { css } from 'lit';

/**
 * Styles of `<paylink-create-form>`: one column on a phone, fields side by side where there is room
 * (following the form's own width), 44 px targets, logical properties only (Arabic mirrors without a
 * second stylesheet), every colour from the shared `--_pl-*` tokens.
 */
export const createFormStyles = css`
  :host {
    --_cf-max: var(--paylink-create-form-max-width, 42rem);
    --_cf-qr: var(--paylink-create-form-qr-size, 12rem);
    --_cf-touch: 2.75rem;
  }

  .frame {
    max-inline-size: var(--_cf-max);
  }

  .form,
  .success {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_pl-space) * 2);
  }

  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }

  p {
    margin: 0;
  }

  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: calc(var(--_pl-space) * 2);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
  }

  label,
  legend {
    font-weight: 600;
  }

  .optional,
  .hint,
  .note,
  .option-detail,
  .reason {
    font-weight: 400;
    font-size: 0.875em;
    color: var(--_pl-text-muted);
  }

  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    inline-size: 100%;
    min-block-size: var(--_cf-touch);
    padding-block: 0.375rem;
    padding-inline: 0.625rem;
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface);
    color: var(--_pl-text);
  }
  textarea {
    resize: vertical;
  }
  input[readonly] {
    background: var(--_pl-surface-alt);
  }
  [aria-invalid='true'] {
    border-color: var(--_pl-danger);
    outline: 1px solid var(--_pl-danger);
  }

  .field-error {
    display: flex;
    align-items: baseline;
    gap: 0.375em;
    color: var(--_pl-danger);
    font-size: 0.875em;
    font-weight: 600;
  }
  .note:has(.pl-icon) {
    color: var(--_pl-warning);
    font-weight: 600;
  }

  .group {
    display: flex;
    flex-direction: column;
    gap: var(--_pl-space);
    min-inline-size: 0;
    margin: 0;
    padding: var(--_pl-space) calc(var(--_pl-space) * 1.5) calc(var(--_pl-space) * 1.5);
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
  }
  .group legend {
    padding-inline: 0.25rem;
  }
  .customer .row {
    margin-block-start: var(--_pl-space);
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_pl-space) * 2);
  }
  .choice {
    display: flex;
    flex-direction: column;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: var(--_cf-touch);
    font-weight: 400;
    cursor: pointer;
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_pl-primary);
  }
  .check:has(input[disabled]) {
    cursor: not-allowed;
    color: var(--_pl-text-muted);
  }
  .reason {
    margin-block-start: -0.5rem;
    padding-inline-start: 1.75rem;
  }

  .combobox {
    position: relative;
  }
  .listbox {
    position: absolute;
    inset-inline: 0;
    inset-block-start: calc(100% + 2px);
    z-index: 2;
    max-block-size: 16rem;
    overflow: auto;
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.16);
  }
  .listbox[hidden] {
    display: none;
  }
  .option {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-block-size: var(--_cf-touch);
    padding-inline: 0.625rem;
    border-radius: calc(var(--_pl-radius) / 2);
    cursor: pointer;
  }
  .option:hover {
    background: var(--_pl-surface-alt);
  }
  .option[aria-selected='true'] {
    background: var(--_pl-primary);
    color: var(--_pl-on-primary);
  }
  .option[aria-selected='true'] .option-detail {
    color: inherit;
  }
  .chosen {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pl-space);
    font-size: 0.875em;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: var(--_cf-touch);
    padding-block: 0.375rem;
    padding-inline: 1rem;
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface);
    color: var(--_pl-text);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_pl-surface-alt);
  }
  .button.primary {
    border-color: var(--_pl-primary);
    background: var(--_pl-primary);
    color: var(--_pl-on-primary);
  }
  .button.primary:hover {
    background: color-mix(in srgb, var(--_pl-primary) 88%, var(--_pl-text));
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  .button.small {
    align-self: flex-start;
    font-size: 0.875em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pl-space) calc(var(--_pl-space) * 2);
  }
  .progress {
    color: var(--_pl-text-muted);
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  .failure {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pl-space);
    padding: var(--_pl-space) calc(var(--_pl-space) * 1.5);
    border: 1px solid var(--_pl-danger);
    border-radius: var(--_pl-radius);
    color: var(--_pl-danger);
  }
  .failure p {
    flex: 1 1 14rem;
    color: var(--_pl-text);
  }

  .success-title {
    display: flex;
    align-items: center;
    gap: var(--_pl-space);
    margin: 0;
    font-size: 1.25em;
  }
  .success-title:focus {
    outline: none;
  }
  .success-title:focus-visible {
    outline: 2px solid var(--_pl-focus);
  }
  .badge {
    display: inline-flex;
    padding: 0.25rem;
    border-radius: 50%;
    background: var(--_pl-success);
    color: var(--_pl-surface);
  }
  .summary {
    overflow-wrap: anywhere;
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_pl-space);
  }
  .copy-row input {
    flex: 1 1 14rem;
    inline-size: auto;
    min-inline-size: 0;
  }
  .qr-frame {
    align-self: flex-start;
    padding: var(--_pl-space);
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: #ffffff;
  }
  /* Until the encoder is loaded the frame holds only Lit's markers (comments), which :empty ignores. */
  .qr-frame:empty {
    display: none;
  }
  .qr {
    display: block;
    inline-size: var(--_cf-qr);
    max-inline-size: 100%;
    block-size: auto;
  }

  .live {
    margin-block-start: var(--_pl-space);
    font-size: 0.875em;
  }
`;
