/**
 * Puts `text` on the clipboard. The asynchronous Clipboard API is tried first; where it is missing or
 * refused (an insecure page, a denied permission) the text of `field`, an input showing the same
 * text, is selected and copied the old way. Resolves whether it worked; when it did not, the text is
 * left selected in `field` so the person can copy it with the keyboard.
 */
export async function copyText(text: string, field?: HTMLInputElement | null): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // refused: fall back to selecting the field
    }
  }
  if (!field) return false;
  field.focus();
  field.setSelectionRange(0, field.value.length);
  try {
    // Deprecated but still the only synchronous way where the Clipboard API is not allowed.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
