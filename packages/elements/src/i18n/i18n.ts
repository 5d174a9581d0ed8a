import { createInstance, type i18n } from 'i18next';
import { messageOverrides, onMessageOverrides } from './message-overrides.ts';
import { primaryLanguage } from './resolve-locale.ts';

/** The messages of one component in one language: nested objects of strings. */
export interface Messages {
  [key: string]: string | Messages;
}

/** The plural forms i18next adds to a key (`total_one`, `total_other`, …), per language. */
export type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** The shape every other language's messages have: the English keys, each a string. */
export type Translated<E> = { [K in keyof E]: E[K] extends string ? string : Translated<E[K]> };

/**
 * A language's messages for English messages `E`: every English key as a string, plus the plural
 * forms its language has and English lacks (Arabic: `_zero`, `_two`, `_few`, `_many`).
 */
export type LocaleMessages<E> = Translated<E> & {
  [key: `${string}_${Exclude<PluralForm, 'one' | 'other'>}`]: string;
};

/**
 * The translations of one component: English bundled (the fallback, always there, and the source of
 * the keys every other language must have) and a loader per other language, so a page downloads only
 * the languages it shows.
 */
export interface LocaleBundle<E extends Messages = Messages> {
  namespace: string;
  en: E;
  loaders: Readonly<Record<string, () => Promise<{ default: LocaleMessages<E> }>>>;
}

type BaseKey<K extends string> = K extends `${infer Base}_${PluralForm}` ? Base : K;

/** Every key `t()` takes for English messages `E`: nested keys joined by `.`, plural forms without their suffix. */
export type MessageKey<E> = {
  [K in keyof E & string]: E[K] extends string ? BaseKey<K> : `${K}.${MessageKey<E[K]>}`;
}[keyof E & string];

/** The English text of `key` (each of its plural forms). */
type MessageText<E, Key extends string> = Key extends `${infer Head}.${infer Rest}`
  ? Head extends keyof E
    ? MessageText<E[Head], Rest>
    : never
  : {
      [K in keyof E & string]: BaseKey<K> extends Key ? (E[K] extends string ? E[K] : never) : never;
    }[keyof E & string];

/** The names of the `{{name}}` / `{{name, format}}` placeholders in `Text`. */
type Placeholders<Text> = Text extends `${string}{{${infer Inside}}}${infer Rest}`
  ? (Inside extends `${infer Name},${string}` ? Name : Inside) | Placeholders<Rest>
  : never;

/** The interpolation values `key` needs: one per placeholder, `count` a number. */
export type MessageValues<E, Key extends string> = {
  [P in Placeholders<MessageText<E, Key>>]: P extends 'count' ? number : string | number;
};

/** `t()`'s arguments after the key: the values when the message has placeholders, else nothing. */
export type TranslateArgs<E, Key extends string> = [Placeholders<MessageText<E, Key>>] extends [never]
  ? []
  : [values: MessageValues<E, Key>];

/**
 * Translates a key of English messages `E`: only keys English has are accepted, with exactly the
 * interpolation values its text asks for.
 */
export type Translate<E> = <Key extends MessageKey<E>>(key: Key, ...values: TranslateArgs<E, Key>) => string;

let instance: i18n | undefined;

/**
 * The SDK's own i18next instance. It is private (never the host page's global `i18next`), created
 * on first use so importing a component has no side effects, and initialised synchronously because
 * English is bundled and the IIFE build cannot hold a top-level await. It takes the strings a page
 * set with `setMessages` (before it existed, and each one after at once).
 */
export function getI18n(): i18n {
  if (!instance) {
    const created = createInstance();
    void created.init({
      initAsync: false,
      lng: 'en',
      fallbackLng: 'en',
      resources: {},
      // Lit escapes every interpolated value and nothing is rendered as HTML, so i18next must not
      // escape a second time (a title "R&D" would show as "R&amp;D").
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    instance = created;
    onMessageOverrides((namespace, locale) => applyOverrides(created, namespace, locale));
    for (const [namespace, byLocale] of messageOverrides()) {
      for (const locale of byLocale.keys()) applyOverrides(created, namespace, locale);
    }
  }
  return instance;
}

/** Puts the page's strings for `namespace` in `locale` over whatever the instance has. */
function applyOverrides(i18n: i18n, namespace: string, locale: string): void {
  const messages = messageOverrides().get(namespace)?.get(locale);
  if (messages) i18n.addResourceBundle(locale, namespace, messages, true, true);
}

/** `namespace:locale` of the shipped messages added to the instance (the page's own may be there before them). */
const shipped = new Set<string>();
const pending = new Map<string, Promise<void>>();

/** Adds a component's own messages for `locale`, keeping the page's strings on top. */
function addShipped(i18n: i18n, namespace: string, locale: string, messages: object): void {
  i18n.addResourceBundle(locale, namespace, messages, true, true);
  applyOverrides(i18n, namespace, locale);
  shipped.add(`${namespace}:${locale}`);
}

/** The languages `bundle` has: English, each one it ships, and each one the page added with `setMessages`. */
export function languagesOf(bundle: LocaleBundle): string[] {
  const languages = new Set(['en', ...Object.keys(bundle.loaders)]);
  for (const locale of messageOverrides().get(bundle.namespace)?.keys() ?? []) languages.add(locale);
  return [...languages];
}

/** The shipped modules `locale` needs: its own and its language's (`pt-BR` → `pt`), when `bundle` has them. */
function shippedModules(bundle: LocaleBundle, locale: string): string[] {
  const tags = new Set([locale, primaryLanguage(locale)]);
  return [...tags].filter((tag) => Object.hasOwn(bundle.loaders, tag));
}

/** Whether `locale`'s messages can be shown at once (English and page-added languages always can). */
export function isLocaleReady(bundle: LocaleBundle, locale: string): boolean {
  return shippedModules(bundle, locale).every((tag) => shipped.has(`${bundle.namespace}:${tag}`));
}

/** Adds `bundle`'s English messages (bundled, so synchronously) the first time; then does nothing. */
export function ensureEnglish(bundle: LocaleBundle): void {
  if (!shipped.has(`${bundle.namespace}:en`)) addShipped(getI18n(), bundle.namespace, 'en', bundle.en);
}

/** Makes sure `bundle`'s messages for `locale` are loaded; resolves at once when they are. */
export function ensureLocale<E extends Messages>(bundle: LocaleBundle<E>, locale: string): Promise<void> {
  const i18n = getI18n();
  ensureEnglish(bundle);
  const loads = shippedModules(bundle, locale).map((tag) => loadShipped(i18n, bundle, tag));
  return loads.length === 0 ? Promise.resolve() : Promise.all(loads).then(() => undefined);
}

function loadShipped(i18n: i18n, bundle: LocaleBundle, locale: string): Promise<void> {
  const key = `${bundle.namespace}:${locale}`;
  if (shipped.has(key)) return Promise.resolve();
  let loading = pending.get(key);
  if (!loading) {
    loading = (bundle.loaders[locale] as () => Promise<{ default: object }>)().then(
      (module) => {
        pending.delete(key);
        addShipped(i18n, bundle.namespace, locale, module.default);
      },
      (error: unknown) => {
        // A language that failed to download falls back to English; a later attempt may succeed.
        pending.delete(key);
        console.warn(`[paylink] could not load the "${locale}" messages`, error);
      },
    );
    pending.set(key, loading);
  }
  return loading;
}
