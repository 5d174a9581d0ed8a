import { css } from 'lit';

/**
 * Styles of `<paylink-pay-page>`: mobile first (one column from 320 px), logical properties only
 * (so Arabic mirrors without a second stylesheet), touch targets of at least 44 px, and every
 * colour from the shared `--_pl-*` tokens so a theme (or `.paylink-dark`) restyles it in one place.
 */
export const payPageStyles = css`
  :host {
    --_pp-max: var(--paylink-pay-page-max-width, 30rem);
    --_pp-background: var(--paylink-pay-page-background, var(--_pl-surface-alt));
    --_pp-shadow: var(--paylink-shadow, 0 1px 2px rgb(0 0 0 / 0.06), 0 8px 24px rgb(0 0 0 / 0.08));
    --_pp-amount-size: var(--paylink-pay-page-amount-size, 2.5rem);
    --_pp-touch: 2.75rem;
  }

  .page {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_pl-space) * 2);
    min-block-size: 100%;
    padding: calc(var(--_pl-space) * 2);
    background: var(--_pp-background);
    color: var(--_pl-text);
  }

  .page > * {
    inline-size: 100%;
    max-inline-size: var(--_pp-max);
    margin-inline: auto;
  }

  p,
  h1,
  h2,
  dl,
  dd {
    margin: 0;
  }

  [tabindex='-1']:focus {
    outline: none;
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_pl-space);
  }

  .brand {
    display: flex;
    align-items: center;
    gap: var(--_pl-space);
    min-inline-size: 0;
  }

  ::slotted([slot='logo']) {
    display: block;
    max-block-size: 2.5rem;
    max-inline-size: 10rem;
  }

  .merchant {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .language {
    display: flex;
    align-items: center;
    gap: var(--_pl-space);
    margin-inline-start: auto;
    font-size: 0.875rem;
    color: var(--_pl-text-muted);
  }

  select {
    min-block-size: var(--_pp-touch);
    padding-block: 0;
    padding-inline: var(--_pl-space);
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface);
    color: var(--_pl-text);
    font: inherit;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_pl-space) * 2);
    padding-block: calc(var(--_pl-space) * 3);
    padding-inline: calc(var(--_pl-space) * 2.5);
    border: 1px solid var(--_pl-border);
    border-radius: calc(var(--_pl-radius) * 2);
    background: var(--_pl-surface);
    box-shadow: var(--_pp-shadow);
    text-align: start;
  }

  @media (min-width: 30rem) {
    .card {
      padding: calc(var(--_pl-space) * 4);
    }
  }

  h1 {
    font-size: 1.25rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  h2 {
    font-size: 1rem;
  }

  .label,
  .expiry,
  .message,
  .secure {
    color: var(--_pl-text-muted);
  }

  .label {
    font-size: 0.875rem;
    font-weight: 500;
  }

  .message {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .amount {
    font-size: clamp(2rem, 10vw, var(--_pp-amount-size));
    font-weight: 700;
    line-height: 1.1;
    letter-spacing: -0.02em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  .expiry {
    font-size: 0.875rem;
  }

  .methods {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr));
    gap: var(--_pl-space);
  }

  .method-field {
    display: flex;
    flex-direction: column;
    gap: var(--_pl-space);
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  .method {
    display: flex;
    align-items: center;
    gap: var(--_pl-space);
    min-block-size: 3rem;
    padding-inline: calc(var(--_pl-space) * 1.5);
    border: 1px solid var(--_pl-border);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface);
    color: var(--_pl-text);
    font-weight: 500;
    text-align: start;
    transition: border-color 0.15s, background-color 0.15s;
  }

  .method::before {
    content: '';
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    border: 2px solid var(--_pl-border);
    border-radius: 50%;
    background: var(--_pl-surface);
    transition: border-width 0.15s;
  }

  .method[aria-checked='true'] {
    border-color: var(--_pl-primary);
    box-shadow: inset 0 0 0 1px var(--_pl-primary);
    background: color-mix(in srgb, var(--_pl-primary) 8%, var(--_pl-surface));
  }

  .method[aria-checked='true']::before {
    border: 0.35rem solid var(--_pl-primary);
  }

  .pay,
  .secondary {
    min-block-size: var(--_pp-touch);
    border-radius: var(--_pl-radius);
    font-weight: 700;
  }

  .pay {
    inline-size: 100%;
    min-block-size: 3.25rem;
    padding-inline: calc(var(--_pl-space) * 2);
    border: 0;
    background: var(--_pl-primary);
    color: var(--_pl-on-primary);
    font-size: 1.125rem;
    transition: filter 0.15s;
  }

  .pay:hover {
    filter: brightness(1.08);
  }

  .pay[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  .secondary {
    align-self: start;
    padding-inline: calc(var(--_pl-space) * 2.5);
    border: 2px solid var(--_pl-primary);
    background: var(--_pl-surface);
    color: var(--_pl-primary);
  }

  .notice {
    font-size: 0.9375rem;
  }

  .notice:empty {
    display: contents;
  }

  .icon {
    display: grid;
    place-items: center;
    inline-size: 3rem;
    block-size: 3rem;
    border-radius: 50%;
    color: var(--_pl-surface);
    font-size: 1.625rem;
    line-height: 1;
  }

  .icon.paid {
    background: var(--_pl-success);
  }

  .icon.declined {
    background: var(--_pl-danger);
  }

  .icon.expired,
  .icon.not-found,
  .icon.error {
    background: var(--_pl-warning);
  }

  .icon .pl-icon {
    stroke-width: 2.5;
  }

  .receipt {
    display: flex;
    flex-direction: column;
    gap: var(--_pl-space);
    padding: calc(var(--_pl-space) * 2);
    border-radius: var(--_pl-radius);
    background: var(--_pl-surface-alt);
  }

  .receipt div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_pl-space);
    padding-block: calc(var(--_pl-space) / 2);
    border-block-end: 1px solid var(--_pl-border);
  }

  .receipt div:last-child {
    border-block-end: 0;
  }

  dt {
    color: var(--_pl-text-muted);
  }

  dd {
    font-weight: 600;
    text-align: end;
    overflow-wrap: anywhere;
  }

  .skeleton {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_pl-space) * 1.5);
  }

  .bar {
    block-size: 1rem;
    border-radius: var(--_pl-radius);
    background: linear-gradient(90deg, var(--_pl-surface-alt) 25%, var(--_pl-border) 50%, var(--_pl-surface-alt) 75%);
    background-size: 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }

  .bar.short {
    inline-size: 40%;
  }

  .bar.amount-bar {
    inline-size: 60%;
    block-size: 2.5rem;
  }

  .bar.button-bar {
    block-size: 3.25rem;
  }

  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bar {
      animation: none;
    }
  }

  .secure {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.375em;
    font-size: 0.8125rem;
    text-align: center;
  }
`;
