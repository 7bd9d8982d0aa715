// Headings of a list of other stories inside the article block: "Trending", "Most read", "Related stories".
const LIST_HEADING =
  /^(?:trending(?: now| stories)?|most (?:read|popular|viewed|shared)|popular(?: now| stories)?|related(?: stories| articles| coverage| content)?|more (?:stories|news|from [\p{L} ]{1,30})|recommended(?: for you)?|you (?:may|might) also like|top stories|editor'?s picks|what to read next|latest(?: news| stories)?|read next|don't miss|in other news)$/iu;
// A kicker above a teaser's headline: a few words in capitals ("TIME TRAVELLER", "‘NAÏVE AND TRUSTING’").
const KICKER = /^(?=[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu})[^\p{Ll}]{3,60}$/u;
// A line that ends a sentence (a paragraph of the story) rather than a headline.
const SENTENCE_END = /(?:[.!:;,…]["”’»)]*|\))$/;
const HEADLINE_WORDS = 20;
/** Headlines in a row, with no kicker or heading above them, that make a list of other stories. */
const HEADLINE_RUN = 4;
/** Words a teaser's headline has at least when it stands in such a run ("Prince Andrew: BT and three universities..."). */
const RUN_HEADLINE_WORDS = 5;

type Line = { start: number; text: string };

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let at = 0; at <= text.length;) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(at, end).trim();
    if (line) lines.push({ start: at, text: line });
    at = end + 1;
  }
  return lines;
}

const words = (line: string): number => line.split(/\s+/).length;

/** A teaser's headline: a short line of three or more words that does not end a sentence. */
function headlineLike(line: string): boolean {
  const n = words(line);
  return n >= 3 && n <= HEADLINE_WORDS && !SENTENCE_END.test(line) && !KICKER.test(line);
}

/**
 * Starts of the lines that are teasers of other stories left inside the article text: the
 * headlines under a list heading ("Trending", "Most read"), and runs of kicker and headline
 * pairs ("TIME TRAVELLER" / "Conspiracy theorists say they've spotted Greta Thunberg in
 * 120-year-old pic"). Their figures are other stories' figures. A subheading in capitals
 * followed by a paragraph of the story is no teaser: a paragraph ends its sentences.
 */
export function teaserLines(text: string): Set<number> {
  const out = new Set<number>();
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    if (LIST_HEADING.test(line.text)) {
      // The headlines under the heading, up to the first line that is not one.
      for (let j = i + 1; j < lines.length && headlineLike(lines[j]?.text ?? ''); j += 1) out.add(lines[j]?.start ?? 0);
      continue;
    }
    // Four headlines in a row, none ending a sentence: a story's paragraphs end theirs, and
    // a subheading stands alone above its paragraph.
    let k = i;
    while (k < lines.length && headlineLike(lines[k]?.text ?? '') && words(lines[k]?.text ?? '') >= RUN_HEADLINE_WORDS)
      k += 1;
    if (k - i >= HEADLINE_RUN) {
      for (let n = i; n < k; n += 1) out.add(lines[n]?.start ?? 0);
      i = k - 1;
      continue;
    }
    // Kicker, headline, kicker, headline...: two pairs or more make a list.
    let j = i;
    const run: number[] = [];
    while (KICKER.test(lines[j]?.text ?? '') && headlineLike(lines[j + 1]?.text ?? '')) {
      run.push(lines[j]?.start ?? 0, lines[j + 1]?.start ?? 0);
      j += 2;
      // A one- or two-word line between pairs ("Warning", a share count) does not end the list.
      if (!KICKER.test(lines[j]?.text ?? '') && words(lines[j]?.text ?? '') <= 2 && lines[j]) j += 1;
    }
    if (run.length >= 4) {
      for (const start of run) out.add(start);
      i = j - 1;
    }
  }
  return out;
}
