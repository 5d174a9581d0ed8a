import type { Placement } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type FloatingUi = typeof import('@floating-ui/dom');
let floatingUi: Promise<FloatingUi> | undefined;

/**
 * @floating-ui/dom is downloaded the first time any popup opens, not with the element: a page that
 * only shows the list does not pay for positioning code until a menu or filter is opened.
 */
function loadFloatingUi(): Promise<FloatingUi> {
  floatingUi ??= import('@floating-ui/dom').catch((error: unknown) => {
    floatingUi = undefined; // a later open may try again
    throw error;
  });
  return floatingUi;
}

/** Options of {@link AnchoredPopup}. */
export interface AnchoredPopupOptions {
  /** The button that opens the popup (focus returns to it). */
  anchor: () => HTMLElement | null | undefined;
  /** The popup element; give it `popover="manual"` so it opens in the top layer. */
  popup: () => HTMLElement | null | undefined;
  /** Where the popup goes; `-start`/`-end` follow the text direction. Default `bottom-start`. */
  placement?: Placement;
  /** Called after it opened or closed. */
  onToggle?: (open: boolean) => void;
  /** Awaited before the popup first renders, e.g. to download its contents' code. */
  prepare?: () => Promise<void>;
}

/**
 * Opens a popup next to its anchor: in the top layer (so no `overflow` or `z-index` clips it),
 * positioned by @floating-ui/dom through CSSOM (`element.style.left`, allowed under a strict CSP,
 * unlike style attributes in markup), kept in place while the page scrolls, closed by Escape (focus
 * back on the anchor) or a click outside.
 */
export class AnchoredPopup implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: AnchoredPopupOptions;
  private stopAutoUpdate: (() => void) | undefined;
  private isOpen = false;

  constructor(host: ReactiveControllerHost, options: AnchoredPopupOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Whether the popup is showing. */
  get open(): boolean {
    return this.isOpen;
  }

  /** Shows the popup and positions it; resolves once it is rendered and placed. */
  async show(): Promise<void> {
    if (this.isOpen) return;
    this.isOpen = true;
    let floating: FloatingUi;
    try {
      [floating] = await Promise.all([loadFloatingUi(), this.options.prepare?.()]);
    } catch (error) {
      // The code could not be downloaded (offline): stay closed; the next click tries again.
      this.isOpen = false;
      console.error('[paylink] could not open the popup', error);
      return;
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    const anchor = this.options.anchor();
    const popup = this.options.popup();
    if (!anchor || !popup || !this.isOpen) return;
    if (typeof popup.showPopover === 'function' && popup.hasAttribute('popover')) {
      if (!popup.matches(':popover-open')) popup.showPopover();
    } else {
      popup.hidden = false;
    }
    this.stopAutoUpdate = floating.autoUpdate(anchor, popup, () => void this.place(floating, anchor, popup));
    await this.place(floating, anchor, popup);
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
    this.options.onToggle?.(true);
  }

  /** Hides the popup; with `restoreFocus` focus goes back to the anchor. */
  hide(restoreFocus = false): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    const popup = this.options.popup();
    if (popup) {
      if (typeof popup.hidePopover === 'function' && popup.matches(':popover-open')) popup.hidePopover();
      else if (!popup.hasAttribute('popover')) popup.hidden = true;
    }
    if (restoreFocus) this.options.anchor()?.focus();
    this.host.requestUpdate();
    this.options.onToggle?.(false);
  }

  /** Opens when closed, closes when open. */
  toggle(): Promise<void> {
    if (this.isOpen) {
      this.hide(true);
      return Promise.resolve();
    }
    return this.show();
  }

  hostDisconnected(): void {
    this.hide(false);
  }

  private readonly onOutsidePointer = (event: Event): void => {
    const path = event.composedPath();
    const popup = this.options.popup();
    const anchor = this.options.anchor();
    if ((popup && path.includes(popup)) || (anchor && path.includes(anchor))) return;
    this.hide(false);
  };

  private async place(floating: FloatingUi, anchor: HTMLElement, popup: HTMLElement): Promise<void> {
    const { computePosition, flip, offset, shift, size } = floating;
    const { x, y } = await computePosition(anchor, popup, {
      strategy: 'fixed',
      placement: this.options.placement ?? 'bottom-start',
      middleware: [
        offset(4),
        // Taller than the room on both sides (a phone): stay below the anchor, let size() cap the
        // height (the popup scrolls) and shift() keep it inside the window.
        flip({ padding: 8, fallbackStrategy: 'initialPlacement' }),
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            popup.style.maxBlockSize = `${Math.max(160, availableHeight)}px`;
          },
        }),
        shift({ padding: 8, crossAxis: true }),
      ],
    });
    popup.style.left = `${x}px`;
    popup.style.top = `${y}px`;
  }
}
