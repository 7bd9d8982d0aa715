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
