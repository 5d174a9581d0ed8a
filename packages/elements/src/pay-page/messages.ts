import type { LocaleBundle, Translate } from '../i18n/i18n.ts';
import en from './locales/pay-page-en.ts';

/**
 * The pay page's translations: English bundled, every other language a lazily loaded module (its
 * own small chunk), so a customer downloads only the language they read.
 */
export const payPageMessages: LocaleBundle<typeof en> = {
  namespace: 'paylink-pay-page',
  en,
  loaders: {
    nl: () => import('./locales/pay-page-nl.ts'),
    fr: () => import('./locales/pay-page-fr.ts'),
    de: () => import('./locales/pay-page-de.ts'),
    it: () => import('./locales/pay-page-it.ts'),
    es: () => import('./locales/pay-page-es.ts'),
    pt: () => import('./locales/pay-page-pt.ts'),
    ar: () => import('./locales/pay-page-ar.ts'),
  },
};

export { LANGUAGE_NAMES } from '../i18n/language-names.ts';

/** Translates a key of the pay page's English messages (see {@link Translate}). */
export type PayPageTranslate = Translate<typeof en>;
