/**
 * Registers a custom element once. A second registration of the same tag (two bundles on one page, a
 * hot reload) is ignored instead of throwing, as long as it is the same or a compatible class.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // SSR or Node: nothing to register
  if (customElements.get(tag)) return;
  customElements.define(tag, ctor);
}
