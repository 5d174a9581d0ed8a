import type { LocaleBundle, Translate } from '../i18n/i18n.ts';
import en from './locales/en.ts';

/**
 * The list's translations: English bundled, every other language a separate module loaded the
 * first time a list shows it.
 */
export const listMessages: LocaleBundle<typeof en> = {
  namespace: 'paylink-list',
  en,
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

/** Translates a key of the list's English messages (see {@link Translate}). */
export type ListTranslate = Translate<typeof en>;
