// The portal's "New payment link" dialog around <paylink-create-form>: a native modal <dialog>
// (focus moves in, Escape closes, the page behind is inert), focus back where it was on close.
import type { PaylinkClient, PaymentLink } from '@paylink/client';
import { PaylinkCreateForm } from '@paylink/elements/create-form/define';

export interface CreateDialogOptions {
  /** The client the rest of the page uses. */
  client: () => PaylinkClient;
  /** A link was created (the dialog stays open on its Copy link / QR view). */
  onCreated: (link: PaymentLink) => void;
}

/** The focused element, looking inside open shadow roots (the list's button is in one). */
function deepActiveElement(): HTMLElement | undefined {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

export class CreateDialog {
  private readonly title = element('h2', { id: 'create-title', textContent: 'New payment link' });
  private readonly form = new PaylinkCreateForm();
  private readonly dialog: HTMLDialogElement;
  private returnFocus: HTMLElement | undefined;

  constructor(options: CreateDialogOptions) {
    const close = element('button', { type: 'button', textContent: 'Close' });
    this.dialog = element(
      'dialog',
      { className: 'portal-dialog' },
      element('div', { className: 'dialog-head' }, this.title, close),
      element('div', { className: 'dialog-body' }, this.form),
    );
    this.dialog.setAttribute('aria-labelledby', 'create-title');
    document.body.append(this.dialog);
    this.form.client = options.client();
    this.form.addEventListener('paylink-created', (event) => options.onCreated(event.detail.link));
    close.addEventListener('click', () => this.dialog.close());
    this.dialog.addEventListener('close', () => {
      const target = this.returnFocus;
      this.returnFocus = undefined;
      if (target?.isConnected) target.focus();
    });
  }

  /** Opens the form; with `customer` the link is for that customer (fixed in the form). */
  async open(customer?: { id: string; name: string }): Promise<void> {
    this.returnFocus = deepActiveElement();
    const id = customer?.id;
    if ((this.form.customerId ?? undefined) !== id) {
      this.form.customerId = id;
      this.form.reset();
    } else if (this.form.link) {
      this.form.reset(); // the last one was made: start a new one
    }
    this.title.textContent = customer ? `New payment link for ${customer.name}` : 'New payment link';
    this.dialog.showModal();
    await this.form.updateComplete;
    this.form.focus(); // its first field
  }
}
