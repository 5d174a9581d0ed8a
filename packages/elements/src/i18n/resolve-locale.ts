/** Languages written right to left, by primary subtag. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'yi']);

/** `rtl` for right-to-left languages, else `ltr`. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(primaryLanguage(locale)) ? 'rtl' : 'ltr';
}

/** `fr-BE` → `fr`. */
export function primaryLanguage(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * Picks the first candidate a translation exists for: the exact tag, then its language
 * (`fr-BE` → `fr`), then the next candidate; English when none matches. Candidates are in order of
 * preference (element `lang`, provider, `<html lang>`, browser).
 */
export function resolveLocale(
  candidates: readonly (string | null | undefined)[],
  available: readonly string[],
): string {
  const byLower = new Map(available.map((tag) => [tag.toLowerCase(), tag]));
  for (const candidate of candidates) {
    if (!candidate) continue;
    const tag = candidate.trim().replace('_', '-').toLowerCase();
    const exact = byLower.get(tag) ?? byLower.get(primaryLanguage(tag));
    if (exact) return exact;
  }
  return 'en';
}

/** The first usable tag among the candidates, for `Intl` (which understands regions: `fr-BE`). */
export function formattingLocale(
  candidates: readonly (string | null | undefined)[],
  fallback: string,
): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(candidate.trim().replace('_', '-'));
      if (canonical) return canonical;
    } catch {
      // not a valid tag: try the next one
    }
  }
  return fallback;
}
