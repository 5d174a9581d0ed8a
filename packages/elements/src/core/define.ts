/**
 * Registers a custom element once. A second registration of the same tag (two bundles on one page, a
 * hot reload) does not throw: the first definition is kept, and when the second one is a different
 * class (another copy or version of this package) a warning says so, because the page then runs
 * whichever copy registered first.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  // Node has no custom elements; Lit's Node build puts a stand-in `customElements` on globalThis
  // (for server rendering), but without a DOM (no `CustomElementRegistry`) there is nothing to register.
  if (typeof customElements === 'undefined' || typeof CustomElementRegistry === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor) {
    console.warn(
      `[paylink] <${tag}> is already defined by another class (a second copy of @paylink/elements on the page?); the first definition is kept.`,
    );
  }
}
