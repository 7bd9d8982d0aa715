/**
 * URL checks shared by the engine, the sanitizer, the export and the panel: one place
 * decides what counts as a web address we may link to or load.
 */

/** `href` made absolute against `base` (when given); null when blank or unparseable. */
export function resolveUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  const trimmed = href?.trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed, base ?? undefined).href;
  } catch {
    return null;
  }
}

/**
 * `value` resolved against `base` when it is an http(s) address, else null: javascript:,
 * data: (images too), blob:, mailto: and relative leftovers without a base all go.
 */
export function safeUrl(value: string | null | undefined, base?: string | null): string | null {
  const url = resolveUrl(value, base);
  return url && /^https?:/i.test(url) ? url : null;
}

/** Whether `value` is an absolute http(s) address, safe as a link or an image source. */
export function isHttpUrl(value: string | null | undefined): value is string {
  return safeUrl(value) !== null;
}
