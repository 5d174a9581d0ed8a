// The portal's "New payment link" dialog around <paylink-create-form>: a native modal <dialog>
// (focus moves in, Escape closes, the page behind is inert), focus back where it was on close.
import type { PaylinkClient, PaymentLink } from '@paylink/client';
import { PaylinkCreateForm } from '@paylink/elements/create-form/define';
import { byId } from './shell.ts';

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

export class CreateDialog {
  private readonly dialog = byId<HTMLDialogElement>('create-dialog');
  private readonly title = byId('create-title');
  private readonly form = new PaylinkCreateForm();
  private returnFocus: HTMLElement | undefined;

  constructor(options: CreateDialogOptions) {
    this.form.client = options.client();
    byId('create-body').append(this.form);
    this.form.addEventListener('paylink-created', (event) => options.onCreated(event.detail.link));
    byId('close-create').addEventListener('click', () => this.dialog.close());
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
