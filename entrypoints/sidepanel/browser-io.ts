/** Small browser-side helpers for the panel's glue: files, clipboard, sanitizing, error words. */
import { sanitizeHtml } from '../../utils/sanitize';

/** Offers a file from the panel: a Blob URL on a temporary link; no downloads permission needed. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Large zips take a moment to hand over; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Offers `text` as a UTF-8 file of the given MIME type. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Copies text to the clipboard; false when the browser refuses (no focus, no permission). */
export function copyText(text: string): Promise<boolean> {
  return navigator.clipboard.writeText(text).then(
    () => true,
    () => false,
  );
}

/** Article HTML made safe with the panel's own DOM (the store and the engine have none). */
export function cleanHtml(html: string, baseUrl: string | null): string {
  return sanitizeHtml(html, window, { baseUrl });
}

/** The message to show for an error: a StoreError's plain words, else the error's own. */
export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'userMessage' in error && typeof error.userMessage === 'string') {
    return error.userMessage;
  }
  return error instanceof Error ? error.message : String(error);
}
