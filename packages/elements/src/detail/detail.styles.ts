import { css } from 'lit';

/** Styles of `<paylink-detail>`; every colour and size comes from the `--_pl-*` tokens. */
export const detailStyles = css`
  :host {
    --_pl-qr-size: var(--paylink-detail-qr-size, 8rem);
    --_pl-target: 2.5rem;
    background: var(--_pl-surface);
  }

  .frame {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_pl-space) * 2);
    /* Phone layout follows the space the detail has (a side column, a full-screen view). */
    container-type: inline-size;
  }

  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }

  h2,
  h3,
  p,
  dl,
  dd,
  ol,
  ul {
    margin: 0;
  }
  h3 {
    font-size: 1rem;
  }
  .muted {
    color: var(--_pl-text-muted);
  }

  /* Buttons, and the pay-page link drawn as one. */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375em;
    min-block-size: var(--_pl-target);
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface);
    color: var(--_pl-text);
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
  .button.danger {
    border-color: var(--_pl-danger);
    background: var(--_pl-danger);
    color: var(--_pl-surface);
  }
  .button.primary:hover,
  .button.danger:hover {
    filter: brightness(0.92);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  input,
  select {
    min-block-size: var(--_pl-target);
    padding-inline: 0.5rem;
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface);
    min-inline-size: 0;
  }
  input[aria-invalid='true'] {
    border-color: var(--_pl-danger);
    outline: 1px solid var(--_pl-danger);
  }

  /* Loading, error, not found, deleted. */
  .state {
    padding-block: calc(var(--_pl-space) * 4);
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_pl-space);
  }

  /* Header */
  .header {
    display: grid;
    gap: var(--_pl-space);
  }
  .heading-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pl-space);
  }
  .title {
    font-size: 1.25rem;
    overflow-wrap: anywhere;
  }
  .status-line {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  .archived-tag {
    padding: 0.0625rem 0.5rem;
    border: 1px solid var(--_pl-border);
    border-radius: 999px;
    font-size: 0.8125em;
    color: var(--_pl-text-muted);
  }
  .amount {
    font-size: 1.75rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .customer {
    color: var(--_pl-text-muted);
    overflow-wrap: anywhere;
  }
  .share {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
    gap: calc(var(--_pl-space) * 2);
    padding: calc(var(--_pl-space) * 1.5);
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface-alt);
  }
  .share-url {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
  }
  .share-url label {
    font-size: 0.875em;
    color: var(--_pl-text-muted);
  }
  .share-url input {
    inline-size: 100%;
    font-family: ui-monospace, monospace;
    font-size: 0.8125em;
    text-overflow: ellipsis;
  }
  .share-buttons,
  .actions,
  .dialog-actions,
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_pl-space);
  }
  .share-buttons {
    margin-block-start: 0.25rem;
  }
  .qr {
    flex: none;
    inline-size: var(--_pl-qr-size);
    block-size: var(--_pl-qr-size);
    border-radius: calc(var(--_pl-radius) / 2);
  }

  /* Banners */
  .banner {
    --_pl-banner: var(--_pl-warning);
    display: grid;
    gap: var(--_pl-space);
    justify-items: start;
    padding: calc(var(--_pl-space) * 1.5);
    border: 1px solid var(--_pl-banner);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_pl-radius);
    background: color-mix(in srgb, var(--_pl-banner) 8%, var(--_pl-surface));
  }
  .banner.danger {
    --_pl-banner: var(--_pl-danger);
  }
  .banner h3 {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  .banner h3 .pl-icon {
    color: var(--_pl-banner);
  }
  .psp-reference {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
    user-select: all;
  }

  /* Tabs */
  .tablist {
    display: flex;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_pl-border);
    overflow-x: auto;
  }
  .tab {
    min-block-size: var(--_pl-target);
    padding-inline: 1rem;
    border: 0;
    border-block-end: 3px solid transparent;
    background: none;
    color: var(--_pl-text-muted);
    cursor: pointer;
    white-space: nowrap;
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--_pl-primary);
    color: var(--_pl-text);
    font-weight: 600;
  }
  .tab:hover {
    color: var(--_pl-text);
  }
  .panel {
    display: grid;
    gap: calc(var(--_pl-space) * 1.5);
    padding-block: var(--_pl-space);
  }
  .panel:focus-visible {
    outline-offset: 4px;
  }

  /* Details */
  .fields {
    display: grid;
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: 0.375rem 1rem;
  }
  .fields .field {
    display: contents;
  }
  .fields dt {
    color: var(--_pl-text-muted);
  }
  .fields dd {
    overflow-wrap: anywhere;
  }
  .note {
    padding: var(--_pl-space) calc(var(--_pl-space) * 1.5);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface-alt);
    color: var(--_pl-text-muted);
    font-size: 0.875em;
  }

  /* Events */
  .timeline {
    list-style: none;
    padding: 0;
    display: grid;
  }
  .event {
    position: relative;
    display: grid;
    gap: 0.125rem;
    padding-block: 0 1rem;
    padding-inline-start: 1.5rem;
    border-inline-start: 2px solid var(--_pl-border);
    margin-inline-start: 0.375rem;
  }
  .event:last-child {
    border-inline-start-color: transparent;
  }
  .event-dot {
    position: absolute;
    inset-inline-start: -0.4375rem;
    inset-block-start: 0.3rem;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 50%;
    border: 2px solid var(--_pl-surface);
    background: var(--_pl-text-muted);
  }
  .event[data-type='paid'] .event-dot,
  .event[data-type='refund_succeeded'] .event-dot {
    background: var(--_pl-success);
  }
  .event[data-type='declined'] .event-dot,
  .event[data-type='refund_failed'] .event-dot {
    background: var(--_pl-danger);
  }
  .event[data-type='expired'] .event-dot {
    background: var(--_pl-warning);
  }
  .event-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    line-height: 1.3;
  }
  .event-time,
  .event-details {
    font-size: 0.875em;
  }
  .event-details {
    padding-inline-start: 1rem;
    overflow-wrap: anywhere;
  }

  /* Refunds */
  .totals {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: var(--_pl-space);
  }
  .totals div {
    padding: var(--_pl-space);
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
  }
  .totals dt {
    font-size: 0.875em;
    color: var(--_pl-text-muted);
  }
  .totals dd {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .refunds {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_pl-space);
  }
  .refund {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
    padding: var(--_pl-space);
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    overflow-wrap: anywhere;
  }
  .refund-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .refund-status {
    --_pl-refund: var(--_pl-warning);
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0 0.5rem;
    border: 1px solid var(--_pl-refund);
    border-radius: 999px;
    font-size: 0.8125em;
  }
  .refund-status .pl-icon {
    color: var(--_pl-refund);
  }
  .refund-status[data-status='succeeded'] {
    --_pl-refund: var(--_pl-success);
  }
  .refund-status[data-status='failed'] {
    --_pl-refund: var(--_pl-danger);
  }
  .refund-form,
  .dialog-form {
    display: grid;
    gap: var(--_pl-space);
  }
  .form-field {
    display: grid;
    gap: 0.25rem;
    max-inline-size: 28rem;
  }
  .form-field label {
    font-weight: 600;
  }
  .with-suffix {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .with-suffix input {
    flex: 1 1 auto;
    font-variant-numeric: tabular-nums;
  }
  .hint {
    font-size: 0.875em;
    color: var(--_pl-text-muted);
  }
  .error-text {
    display: flex;
    align-items: baseline;
    gap: 0.375rem;
    color: var(--_pl-danger);
    font-weight: 600;
  }

  /* Dialogs: inside the window on a phone too. */
  dialog {
    inline-size: min(30rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    padding: calc(var(--_pl-space) * 2);
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface);
    color: var(--_pl-text);
    font-family: var(--_pl-font);
    line-height: 1.5;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-title {
    margin-block-end: var(--_pl-space);
    font-size: 1.125rem;
  }
  dialog p + p,
  dialog .dialog-actions {
    margin-block-start: var(--_pl-space);
  }
  .dialog-actions {
    justify-content: flex-end;
  }
  dialog .warning {
    display: flex;
    gap: 0.375rem;
    align-items: baseline;
    color: var(--_pl-danger);
    font-weight: 600;
  }
  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: var(--_pl-space);
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
  }
  .check-label {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: var(--_pl-target);
  }
  .check-label input {
    min-block-size: auto;
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  .outcomes ul {
    padding-inline-start: 0;
    list-style: none;
  }
  .outcomes li {
    display: flex;
    align-items: baseline;
    gap: 0.375rem;
    overflow-wrap: anywhere;
  }
  .outcomes li[data-outcome='sent'] .pl-icon {
    color: var(--_pl-success);
  }
  .outcomes li[data-outcome='failed'] .pl-icon {
    color: var(--_pl-danger);
  }

  .live:empty {
    display: none;
  }
  .live {
    padding: var(--_pl-space);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface-alt);
  }

  /* A phone, or a narrow column: stacked, 44 px targets. */
  @container (max-width: 600px) {
    .frame > * {
      --_pl-target: 2.75rem;
    }
    .actions .button,
    .share-buttons .button {
      flex: 1 1 auto;
    }
  }

  /* A phone: the QR code under the URL, amounts one under the other. */
  @container (max-width: 420px) {
    .share {
      grid-template-columns: minmax(0, 1fr);
    }
    .qr {
      justify-self: center;
    }
    .totals {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
