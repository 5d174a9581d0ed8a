import { html, type TemplateResult } from 'lit';
import { type Ref, ref } from 'lit/directives/ref.js';
import { iconMore } from '../shared/icons.ts';
import type { ListTranslate } from './messages.ts';

/** The bulk actions of the More actions menu. */
export type BulkAction = 'archive' | 'unarchive' | 'export' | 'send';

/** What the menu button and its menu show. */
export interface ActionsMenuView {
  t: ListTranslate;
  open: boolean;
  archivedView: boolean;
  hasSelection: boolean;
  /** Set to the More actions button. */
  button: Ref<HTMLButtonElement>;
  /** Set to the menu. */
  menu: Ref<HTMLElement>;
  /** The button was pointed at or focused: a chance to get ready. */
  onButtonWarm?(): void;
  onButtonClick(): void;
  onButtonKeydown(event: KeyboardEvent): void;
  onMenuKeydown(event: KeyboardEvent): void;
  onAction(action: BulkAction): void;
}

/** Which actions the menu offers in a view: Unarchive only among archived links, Archive elsewhere. */
export function actionsFor(archivedView: boolean): BulkAction[] {
  return archivedView ? ['unarchive', 'export', 'send'] : ['archive', 'export', 'send'];
}

/**
 * "More actions" (a menu button) and its menu. Actions that need a selection stay focusable but say
 * `aria-disabled` while nothing is selected, so keyboard users still find them.
 */
export function renderActionsMenu(v: ActionsMenuView): TemplateResult {
  const { t } = v;
  return html`<button
      type="button"
      id="more-button"
      class="button more-button"
      part="button more-button"
      aria-haspopup="menu"
      aria-expanded=${v.open ? 'true' : 'false'}
      aria-controls="actions-menu"
      @click=${v.onButtonClick}
      @keydown=${v.onButtonKeydown}
      @pointerenter=${v.onButtonWarm}
      @focus=${v.onButtonWarm}
      ${ref(v.button)}
    >
      ${t('moreActions')}${iconMore()}
    </button>
    <div
      id="actions-menu"
      class="popup menu"
      part="menu"
      role="menu"
      aria-label=${t('moreActions')}
      popover="manual"
      @keydown=${v.onMenuKeydown}
      ${ref(v.menu)}
    >
      ${actionsFor(v.archivedView).map(
        (action) => html`<button
          type="button"
          role="menuitem"
          tabindex="-1"
          part="menu-item"
          data-action=${action}
          aria-disabled=${action !== 'export' && !v.hasSelection ? 'true' : 'false'}
          @click=${() => v.onAction(action)}
        >
          ${t(`action.${action}`)}
        </button>`,
      )}
    </div>`;
}
