type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever `<html lang>` changes, so elements that follow the page's language
 * re-render when a portal switches it. One observer serves every element.
 */
export function observeHtmlLang(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const notify of listeners) notify();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
