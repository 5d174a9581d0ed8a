/**
 * Each language the elements speak, named in itself: a person looks for the language they read, not
 * its name in the language currently shown. Used by every Language select.
 */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  nl: 'Nederlands',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  es: 'Español',
  pt: 'Português',
  ar: 'العربية',
};
