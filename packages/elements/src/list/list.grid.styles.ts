import { css } from 'lit';

/**
 * The table of `<paylink-list>`: a scroll container with a sticky header and a body as tall as
 * every row, rows of one height (the windowing depends on it), skeleton rows while loading, and
 * on a phone a card per link.
 */
export const gridStyles = css`
  .scroller {
    position: relative;
    /* As tall as its rows, up to the window: a short list leaves no empty box below it. */
    max-block-size: var(--_pl-list-height);
    overflow: auto;
    /* The drawn rows change under the scroll position by design: the browser must not "correct" it. */
    overflow-anchor: none;
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface);
    overscroll-behavior: contain;
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    min-inline-size: var(--_pl-list-min-width);
    background: var(--_pl-surface-alt);
    border-block-end: 1px solid var(--_pl-border);
    font-weight: 600;
    font-size: 0.875em;
  }
  .body {
    box-sizing: border-box;
    min-inline-size: var(--_pl-list-min-width);
  }
  .scroller:focus-visible,
  .cell:focus-visible {
    outline: 2px solid var(--_pl-primary);
    outline-offset: -2px;
  }
  .status-row {
    grid-template-columns: 1fr;
    color: var(--_pl-text-muted);
    font-size: 0.875em;
  }
  .status-row .cell {
    display: flex;
    align-items: center;
    gap: var(--_pl-space);
    /* Keep the words in view when the table is scrolled sideways. */
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: calc(100cqi - 2px);
    white-space: normal;
  }
  .card-label {
    display: none;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_pl-list-columns);
    align-items: center;
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: var(--_pl-list-min-width);
    block-size: var(--_pl-row-height);
    border-block-end: 1px solid var(--_pl-border);
  }
  .body .row:hover,
  .body .row:focus-within {
    background: var(--_pl-surface-alt);
  }
  .body .row.selected {
    background: color-mix(in srgb, var(--_pl-primary) 8%, var(--_pl-surface));
  }
  .cell {
    overflow: hidden;
    padding-inline: 0.5rem;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .cell.amount {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .cell.check {
    display: flex;
    justify-content: center;
  }
  .cell.check input {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_pl-primary);
  }
  .tag {
    margin-inline-start: 0.375rem;
    font-size: 0.75em;
    color: var(--_pl-text-muted);
  }
  .title-button,
  .sort {
    max-inline-size: 100%;
    overflow: hidden;
    padding: 0.25rem;
    border: 0;
    background: none;
    text-align: start;
    text-overflow: ellipsis;
    white-space: nowrap;
    cursor: pointer;
  }
  .title-button {
    color: var(--_pl-primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .sort {
    display: inline-flex;
    gap: 0.25rem;
    font-weight: inherit;
  }
  .cell.amount .sort {
    margin-inline-start: auto;
  }
  .cell.amount:has(.sort) {
    display: flex;
  }

  .skeleton .cell::after {
    content: '';
    display: block;
    block-size: 0.75rem;
    border-radius: 0.25rem;
    background: linear-gradient(90deg, var(--_pl-surface-alt), var(--_pl-border), var(--_pl-surface-alt));
    background-size: 200% 100%;
    animation: shimmer 1.2s linear infinite;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }


  /* Phone: each link becomes a card (title and amount, status and customer, reference and dates),
     the header keeps Select all and the sort buttons, and every target is at least 44 px. */
  @container (max-width: 600px) {
    .head,
    .body,
    .row {
      min-inline-size: 0;
    }
    .scroller {
      overflow-x: hidden;
    }
    .head .row {
      display: flex;
      flex-wrap: nowrap;
      block-size: auto;
      min-block-size: 2.75rem;
    }
    .head .cell:not(.check):not(:has(.sort)) {
      display: none;
    }
    .head .cell:has(.sort) {
      flex: 0 1 auto;
    }
    .head .cell.amount .sort {
      margin-inline-start: 0;
    }
    .sort,
    .title-button {
      min-block-size: 2.75rem;
    }
    .body .row {
      /* The title spans the flexible track, so a long customer name or expiry date never squeezes it. */
      grid-template-columns: 2.75rem auto minmax(0, 1fr) auto auto;
      grid-template-areas:
        'check title title title amount'
        'check status customer customer customer'
        'check reference reference created created'
        'check expires expires expires expires';
      align-items: center;
      row-gap: 0;
      block-size: var(--paylink-list-card-height, 8.5rem);
      padding-block: 0.25rem;
    }
    .body .row.status-row {
      grid-template-columns: 1fr;
      grid-template-areas: none;
      block-size: var(--paylink-list-card-height, 8.5rem);
    }
    .cell {
      padding-inline: 0.25rem;
    }
    .cell.check {
      grid-area: check;
      align-self: stretch;
      align-items: center;
    }
    .cell.check input {
      inline-size: 1.5rem;
      block-size: 1.5rem;
    }
    .cell.title {
      grid-area: title;
      font-weight: 600;
    }
    .cell.amount {
      grid-area: amount;
      font-weight: 600;
    }
    .cell.status {
      grid-area: status;
    }
    .cell.customer {
      grid-area: customer;
    }
    .frame[dir='ltr'] .cell.customer[dir] {
      text-align: right;
    }
    .frame[dir='rtl'] .cell.customer[dir] {
      text-align: left;
    }
    .cell.reference {
      grid-area: reference;
      color: var(--_pl-text-muted);
      font-size: 0.875em;
    }
    .cell.created {
      grid-area: created;
    }
    .cell.expires {
      grid-area: expires;
    }
    .cell.created {
      text-align: end;
    }
    .cell.created,
    .cell.expires {
      color: var(--_pl-text-muted);
      font-size: 0.875em;
    }
    .card-label {
      display: inline;
    }
    .title-button {
      padding-inline: 0;
    }
  }
`;
