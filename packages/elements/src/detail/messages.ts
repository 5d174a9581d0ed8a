import type { TOptions } from 'i18next';
import type { LocaleBundle, Messages } from '../i18n/i18n.ts';
import en, { type DetailKey } from './locales/en.ts';

/**
 * The detail's translations: English bundled, every other language a separate module loaded the
 * first time a detail shows it.
 */
export const detailMessages: LocaleBundle = {
  namespace: 'paylink-detail',
  en: en as Messages,
  loaders: {
    ar: () => import('./locales/ar.ts'),
    de: () => import('./locales/de.ts'),
    es: () => import('./locales/es.ts'),
    fr: () => import('./locales/fr.ts'),
    it: () => import('./locales/it.ts'),
    nl: () => import('./locales/nl.ts'),
    pt: () => import('./locales/pt.ts'),
  },
};

/** Translates a key of the detail's English messages (a typo is a type error, not a blank label). */
export type Translate = (key: DetailKey, options?: TOptions) => string;

/** Languages a link can be set to (the pay page's, minus right-to-left ones it does not send in yet). */
export const LINK_LANGUAGES = ['en', 'nl', 'fr', 'de', 'it', 'es', 'pt'] as const;

export type { DetailKey };
