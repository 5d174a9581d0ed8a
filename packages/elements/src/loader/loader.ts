import { isLoadableTag, LOADABLE_TAGS, type LoadableTag } from './tags.ts';

/** What the script-tag bundles (`paylink-elements.js`, `.iife.js`) offer a page. */
export interface PaylinkLoader {
  /**
   * Defines `tags` now instead of on first use, e.g. for an element the page is about to show.
   * Resolves when every one is defined; rejects, naming the tag, on an unknown tag or a chunk that
   * failed to download.
   */
  preload(...tags: string[]): Promise<void>;
  /**
   * Defines the Paylink elements under `root` that are not defined yet. The loader does this by
   * itself for the document and for every shadow root attached after it started; call it for a
   * closed shadow root or one attached before the loader ran.
   */
  discover(root: Document | DocumentFragment | Element): Promise<void>;
  /** The tags this loader can define. */
  readonly tags: readonly LoadableTag[];
  /** Where this loader imports component chunks from. */
  readonly base: string;
}

/** The first loader on a page, shared by every copy of the bundles through this global key. */
const ACTIVE = Symbol.for('paylink-elements.loader');
type LoaderGlobal = typeof globalThis & { [ACTIVE]?: PaylinkLoader };

const UNDEFINED_SELECTOR = LOADABLE_TAGS.map((tag) => `${tag}:not(:defined)`).join(',');
const PROVIDER = 'paylink-provider';

/** Whether the document has a provider that is not defined yet. */
function providerWaiting(): boolean {
  return typeof document !== 'undefined' && document.querySelector(`${PROVIDER}:not(:defined)`) !== null;
}

/** Asks the browser to download a module now, to run it later. */
function preloadHint(href: string): void {
  if (typeof document === 'undefined' || document.querySelector(`link[rel="modulepreload"][href="${href}"]`))
    return;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  document.head.append(link);
}

/**
 * Starts the loader that imports `components/<tag>.js` from `base` the first time a Paylink tag
 * appears: in the document now, added later, or inside a shadow root. With no DOM (Node, SSR) it
 * does nothing. A second loader on the page (two copies or two versions of the bundle) does not
 * start: it hands out the first one, so every element on a page comes from one copy and they share
 * one provider context.
 */
export function startLoader(base: string): PaylinkLoader {
  const scope = globalThis as LoaderGlobal;
  const active = scope[ACTIVE];
  if (active) {
    if (active.base !== base) {
      console.warn(
        `[paylink] the elements loader is on the page twice (${base} and ${active.base}); the first one defines the elements.`,
      );
    }
    return active;
  }
  const loader = createLoader(base);
  scope[ACTIVE] = loader;
  // MutationObserver first: in Node (server-side rendering) `document` is not even looked at.
  if (typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') watch(loader);
  return loader;
}

function createLoader(base: string): PaylinkLoader {
  const loading = new Map<LoadableTag, Promise<void>>();
  const urlOf = (tag: LoadableTag) => new URL(`components/${tag}.js`, base).href;

  const importChunk = (tag: LoadableTag): Promise<void> => {
    if (typeof customElements === 'undefined' || customElements.get(tag)) return Promise.resolve();
    let pending = loading.get(tag);
    if (!pending) {
      const url = urlOf(tag);
      pending = import(/* @vite-ignore */ url).then(
        () => undefined,
        (error: unknown) => {
          loading.delete(tag); // a later use may try again (the network may be back)
          throw new Error(`[paylink] could not load <${tag}> from ${url}`, { cause: error });
        },
      );
      loading.set(tag, pending);
    }
    return pending;
  };

  /**
   * Defines `tags`, the provider first: an element defined before the provider around it would
   * start with no API settings and ask the wrong server once. The others' chunks download meanwhile
   * (`modulepreload`) and run as soon as the provider is defined.
   */
  const load = async (tags: Iterable<LoadableTag>): Promise<void> => {
    const wanted = [...new Set(tags)];
    const provider =
      wanted.includes(PROVIDER) || loading.has(PROVIDER) || providerWaiting()
        ? importChunk(PROVIDER)
        : undefined;
    const others = wanted.filter((tag) => tag !== PROVIDER);
    if (provider) {
      for (const tag of others) preloadHint(urlOf(tag));
      await provider;
    }
    await Promise.all(others.map(importChunk));
  };

  return {
    base,
    tags: LOADABLE_TAGS,
    async preload(...tags) {
      const unknown = tags.filter((tag) => !isLoadableTag(tag));
      if (unknown.length > 0) {
        throw new Error(
          `[paylink] unknown element ${unknown.join(', ')}; known: ${LOADABLE_TAGS.join(', ')}`,
        );
      }
      await load(tags as LoadableTag[]);
    },
    async discover(root) {
      const found = new Set<LoadableTag>();
      if (root instanceof Element && isLoadableTag(root.localName) && !root.matches(':defined')) {
        found.add(root.localName);
      }
      for (const element of root.querySelectorAll(UNDEFINED_SELECTOR)) {
        if (isLoadableTag(element.localName)) found.add(element.localName);
      }
      await load(found);
    },
  };
}

/**
 * Finds tags as they appear: the document and its open shadow roots now, then every added node
 * and every shadow root attached from now on (the page's own components' included), which a
 * MutationObserver on the document cannot see into.
 */
function watch(loader: PaylinkLoader): void {
  const report = (error: unknown) => console.error(error);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) loader.discover(node).catch(report);
      }
    }
  });
  const follow = (root: Document | ShadowRoot) => {
    observer.observe(root, { childList: true, subtree: true });
    loader.discover(root).catch(report);
  };

  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadowAndFollow(this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    follow(root);
    return root;
  };

  const followTree = (root: Document | ShadowRoot) => {
    follow(root);
    // Shadow roots attached before the loader ran (the page's own components defined earlier).
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const { shadowRoot } = node as Element;
      if (shadowRoot) followTree(shadowRoot);
    }
  };
  followTree(document);
}
