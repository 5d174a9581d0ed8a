import { css } from 'lit';

/** Styles of `<paylink-import>`; every colour and size comes from the `--_pl-*` tokens. */
export const importStyles = css`
  :host {
    background: var(--_pl-surface);
  }

  .frame {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_pl-space) * 1.5);
    container-type: inline-size;
  }

  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 650;
  }
  .subheading {
    margin: 0;
    font-size: 1.05em;
    font-weight: 650;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 2px solid var(--_pl-focus);
  }

  p {
    margin: 0;
  }
  .intro,
  .details,
  .hint,
  .examples,
  .status-line {
    color: var(--_pl-text-muted);
  }
  .hint,
  .examples {
    font-size: 0.875em;
  }

  button,
  select {
    font: inherit;
    color: inherit;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pl-space);
  }
  .main-actions .hint {
    flex: 1 1 14rem;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    padding-block: 0.375rem;
    padding-inline: 1rem;
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface);
    cursor: pointer;
    text-align: center;
  }
  .button:hover:not([disabled], [aria-disabled='true']) {
    background: var(--_pl-surface-alt);
  }
  .button.primary {
    border-color: var(--_pl-primary);
    background: var(--_pl-primary);
    color: var(--_pl-on-primary);
    font-weight: 600;
  }
  .button.primary:hover:not([disabled], [aria-disabled='true']) {
    background: color-mix(in srgb, var(--_pl-primary) 86%, var(--_pl-text));
  }
  /* Buttons that may hold focus when they stop applying (Cancel, Previous, Next) use aria-disabled,
     so focus stays on them instead of falling to the page. */
  .button[disabled],
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }

  /* The drop zone is the file input's label: a click anywhere in it opens the picker. */
  .drop {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: calc(var(--_pl-space) / 2);
    padding: calc(var(--_pl-space) * 4) calc(var(--_pl-space) * 2);
    border: 2px dashed var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface-alt);
    text-align: center;
    cursor: pointer;
  }
  .drop:hover,
  .drop.dragging {
    border-color: var(--_pl-primary);
    background: color-mix(in srgb, var(--_pl-primary) 8%, var(--_pl-surface));
  }
  .drop:has(.file-input:focus-visible) {
    outline: 2px solid var(--_pl-focus);
    outline-offset: 2px;
    border-color: var(--_pl-primary);
  }
  .drop-icon {
    font-size: 2rem;
    color: var(--_pl-primary);
  }
  .drop-text {
    font-weight: 600;
  }
  .choose {
    color: var(--_pl-primary);
    text-decoration: underline;
  }
  /* Out of sight but in the tab order: focus shows on the drop zone. */
  .file-input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    opacity: 0;
    cursor: pointer;
  }

  .progress {
    block-size: 0.75rem;
    overflow: hidden;
    border-radius: 999px;
    background: var(--_pl-surface-alt);
    border: 1px solid var(--_pl-border);
  }
  .progress-bar {
    block-size: 100%;
    inline-size: 0;
    background: var(--_pl-primary);
    transition: inline-size 0.2s ease-out;
  }

  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_pl-space);
    margin: 0;
  }
  .count {
    flex: 1 1 8rem;
    padding: var(--_pl-space) calc(var(--_pl-space) * 1.5);
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
  }
  .count dt {
    font-size: 0.875em;
    color: var(--_pl-text-muted);
  }
  .count dd {
    margin: 0;
    font-size: 1.5em;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
  }
  .count.created {
    border-inline-start: 4px solid var(--_pl-success);
  }
  .count.bad {
    border-inline-start: 4px solid var(--_pl-danger);
  }

  .columns,
  .problems {
    display: flex;
    flex-direction: column;
    gap: var(--_pl-space);
  }
  .column-problems,
  .failure-text {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_pl-space) / 2);
    margin: 0;
    padding: var(--_pl-space) calc(var(--_pl-space) * 1.5);
    border-inline-start: 4px solid var(--_pl-danger);
    background: color-mix(in srgb, var(--_pl-danger) 8%, var(--_pl-surface));
    list-style: none;
  }
  .failure-text {
    flex-direction: row;
    align-items: baseline;
  }
  .column-problems .pl-icon,
  .failure-text .pl-icon {
    color: var(--_pl-danger);
  }
  .column-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: var(--_pl-space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .column {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
    padding: var(--_pl-space);
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
  }
  .column.skipped {
    border-style: dashed;
  }
  .column-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .column select {
    min-block-size: 2.75rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface);
    color: var(--_pl-text);
  }
  .examples {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .table-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  caption {
    padding-block-end: 0.25rem;
    text-align: start;
    color: var(--_pl-text-muted);
  }
  th,
  td {
    padding: 0.375rem 0.5rem;
    border-block-end: 1px solid var(--_pl-border);
    text-align: start;
    vertical-align: top;
    /* Words stay whole in the narrow columns (a column name is never cut to "Bedr|ag"); only the
       reason, the widest column, breaks long cell values anywhere. */
    overflow-wrap: break-word;
  }
  th {
    white-space: nowrap;
  }
  td:last-child {
    overflow-wrap: anywhere;
  }
  thead th {
    background: var(--_pl-surface-alt);
    font-weight: 600;
  }
  tbody th {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .all-good {
    color: var(--_pl-success);
    font-weight: 600;
  }

  .live {
    font-size: 0.875em;
  }

  @container (max-width: 30rem) {
    .actions .button {
      flex: 1 1 100%;
    }
    .column-list {
      grid-template-columns: minmax(0, 1fr);
    }
    .drop {
      padding: calc(var(--_pl-space) * 3) var(--_pl-space);
    }
  }
`;
