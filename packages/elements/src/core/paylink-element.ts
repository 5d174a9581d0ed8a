import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { EmitOptions, PaylinkEventDetail, PaylinkEventName } from './events.ts';
import { hostStyles } from './host-styles.ts';

export type { EmitOptions };

/**
 * The base of every Paylink element: shared host styles, the `lang` attribute, and a typed `emit()`
 * whose events always bubble and cross shadow roots, so a merchant can listen on any ancestor.
 *
 * Reactive properties are declared once, with Lit's decorators (`@property()` for public ones,
 * `@state()` for private ones) and their default as the initializer. That works in every tool of
 * this repository because `tsconfig.base.json` sets `experimentalDecorators` and
 * `useDefineForClassFields: false` (with class fields defined natively, esbuild's output would
 * shadow Lit's accessors and the properties would silently stop updating).
 */
export class PaylinkElement extends LitElement {
  static override styles = [hostStyles];

  /** The language of this element (BCP 47, e.g. `nl` or `fr-BE`); overrides the provider's and the page's. */
  @property({ reflect: true }) override lang!: string;

  /**
   * Fires a typed, bubbling, composed `CustomEvent`. Event names and detail types come from the
   * modules in `src/events/` (one per event). Returns `false` when a listener cancelled it (only
   * possible with `cancelable: true`).
   */
  protected emit<K extends PaylinkEventName>(
    type: K,
    detail: PaylinkEventDetail<K>,
    options: EmitOptions = {},
  ): boolean {
    const event = new CustomEvent<PaylinkEventDetail<K>>(type, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    return this.dispatchEvent(event);
  }
}
