import { css } from 'lit';

/** Styles of `<paylink-list>`; every colour and size comes from the `--_pl-*` tokens. */
export const listStyles = css`
  :host {
    --_pl-list-height: var(--paylink-list-height, max(18rem, 100dvh - 2rem));
    --_pl-row-height: var(--paylink-list-row-height, 3rem);
    --_pl-list-columns: 2.75rem minmax(7rem, 0.9fr) minmax(6.5rem, 0.9fr) minmax(10rem, 2.5fr) minmax(8rem, 1.6fr)
      minmax(6.5rem, 1fr) minmax(8rem, 1fr) minmax(8rem, 1fr);
    --_pl-list-min-width: 64rem;
    background: var(--_pl-surface);
  }

  .frame {
    display: flex;
    flex-direction: column;
    gap: var(--_pl-space);
    /* Phone layout follows the space the list has, not the window: it may sit in a side column. */
    container-type: inline-size;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: 2.5rem;
    padding-block: 0.375rem;
    padding-inline: 0.875rem;
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface);
    cursor: pointer;
    white-space: nowrap;
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
  .button.danger {
    border-color: var(--_pl-danger);
    background: var(--_pl-danger);
    color: var(--_pl-surface);
  }
  .button[disabled] {
    cursor: progress;
    opacity: 0.7;
  }
  .button[aria-pressed='true'] {
    border-color: var(--_pl-primary);
    background: color-mix(in srgb, var(--_pl-primary) 14%, var(--_pl-surface));
    font-weight: 600;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_pl-space);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    font-size: 0.875em;
    color: var(--_pl-text-muted);
  }
  .field input,
  .field select {
    min-block-size: 2.5rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface);
    color: var(--_pl-text);
    font-size: 1rem;
  }
  .search {
    flex: 1 1 14rem;
  }
  .search input {
    inline-size: 100%;
  }
  .spacer {
    flex: 1 1 auto;
  }
  .filter-count {
    align-self: center;
    font-size: 0.875em;
    color: var(--_pl-text-muted);
  }

  .presets {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_pl-space) / 2);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .presets .button {
    min-block-size: 2.25rem;
    border-radius: 999px;
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pl-space);
    min-block-size: 2.5rem;
  }
  .summary .counts {
    flex: 1 1 auto;
    margin: 0;
    color: var(--_pl-text-muted);
  }
  /* On the summary line, so a message never pushes the table down. */
  .live {
    flex: 1 1 12rem;
    font-size: 0.875em;
    color: var(--_pl-text);
  }

  .muted {
    color: var(--_pl-text-muted);
  }

  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--_pl-space);
    padding: calc(var(--_pl-space) * 5) var(--_pl-space);
    border: 1px dashed var(--_pl-border);
    border-radius: var(--_pl-radius);
    text-align: center;
  }
  .state p {
    margin: 0;
  }
  .state .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--_pl-space);
  }
  .state.error {
    border-style: solid;
    border-color: var(--_pl-danger);
  }
  .more {
    display: flex;
    align-items: center;
    gap: var(--_pl-space);
    min-block-size: 1.5em;
    font-size: 0.875em;
    color: var(--_pl-text-muted);
  }

  /* Author display values (grid, flex) would otherwise beat the UA rule that hides a closed popover. */
  .popup:not(:popover-open) {
    display: none;
  }
  .popup {
    position: fixed;
    inset: auto;
    box-sizing: border-box;
    margin: 0;
    min-inline-size: min(12rem, calc(100vw - 1rem));
    max-inline-size: calc(100vw - 1rem);
    padding: calc(var(--_pl-space) / 2);
    overflow: auto;
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface);
    color: var(--_pl-text);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.18);
  }
  .menu [role='menuitem'] {
    display: block;
    inline-size: 100%;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 0;
    border-radius: calc(var(--_pl-radius) / 2);
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .menu [role='menuitem']:hover,
  .menu [role='menuitem']:focus {
    background: var(--_pl-surface-alt);
  }
  .menu [role='menuitem'][aria-disabled='true'] {
    color: var(--_pl-text-muted);
    cursor: not-allowed;
  }
  .filters {
    display: grid;
    gap: var(--_pl-space);
    inline-size: min(24rem, calc(100vw - 1rem));
    padding: var(--_pl-space);
  }
  .filters fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0.25rem 0.5rem 0.5rem;
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
  }
  .filters legend {
    font-size: 0.875em;
    color: var(--_pl-text-muted);
  }
  .filters .amounts {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_pl-space);
  }
  /* Fields take the popover's width, so it never needs a sideways scroll (its Close stays visible). */
  .filters .field input,
  .filters .field select {
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
  }
  /* User-supplied text keeps its own direction (dir="auto"), so a Latin name in an Arabic table is
     cut at its end, not its start; it still lines up with the table's side. */
  .frame[dir='rtl'] [dir='auto'] {
    text-align: right;
  }
  .frame[dir='ltr'] [dir='auto'] {
    text-align: left;
  }
  .filters .actions {
    /* Clear and Close stay in view when a short window makes the popover scroll. */
    position: sticky;
    inset-block-end: calc(var(--_pl-space) * -1);
    display: flex;
    justify-content: space-between;
    gap: var(--_pl-space);
    padding-block: var(--_pl-space);
    background: var(--_pl-surface);
  }
  .check-label {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }

  dialog {
    max-inline-size: min(32rem, calc(100vw - 2rem));
    padding: calc(var(--_pl-space) * 2.5);
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface);
    color: var(--_pl-text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog h2 {
    margin-block: 0 var(--_pl-space);
    font-size: 1.25em;
  }
  dialog p {
    margin-block: 0 var(--_pl-space);
  }
  dialog .warning {
    font-weight: 600;
    color: var(--_pl-danger);
  }
  dialog .actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_pl-space);
    margin-block-start: calc(var(--_pl-space) * 2);
  }
  dialog fieldset {
    display: flex;
    gap: var(--_pl-space) calc(var(--_pl-space) * 2);
    flex-wrap: wrap;
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
  }
  dialog ul {
    max-block-size: 12rem;
    overflow: auto;
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .field-error {
    margin: 0;
    color: var(--_pl-danger);
    font-size: 0.875em;
  }
  .field input[aria-invalid='true'] {
    border-color: var(--_pl-danger);
    outline: 1px solid var(--_pl-danger);
  }


  /* Phone: every target is at least 44 px; the filters take one column. */
  @container (max-width: 600px) {
    .button,
    .presets .button,
    .field input,
    .field select {
      min-block-size: 2.75rem;
    }
    .toolbar .field:not(.search) {
      flex: 1 1 8rem;
    }
    .toolbar .field input {
      inline-size: 100%;
      box-sizing: border-box;
    }
    .filters .amounts {
      grid-template-columns: 1fr;
    }
    .menu [role='menuitem'] {
      min-block-size: 2.75rem;
    }
  }
`;
