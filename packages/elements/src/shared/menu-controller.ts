import type { Placement } from '@floating-ui/dom';
import type { ReactiveControllerHost } from 'lit';
import { AnchoredPopup } from './anchored-popup.ts';

/** Options of {@link MenuController}. */
export interface MenuControllerOptions {
  button: () => HTMLElement | null | undefined;
  menu: () => HTMLElement | null | undefined;
  placement?: Placement;
}

/**
 * The ARIA menu button pattern: the button opens the menu (click, Enter, Space, ArrowDown on the first
 * item, ArrowUp on the last); in the menu, arrows move a roving focus (wrapping), Home/End jump,
 * typing a letter goes to the next item starting with it, Escape closes and returns focus to the
 * button, Tab closes and lets focus move on. Items are `role="menuitem"` elements with `tabindex="-1"`.
 */
export class MenuController {
  private readonly options: MenuControllerOptions;
  private readonly popup: AnchoredPopup;

  constructor(host: ReactiveControllerHost, options: MenuControllerOptions) {
    this.options = options;
    this.popup = new AnchoredPopup(host, {
      anchor: options.button,
      popup: options.menu,
      placement: options.placement ?? 'bottom-end',
    });
  }

  /** Whether the menu is open (for `aria-expanded`). */
  get open(): boolean {
    return this.popup.open;
  }

  /** Opens the menu and focuses its first (or last) item. */
  async show(focus: 'first' | 'last' = 'first'): Promise<void> {
    await this.popup.show();
    const items = this.items();
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  /** Closes the menu; with `restoreFocus` focus returns to the button. */
  hide(restoreFocus = true): void {
    this.popup.hide(restoreFocus);
  }

  /** Bind to the button's `click`. */
  readonly onButtonClick = (): void => {
    if (this.open) this.hide(true);
    else void this.show('first');
  };

  /** Bind to the button's `keydown` (Enter and Space arrive as clicks). */
  readonly onButtonKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  /** Bind to the menu's `keydown`. */
  readonly onMenuKeydown = (event: KeyboardEvent): void => {
    const items = this.items();
    if (items.length === 0) return;
    const current = items.indexOf(this.focusedItem() as HTMLElement);
    const focusAt = (index: number) => items[(index + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focusAt(current + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        focusAt(current - 1);
        break;
      case 'Home':
        event.preventDefault();
        focusAt(0);
        break;
      case 'End':
        event.preventDefault();
        focusAt(items.length - 1);
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.hide(true);
        break;
      case 'Tab':
        // Focus goes back to the button first so the browser's Tab moves on from there.
        this.hide(true);
        break;
      default:
        if (event.key.length === 1 && /\S/.test(event.key)) {
          const letter = event.key.toLocaleLowerCase();
          for (let step = 1; step <= items.length; step++) {
            const item = items[(current + step) % items.length];
            if (item?.textContent?.trim().toLocaleLowerCase().startsWith(letter)) {
              item.focus();
              break;
            }
          }
        }
    }
  };

  private items(): HTMLElement[] {
    const menu = this.options.menu();
    return menu ? [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')] : [];
  }

  private focusedItem(): Element | null {
    const root = this.options.menu()?.getRootNode() as Document | ShadowRoot | undefined;
    return root?.activeElement ?? null;
  }
}
