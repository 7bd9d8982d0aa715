import { matchRanges } from '../../utils/store/tokenize';

type Props = { text: string; terms: readonly string[] };

/**
 * Text with the search terms marked. Stored text only ever becomes text nodes and <mark>
 * elements here: never HTML, so a title like "<img onerror>" stays words on screen.
 */
export function Highlighted({ text, terms }: Props) {
  const ranges = matchRanges(text, terms);
  if (!ranges.length) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
