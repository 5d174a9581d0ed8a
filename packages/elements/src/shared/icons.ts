import { css, html, type SVGTemplateResult, svg, type TemplateResult } from 'lit';

/**
 * Small inline SVG icons, instead of emoji or symbol characters (which render as empty boxes where
 * the system font lacks them, e.g. ⌛ on Linux Chromium, and differ from platform to platform).
 *
 * Every icon is decorative: `aria-hidden="true"` and `focusable="false"`, so the text beside it
 * carries the meaning; never use one alone as a button's only content. It draws in `currentColor` and
 * is `1em` square, so it takes the colour and size of the text it sits in (set `font-size` or
 * `color` on a wrapper to change it). Each one is a function, so a bundle keeps only the icons it
 * uses. Works under a strict CSP: attributes only, no style attribute.
 *
 * ```ts
 * html`<button>${iconClose()} ${t('close')}</button>`
 * ```
 */
function icon(name: string, body: SVGTemplateResult): TemplateResult {
  return html`<svg
    class="pl-icon"
    data-icon=${name}
    viewBox="0 0 24 24"
    width="1em"
    height="1em"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >${body}</svg>`;
}

/** A check mark: done, paid, selected. */
export const iconCheck = (): TemplateResult => icon('check', svg`<path d="M20 6 9 17l-5-5" />`);

/** An X: close, remove, declined. */
export const iconClose = (): TemplateResult => icon('close', svg`<path d="M18 6 6 18M6 6l12 12" />`);

/** A chevron pointing down (rotate it with CSS for the other directions; mirror it in RTL). */
export const iconChevron = (): TemplateResult => icon('chevron', svg`<path d="m6 9 6 6 6-6" />`);

/** An arrow up: sorted ascending. */
export const iconSortAscending = (): TemplateResult =>
  icon('sort-ascending', svg`<path d="M12 19V5M6 11l6-6 6 6" />`);

/** An arrow down: sorted descending. */
export const iconSortDescending = (): TemplateResult =>
  icon('sort-descending', svg`<path d="M12 5v14M6 13l6 6 6-6" />`);

/** Chevrons up and down: sortable, not sorted by this column now. */
export const iconUnsorted = (): TemplateResult =>
  icon('unsorted', svg`<path d="m7 15 5 5 5-5M7 9l5-5 5 5" />`);

/** A warning triangle with an exclamation mark: something went wrong or needs attention. */
export const iconWarning = (): TemplateResult =>
  icon(
    'warning',
    svg`<path d="M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" /><path d="M12 9v4M12 17h.01" />`,
  );

/** An hourglass: expired, time is up. */
export const iconHourglass = (): TemplateResult =>
  icon(
    'hourglass',
    svg`<path d="M6 2h12M6 22h12" /><path d="M7 2v4.2a2 2 0 0 0 .6 1.4L12 12l4.4-4.4a2 2 0 0 0 .6-1.4V2M7 22v-4.2a2 2 0 0 1 .6-1.4L12 12l4.4 4.4a2 2 0 0 1 .6 1.4V22" />`,
  );

/** A clock: a date or time, waiting, pending. */
export const iconClock = (): TemplateResult =>
  icon('clock', svg`<circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" />`);

/** A magnifying glass: search, or nothing found. */
export const iconSearch = (): TemplateResult =>
  icon('search', svg`<circle cx="11" cy="11" r="7" /><path d="m20 20-4.3-4.3" />`);

/** A funnel: filters. */
export const iconFilter = (): TemplateResult => icon('filter', svg`<path d="M3 5h18l-7 8v6l-4 2v-8Z" />`);

/** Three vertical dots: more actions. */
export const iconMore = (): TemplateResult =>
  icon(
    'more',
    svg`<circle cx="12" cy="5" r="1.5" fill="currentColor" /><circle cx="12" cy="12" r="1.5" fill="currentColor" /><circle cx="12" cy="19" r="1.5" fill="currentColor" />`,
  );

/** A padlock: a secure connection or payment. */
export const iconLock = (): TemplateResult =>
  icon('lock', svg`<rect x="5" y="11" width="14" height="10" rx="2" /><path d="M8 11V7a4 4 0 0 1 8 0v4" />`);

/** An arrow into a tray: upload, import a file. */
export const iconUpload = (): TemplateResult =>
  icon(
    'upload',
    svg`<path d="M12 15V3M7 8l5-5 5 5" /><path d="M4 15v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4" />`,
  );

/** An arrow out of a tray: download, save a file. */
export const iconDownload = (): TemplateResult =>
  icon(
    'download',
    svg`<path d="M12 3v12M7 10l5 5 5-5" /><path d="M4 15v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4" />`,
  );

/**
 * Base styles for the icons: add to an element's `static styles`. They keep an icon on the text's
 * line, never shrunk by a flex row, and out of pointer events (a click lands on the button).
 */
export const iconStyles = css`
  .pl-icon {
    display: inline-block;
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    vertical-align: -0.125em;
    pointer-events: none;
  }
`;
