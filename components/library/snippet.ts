import type { Clipping } from '../../utils/store/schema';
import { matchRanges, snippetAround } from '../../utils/store/tokenize';

/**
 * The line a search result shows under its title: where the words occur in the text,
 * else in a quote, a speaker, a note or a tag, prefixed with where it was found.
 */
export function snippetFor(clipping: Clipping, terms: readonly string[]): string {
  if (!terms.length) return '';
  const fromText = snippetAround(clipping.text, terms);
  if (fromText) return fromText;
  const places: Array<[string, string]> = [
    ...clipping.findings.flatMap((f): Array<[string, string]> =>
      f.kind === 'quote' ? [['Quote', `“${f.text}” — ${f.speaker ?? 'unattributed'}`]] : [],
    ),
    ['Note', clipping.note ?? ''],
    ...(clipping.flags ?? []).map((s): [string, string] => ['Flag note', s.note]),
    ...(clipping.annotations ?? []).map((a): [string, string] => ['Highlight note', a.note]),
    ['Tags', clipping.tags.join(', ')],
  ];
  for (const [label, value] of places) {
    if (value && matchRanges(value, terms).length) return `${label}: ${snippetAround(value, terms)}`;
  }
  return '';
}
