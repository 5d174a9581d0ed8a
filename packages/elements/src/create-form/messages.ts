import type { LocaleBundle, Messages } from '../i18n/i18n.ts';
import en from './locales/en.ts';

/**
 * The create form's translations: English bundled, every other language a separate module loaded
 * the first time a form shows it.
 */
export const createFormMessages: LocaleBundle = {
  namespace: 'paylink-create-form',
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
