/**
 * Copies `text` to the clipboard: the Clipboard API first, then (where it is missing or refused, such
 * as a plain-http intranet page) the selected text of `fallback`, an input showing the same text,
 * through `execCommand('copy')`. Resolves `false` when neither worked; the text is then left
 * selected in `fallback`, so the person can copy it with the keyboard.
 */
export async function copyText(text: string, fallback?: HTMLInputElement | null): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused (no permission, not focused, insecure context): try the old way
  }
  if (!fallback) return false;
  fallback.focus();
  fallback.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
