import { createInstance, type i18n } from 'i18next';

/** The messages of one component in one language: nested objects of strings. */
export interface Messages {
  [key: string]: string | Messages;
}

/**
 * The translations of one component: English bundled (the fallback, always there) and a loader per
 * other language, so a page downloads only the languages it shows.
 */
export interface LocaleBundle<M extends Messages = Messages> {
  namespace: string;
  en: M;
  loaders: Readonly<Record<string, () => Promise<{ default: M }>>>;
}

let instance: i18n | undefined;

/**
 * The SDK's own i18next instance. It is private (never the host page's global `i18next`), created
 * on first use so importing a component has no side effects, and initialised synchronously because
 * English is bundled and the IIFE build cannot hold a top-level await.
 */
export function getI18n(): i18n {
  if (!instance) {
    instance = createInstance();
    void instance.init({
      initAsync: false,
      lng: 'en',
      fallbackLng: 'en',
      resources: {},
      // Lit escapes every interpolated value and nothing is rendered as HTML, so i18next must not
      // escape a second time (a title "R&D" would show as "R&amp;D").
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance;
}

const pending = new Map<string, Promise<void>>();

/** Makes sure `bundle`'s messages for `locale` are loaded; resolves at once when they are. */
export function ensureLocale(bundle: LocaleBundle, locale: string): Promise<void> {
  const i18n = getI18n();
  if (!i18n.hasResourceBundle('en', bundle.namespace)) {
    i18n.addResourceBundle('en', bundle.namespace, bundle.en);
  }
  if (locale === 'en' || i18n.hasResourceBundle(locale, bundle.namespace)) return Promise.resolve();
  const loader = bundle.loaders[locale];
  if (!loader) return Promise.resolve();
  const key = `${bundle.namespace}:${locale}`;
  let loading = pending.get(key);
  if (!loading) {
    loading = loader().then(
      (module) => {
        i18n.addResourceBundle(locale, bundle.namespace, module.default);
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
