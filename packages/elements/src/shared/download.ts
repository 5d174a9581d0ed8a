/**
 * Saves `blob` as `fileName` through a temporary `<a download>`: no new window, no inline script,
 * and the object URL is released once the click has been handled.
 */
export function downloadBlob(blob: Blob, fileName: string, container: Node = document.body): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  container.appendChild(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // Revoking at once can cancel the download in some browsers; a tick later is safe.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
