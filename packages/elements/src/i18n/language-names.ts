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

/**
 * `tag` named in itself: from {@link LANGUAGE_NAMES}, else from `Intl.DisplayNames` (a language a
 * page added with `setMessages`: `pl` → "polski"), else the tag.
 */
export function languageName(tag: string): string {
  const known = LANGUAGE_NAMES[tag];
  if (known) return known;
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
