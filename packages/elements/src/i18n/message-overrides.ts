/**
 * Strings a page sets at run time with {@link setMessages}: a component's wording changed, or a
 * language it does not ship added.
 *
 * This module is tiny and imports neither i18next nor Lit (only types), because the script-tag
 * loader imports it and a page calls `setMessages` before any component's code has loaded. The
 * strings wait here until a component's i18next instance is created (it applies them all then, and
 * every later one at once, see `i18n.ts`).
 * @module
 */
import type createFormEn from '../create-form/locales/en.ts';
import type detailEn from '../detail/locales/en.ts';
import type importEn from '../import/locales/en.ts';
import type listEn from '../list/locales/en.ts';
import type payPageEn from '../pay-page/locales/pay-page-en.ts';
import type { Messages, PluralForm } from './i18n.ts';

/** Each component's English messages, by the name `setMessages` takes (its tag without `paylink-`). */
export interface ComponentMessages {
  list: typeof listEn;
  detail: typeof detailEn;
  'create-form': typeof createFormEn;
  import: typeof importEn;
  'pay-page': typeof payPageEn;
}

/** A component whose strings can be set: `'list' | 'detail' | 'create-form' | 'import' | 'pay-page'`. */
export type MessageComponent = keyof ComponentMessages;

/** The plural forms of each plural key of `E` (`total_one` → `total_zero` … `total_other`). */
type PluralKeys<E> = {
  [K in keyof E & string]: K extends `${infer Base}_${PluralForm}` ? `${Base}_${PluralForm}` : never;
}[keyof E & string];

/**
 * Messages that override English messages `E` or add a language: any subset of its keys, nested as
 * in English, each a string; a plural key may take every form a language has (`total_few`). A key
 * English does not have is a type error.
 */
export type MessageOverrides<E> = {
  [K in keyof E | PluralKeys<E>]?: K extends keyof E
    ? E[K] extends string
      ? string
      : MessageOverrides<E[K]>
    : string;
};

type Listener = (namespace: string, locale: string) => void;

/**
 * What is kept on `globalThis`: every copy of the elements on a page (the script-tag loader and an
 * npm bundle, say) reads and writes the same strings. Its shape is shared between versions, so it
 * only ever grows.
 */
interface Registry {
  /** i18next namespace → canonical language tag → the merged messages set for it. */
  messages: Map<string, Map<string, Messages>>;
  /** Called after each `setMessages` with the namespace and tag it changed. */
  listeners: Set<Listener>;
}

const KEY = Symbol.for('paylink-elements.messages');
const COMPONENTS: readonly string[] = ['list', 'detail', 'create-form', 'import', 'pay-page'];

function registry(): Registry {
  const scope = globalThis as { [KEY]?: Registry };
  scope[KEY] ??= { messages: new Map(), listeners: new Set() };
  return scope[KEY];
}

/** Deep-merges `source` into `target` (both plain objects of strings), copying, so later edits of `source` do nothing. */
function merge(target: Messages, source: object): Messages {
  for (const [key, value] of Object.entries(source)) {
    if (key === '__proto__') continue;
    if (typeof value === 'string') target[key] = value;
    else if (value && typeof value === 'object') {
      const inner = target[key];
      target[key] = merge(typeof inner === 'object' ? inner : {}, value);
    } else throw new TypeError(`setMessages: "${key}" must be a string`);
  }
  return target;
}

/**
 * Sets strings of one component in one language, on every element of that component on the page,
 * now and later; elements already shown re-render.
 *
 * - For a language the component ships (`en`, `nl`, …) the given keys replace its own; the rest
 *   stay. They survive that language's lazy download.
 * - For a language it does not ship (`pl`, `he`, …) the messages make it a language the component
 *   speaks (chosen by `lang` like any other; the pay page lists it in its Language select). Keys
 *   left out fall back to English; plural keys take the forms of the language (`Intl.PluralRules`:
 *   Polish `_one _few _many _other`); the direction follows the language (`he` is right to left).
 *
 * Calls add up (a key set twice keeps the last value). It works before any component has loaded,
 * so a page may call it first thing.
 *
 * @param component the component: `'list'`, `'detail'`, `'create-form'`, `'import'` or `'pay-page'`
 * @param locale a BCP 47 language tag, e.g. `en`, `nl`, `pl`, `pt-BR`
 * @param messages keys of the component's English messages (nested as there), each a string
 * @throws {TypeError} for an unknown component or a value that is not a string or an object
 * @throws {RangeError} for a string that is not a language tag
 *
 * @example
 * setMessages('list', 'en', { newLink: 'Create a link', column: { customer: 'Client' } });
 */
export function setMessages<C extends MessageComponent>(
  component: C,
  locale: string,
  messages: MessageOverrides<ComponentMessages[C]>,
): void {
  if (!COMPONENTS.includes(component)) throw new TypeError(`setMessages: unknown component "${component}"`);
  // Throws a RangeError for a tag that is not one (or none); `pt_br` and `PT-br` both become `pt-BR`.
  const [tag] = Intl.getCanonicalLocales(locale.replace('_', '-')) as [string];
  const namespace = `paylink-${component}`;
  const { messages: all, listeners } = registry();
  const byLocale = all.get(namespace) ?? new Map<string, Messages>();
  all.set(namespace, byLocale);
  byLocale.set(tag, merge(byLocale.get(tag) ?? {}, messages));
  for (const listener of listeners) listener(namespace, tag);
}

/** The messages set so far: i18next namespace (`paylink-list`) → canonical language tag → messages. */
export function messageOverrides(): ReadonlyMap<string, ReadonlyMap<string, Messages>> {
  return registry().messages;
}

/** Calls `listener` after each {@link setMessages} with the namespace and tag it changed; returns the unsubscribe. */
export function onMessageOverrides(listener: Listener): () => void {
  const { listeners } = registry();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
