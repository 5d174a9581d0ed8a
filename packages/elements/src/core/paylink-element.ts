import { LitElement } from 'lit';
import type { PaylinkEventMap } from './events.ts';
import { hostStyles } from './host-styles.ts';

/** Options of {@link PaylinkElement.emit}. */
export interface EmitOptions {
  /** Lets a listener call `preventDefault()`; `emit` then returns `false`. */
  cancelable?: boolean;
}

/**
 * The base of every Paylink element: shared host styles, the `lang` attribute, and a typed `emit()`
 * whose events always bubble and cross shadow roots, so a merchant can listen on any ancestor.
 */
export class PaylinkElement extends LitElement {
  static override properties = {
    lang: { type: String, reflect: true },
  };

  static override styles = [hostStyles];

  /** The language of this element (BCP 47, e.g. `nl` or `fr-BE`); overrides the provider's and the page's. */
  declare lang: string;

  /**
   * Fires a typed, bubbling, composed `CustomEvent`. Returns `false` when a listener cancelled it
   * (only possible with `cancelable: true`).
   */
  protected emit<K extends keyof PaylinkEventMap & string>(
    type: K,
    detail: PaylinkEventMap[K],
    options: EmitOptions = {},
  ): boolean {
    const event = new CustomEvent<PaylinkEventMap[K]>(type, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    return this.dispatchEvent(event);
  }
}
