import { css } from 'lit';

/**
 * Host styles every Paylink element shares. Public tokens (`--paylink-*`) are read once here, each with
 * a default, into private `--_pl-*` properties, so a widget looks right with no global CSS and a theme
 * overrides one token in one place.
 */
export const hostStyles = css`
  :host {
    --_pl-font: var(--paylink-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_pl-font-size: var(--paylink-font-size, 1rem);
    --_pl-text: var(--paylink-color-text, #1b1f24);
    --_pl-text-muted: var(--paylink-color-text-muted, #57606a);
    --_pl-surface: var(--paylink-color-surface, #ffffff);
    --_pl-surface-alt: var(--paylink-color-surface-alt, #f4f6f8);
    --_pl-border: var(--paylink-color-border, #c9d1d9);
    --_pl-primary: var(--paylink-color-primary, #1f4fd1);
    --_pl-on-primary: var(--paylink-color-on-primary, #ffffff);
    --_pl-danger: var(--paylink-color-danger, #b42318);
    --_pl-success: var(--paylink-color-success, #17663a);
    --_pl-warning: var(--paylink-color-warning, #8a4b00);
    --_pl-info: var(--paylink-color-info, #1f4fd1);
    --_pl-focus: var(--paylink-color-focus, #1f4fd1);
    --_pl-radius: var(--paylink-radius, 0.5rem);
    --_pl-space: var(--paylink-space, 0.5rem);

    display: block;
    box-sizing: border-box;
    font-family: var(--_pl-font);
    font-size: var(--_pl-font-size);
    line-height: 1.5;
    color: var(--_pl-text);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 2px solid var(--_pl-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
