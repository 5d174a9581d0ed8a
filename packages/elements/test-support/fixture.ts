import type { LitElement } from 'lit';

const mounted = new Set<Element>();

/**
 * Mounts `markup`'s first element in the document and waits for its first render. Elements are
 * created from markup (not `new`) so tests go through the same attribute parsing a merchant's page does.
 */
export async function fixture<T extends LitElement>(
  markup: string,
  container: HTMLElement = document.body,
): Promise<T> {
  // Test-only markup written in the test file, never user data.
  const element = document.createRange().createContextualFragment(markup.trim())
    .firstElementChild as T | null;
  if (!element) throw new Error('fixture: no element in markup');
  container.append(element);
  mounted.add(element);
  await element.updateComplete;
  return element;
}

/** Removes every element mounted by {@link fixture}; call it in `afterEach`. */
export function cleanupFixtures(): void {
  for (const element of mounted) element.remove();
  mounted.clear();
}

/** Resolves when `predicate` holds, polling each animation frame; fails after `timeoutMs`. */
export async function waitUntil(
  predicate: () => boolean,
  message = 'condition',
  timeoutMs = 5000,
): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`waitUntil timed out: ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Resolves with the next `type` event fired on (or bubbling to) `target`. */
export function nextEvent<T extends Event = CustomEvent>(target: EventTarget, type: string): Promise<T> {
  return new Promise((resolve) => target.addEventListener(type, (e) => resolve(e as T), { once: true }));
}

/** The element's shadow root, asserting it exists. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}
