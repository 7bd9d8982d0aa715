/**
 * Links back to a finding's place on the source page with a URL text fragment
 * (`#:~:text=prefix-,start,end,-suffix`, https://wicg.github.io/scroll-to-text-fragment/),
 * built from the finding's TextQuoteSelector. Browsers without support open the page top.
 */
import { safeUrl } from '../analysis/resolve-url';
import { CONTEXT_CHARS } from '../analysis/selectors';
import type { Finding, TextQuoteSelector } from '../analysis/types';

/** Words of context either side: enough to pick the right "800,000", short enough to survive edits. */
const CONTEXT_WORDS = 3;
/** Longer quotes are linked by their first and last words (textStart,textEnd). */
const MAX_EXACT_WORDS = 10;
const EDGE_WORDS = 5;

/**
 * Percent-encodes one directive part. encodeURIComponent leaves `-` (and `!'()*~`) alone,
 * but `-`, `&` and `,` are the directive's own syntax, and parentheses would end a
 * Markdown link early.
 */
export function encodeFragmentPart(text: string): string {
  const encoded = encodeURIComponent(text);
  return UNSAFE.test(encoded) ? encoded.replace(UNSAFE_ALL, (c) => ESCAPES[c]!) : encoded;
}

const UNSAFE = /[-!'()*~]/;
const UNSAFE_ALL = /[-!'()*~]/g;
const ESCAPES: Record<string, string> = Object.fromEntries(
  [..."-!'()*~"].map((c) => [c, `%${c.charCodeAt(0).toString(16).toUpperCase()}`]),
);

const words = (text: string) => {
  const list = text.split(/\s+/);
  // Only a leading or trailing space leaves an empty word, at either end.
  if (list[0] === '') list.shift();
  if (list[list.length - 1] === '') list.pop();
  return list;
};

/** Context is only useful when it has letters or digits: "“" alone matches anywhere. */
const meaningful = (text: string) => /[\p{L}\p{N}]/u.test(text);

function prefixWords(prefix: string): string {
  const newline = prefix.lastIndexOf('\n');
  const list = words(prefix.slice(newline + 1));
  // A full-length prefix was cut from the text mid-way: its first word may be half a word.
  if (newline < 0 && prefix.length >= CONTEXT_CHARS && !/^\s/.test(prefix)) list.shift();
  return list.slice(-CONTEXT_WORDS).join(' ');
}

function suffixWords(suffix: string): string {
  const newline = suffix.indexOf('\n');
  const list = words(newline < 0 ? suffix : suffix.slice(0, newline));
  if (newline < 0 && suffix.length >= CONTEXT_CHARS && !/\s$/.test(suffix)) list.pop();
  return list.slice(0, CONTEXT_WORDS).join(' ');
}

/** The `text=` directive for a quote selector, already encoded; null when it has no words. */
export function textDirective(selector: TextQuoteSelector): string | null {
  const exact = selector.exact.trim();
  if (!meaningful(exact)) return null;
  const all = words(exact);
  const parts: string[] = [];
  const prefix = prefixWords(selector.prefix);
  if (meaningful(prefix)) parts.push(`${encodeFragmentPart(prefix)}-`);
  if (all.length > MAX_EXACT_WORDS || /\n/.test(exact)) {
    // A range must start and end inside one block of text each: cut at the first/last line break.
    const first = words(exact.slice(0, exact.includes('\n') ? exact.indexOf('\n') : undefined));
    const last = words(exact.slice(exact.lastIndexOf('\n') + 1));
    parts.push(encodeFragmentPart(first.slice(0, EDGE_WORDS).join(' ')));
    parts.push(encodeFragmentPart(last.slice(-EDGE_WORDS).join(' ')));
  } else {
    parts.push(encodeFragmentPart(all.join(' ')));
  }
  const suffix = suffixWords(selector.suffix);
  if (meaningful(suffix)) parts.push(`-${encodeFragmentPart(suffix)}`);
  return `text=${parts.join(',')}`;
}

/** `pageUrl` with any fragment replaced by a text fragment pointing at the finding, or null. */
export function textFragmentLink(pageUrl: string, finding: Pick<Finding, 'selectors'>): string | null {
  // As the URL parser writes it: a tab or newline inside the stored address never reaches the link.
  const url = safeUrl(pageUrl);
  if (!url) return null;
  const quote = finding.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const directive = quote ? textDirective(quote) : null;
  if (!directive) return null;
  const hash = url.indexOf('#');
  return `${hash < 0 ? url : url.slice(0, hash)}#:~:${directive}`;
}
