import type { LinkStatus } from '@paylink/client';
import { css, html, type TemplateResult } from 'lit';

/**
 * A link's status as a badge: a coloured dot plus the status text, so colour never carries the
 * meaning alone. Text stays in the body colour for contrast in light and dark themes.
 */
export function statusBadge(status: LinkStatus, label: string): TemplateResult {
  return html`<span class="badge" part="badge badge-${status}" data-status=${status}
    ><span class="badge-dot" aria-hidden="true"></span>${label}</span
  >`;
}

/** Styles of {@link statusBadge}; add them to the element's `static styles`. */
export const statusBadgeStyles = css`
  .badge {
    --_pl-badge: var(--_pl-text-muted);
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding-block: 0.125em;
    padding-inline: 0.5em;
    border: 1px solid var(--_pl-badge);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_pl-badge) 12%, var(--_pl-surface));
    color: var(--_pl-text);
    font-size: 0.8125em;
    white-space: nowrap;
  }
  .badge-dot {
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: var(--_pl-badge);
  }
  .badge[data-status='created'] {
    --_pl-badge: var(--_pl-text-muted);
  }
  .badge[data-status='clicked'] {
    --_pl-badge: var(--_pl-info);
  }
  .badge[data-status='paid'] {
    --_pl-badge: var(--_pl-success);
  }
  .badge[data-status='expired'] {
    --_pl-badge: var(--_pl-warning);
  }
  .badge[data-status='declined'] {
    --_pl-badge: var(--_pl-danger);
  }
`;
