/**
 * The script-tag loader, built to `dist/paylink-elements.js` (ES module) and
 * `dist/paylink-elements.iife.js` (classic script; these exports are the global `PaylinkElements`).
 * It holds no component: it defines each `paylink-*` tag the first time the page uses it, by
 * importing `components/<tag>.js` from the folder it was loaded from, so a page downloads only the
 * components it shows.
 * @module
 */
import { startLoader } from '../loader/loader.ts';

// The IIFE build replaces `import.meta.url` with the classic script's own `src`.
const loader = startLoader(new URL('./', import.meta.url).href);

/**
 * Defines the given tags now instead of on first use (`preload('paylink-detail')` before opening a
 * panel). Resolves when all are defined.
 */
export const preload: (...tags: string[]) => Promise<void> = loader.preload;

/** Defines the Paylink elements under a root the loader cannot see by itself (a closed shadow root). */
export const discover: (root: Document | DocumentFragment | Element) => Promise<void> = loader.discover;

/** The tags the loader defines on first use. */
export const tags: readonly string[] = loader.tags;

/** Overrides an element's texts or adds a language, before or after its code is loaded. */
export { setMessages } from '../i18n/message-overrides.ts';
export type { PaylinkLoader } from '../loader/loader.ts';
