import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Opens a native `<dialog>` as a modal (focus trapped by the browser, Escape closes) and puts focus
 * back where it was when it closes, however it closes. The element that had focus is looked up
 * through shadow roots, because `document.activeElement` only shows the outermost host.
 */
export class ModalDialogController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly dialog: () => HTMLDialogElement | null | undefined;
  private returnFocus: HTMLElement | undefined;
  private isOpen = false;

  constructor(host: ReactiveControllerHost, dialog: () => HTMLDialogElement | null | undefined) {
    this.host = host;
    this.dialog = dialog;
    host.addController(this);
  }

  /** Whether the dialog is open (render its contents only then). */
  get open(): boolean {
    return this.isOpen;
  }

  /** Renders the contents, then shows the dialog modally; focus goes to its `autofocus` element. */
  async show(): Promise<void> {
    this.returnFocus = deepActiveElement();
    this.isOpen = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (!dialog || !this.isOpen) return;
    if (!dialog.open) dialog.showModal();
    this.focusInitial();
  }

  /** Focuses the dialog's `autofocus` element again, e.g. after its contents changed. */
  focusInitial(): void {
    this.dialog()?.querySelector<HTMLElement>('[autofocus]')?.focus();
  }

  /** Closes the dialog (focus is restored by {@link ModalDialogController.onClose}). */
  close(): void {
    const dialog = this.dialog();
    if (dialog?.open) dialog.close();
    else this.onClose();
  }

  /** Bind to the dialog's `close` event: covers Escape as well as {@link ModalDialogController.close}. */
  readonly onClose = (): void => {
    if (!this.isOpen) return;
    this.isOpen = false;
    const target = this.returnFocus;
    this.returnFocus = undefined;
    this.host.requestUpdate();
    if (target?.isConnected) target.focus();
  };

  hostDisconnected(): void {
    this.dialog()?.close();
    this.isOpen = false;
  }
}

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(): HTMLElement | undefined {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
