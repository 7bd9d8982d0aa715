/**
 * Pairs quotation marks into spans in one pass over the text. Double marks
 * (curly, straight, guillemets, German „“) and single marks (‘’ and ') are paired
 * separately, then nested spans are dropped in favour of the outer one.
 */

/** One quoted stretch. `start`/`end` hold the words, `open`/`close` include the marks. */
export type QuoteSpan = {
  open: number;
  start: number;
  end: number;
  close: number;
  style: 'double' | 'single' | 'block';
};

type Range = { start: number; end: number };

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const OPENERS_DOUBLE = new Set(['“', '"', '«', '„', '”']);
const OPENERS_SINGLE = new Set(['‘', "'", '’']);
/** Straight-apostrophe elisions that would otherwise open a quote: 'em, 'til, '90s... */
const ELISION = /^'(?:em|til|tis|twas|cause|n'|\d\d)/i;

const isLetter = (ch: string | undefined): boolean => !!ch && LETTER.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === undefined || SPACE.test(ch);

/** Paragraph ranges; any newline ends a paragraph for pairing purposes. */
export function paragraphsOf(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

function firstNonSpace(text: string, p: Range): number {
  let i = p.start;
  while (i < p.end && SPACE.test(text[i] ?? '')) i++;
  return i;
}

function trimEnd(text: string, end: number, floor: number): number {
  while (end > floor && SPACE.test(text[end - 1] ?? '')) end--;
  return end;
}

type Open = { pos: number; kind: string; depth: number; width: number };

/** Doubled single marks (‘‘…’’, ''…'') stand for double ones in some wire copy. */
const DOUBLE_MARKS = /‘‘|’’|''|["“«„”»]/g;
const DOUBLED: Record<string, string> = { '‘‘': '“', '’’': '”', "''": '"' };
const SINGLE_MARKS = /[‘’']/g;

/** Offsets of every character the global `re` matches, in order: the scans below visit only these. */
function positionsOf(text: string, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

/** A read position in `positionsOf` output, moved forward only, so all paragraphs together cost one pass. */
type Cursor = { marks: number[]; k: number };

/** Moves the cursor to the first mark at or after `from`. */
function seek(cursor: Cursor, from: number): void {
  while (cursor.k < cursor.marks.length && (cursor.marks[cursor.k] ?? 0) < from) cursor.k++;
}

/** Double-mark spans; an unclosed quote runs on when the next paragraph opens again, else stops at its paragraph end. */
function doubleSpans(text: string, paragraphs: Range[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const cursor: Cursor = { marks: positionsOf(text, DOUBLE_MARKS), k: 0 };
  let open: Open | null = null;
  paragraphs.forEach((p, index) => {
    seek(cursor, open ? firstNonSpace(text, p) + 1 : p.start); // continuation mark already checked
    for (; cursor.k < cursor.marks.length; cursor.k++) {
      const i = cursor.marks[cursor.k] ?? 0;
      if (i >= p.end) break;
      const doubled = DOUBLED[text.slice(i, i + 2)];
      const ch = doubled ?? text[i];
      const width = doubled ? 2 : 1;
      const prev = text[i - 1];
      const next = text[i + width];
      const closeOpen = (): void => {
        if (open)
          spans.push({ open: open.pos, start: open.pos + open.width, end: i, close: i + width, style: 'double' });
        open = null;
      };
      if (ch === '"') {
        if (open) closeOpen();
        else if (!isSpace(next) && !/\d/.test(prev ?? '')) open = { pos: i, kind: '"', depth: 0, width };
      } else if (open?.kind === '»' && ch === '«') {
        // German »…«: the guillemets point inwards.
        closeOpen();
      } else if (ch === '“' || ch === '«' || ch === '„') {
        if (open?.kind === '„' && ch === '“') closeOpen();
        else if (open) open.depth++;
        else open = { pos: i, kind: ch, depth: 0, width };
      } else if (ch === '”' || ch === '»') {
        if (open && open.depth > 0) open.depth--;
        else if (open) closeOpen();
        else if (isSpace(prev) && isLetter(next)) open = { pos: i, kind: ch === '»' ? '»' : '“', depth: 0, width };
      }
    }
    if (!open) return;
    const following = paragraphs[index + 1];
    const mark = following ? text[firstNonSpace(text, following)] : undefined;
    if (mark && OPENERS_DOUBLE.has(mark)) {
      open.depth = 0;
      return;
    }
    // A missing closing mark is likelier than a stray opening one in edited copy.
    const end = trimEnd(text, p.end, open.pos + open.width);
    if (end > open.pos + open.width)
      spans.push({ open: open.pos, start: open.pos + open.width, end, close: end, style: 'double' });
    open = null;
  });
  return spans;
}

type SingleMark = { pos: number; role: 'open' | 'close'; possessive: boolean };

/** Classifies single marks of one paragraph, telling apostrophes (’s, rock ’n’ roll) from quotes. */
function singleMarks(text: string, p: Range, skipFirst: boolean, cursor: Cursor): SingleMark[] {
  const marks: SingleMark[] = [];
  seek(cursor, skipFirst ? firstNonSpace(text, p) + 1 : p.start);
  /** After ’n’, the next mark that may count. */
  let from = 0;
  for (; cursor.k < cursor.marks.length; cursor.k++) {
    const i = cursor.marks[cursor.k] ?? 0;
    if (i >= p.end) break;
    if (i < from) continue;
    const ch = text[i];
    const prev = text[i - 1];
    const next = text[i + 1];
    const prevL = isLetter(prev);
    const nextL = isLetter(next);
    if (prevL && nextL) continue; // don’t, here’s
    if (ch !== '‘' && isSpace(prev) && next === 'n' && (text[i + 2] === '’' || text[i + 2] === "'")) {
      from = i + 3; // ’n’
      continue;
    }
    if (ch === '‘') {
      marks.push({ pos: i, role: 'open', possessive: false });
    } else if (!prevL && !isSpace(prev) && nextL && !/[([—–-]/.test(prev ?? '')) {
      continue; // ."’s or similar punctuation run
    } else if ((isSpace(prev) || /[([—–-]/.test(prev ?? '')) && nextL) {
      if (ch === '’' || ELISION.test(text.slice(i, i + 5))) continue; // ’90s, ’em
      marks.push({ pos: i, role: 'open', possessive: false });
    } else if (!isSpace(prev) && !nextL) {
      const possessive = /[sSzZ]/.test(prev ?? '') && next === ' ' && isLetter(text[i + 2]);
      marks.push({ pos: i, role: 'close', possessive });
    }
  }
  return marks;
}

/** Single-mark spans; unclosed ones are dropped unless the next paragraph reopens. */
function singleSpans(text: string, paragraphs: Range[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carried: number | null = null;
  const cursor: Cursor = { marks: positionsOf(text, SINGLE_MARKS), k: 0 };
  paragraphs.forEach((p, index) => {
    const marks = singleMarks(text, p, carried !== null, cursor);
    // A plural possessive (players’ union) only closes when no later closer could.
    const laterPlainClose: boolean[] = new Array<boolean>(marks.length + 1).fill(false);
    for (let k = marks.length - 1; k >= 0; k--) {
      const m = marks[k];
      laterPlainClose[k] = !!laterPlainClose[k + 1] || (m?.role === 'close' && !m.possessive);
    }
    let open: number | null = carried;
    carried = null;
    marks.forEach((m, k) => {
      if (m.role === 'open') {
        if (open === null || open >= p.start) open = m.pos;
        return;
      }
      if (open === null || (m.possessive && laterPlainClose[k + 1])) return;
      spans.push({ open, start: open + 1, end: m.pos, close: m.pos + 1, style: 'single' });
      open = null;
    });
    const following = paragraphs[index + 1];
    const mark = following ? text[firstNonSpace(text, following)] : undefined;
    if (open !== null && mark && OPENERS_SINGLE.has(mark)) carried = open;
  });
  return spans;
}

/** All quote spans of `text` in order, without nested or overlapping ones. */
export function findQuoteSpans(text: string, paragraphs: Range[] = paragraphsOf(text)): QuoteSpan[] {
  const all = [...doubleSpans(text, paragraphs), ...singleSpans(text, paragraphs)].sort(
    (a, b) => a.open - b.open || b.close - a.close,
  );
  const kept: QuoteSpan[] = [];
  for (const span of all) {
    const last = kept[kept.length - 1];
    if (!last || span.open >= last.close) {
      kept.push(span);
    } else if (span.close <= last.close) {
      continue; // nested inside the outer quote
    } else if (last.style === 'single' && span.style === 'double') {
      kept[kept.length - 1] = span; // crossing marks: trust the double ones
    }
  }
  return kept.map((s) => innerTrim(text, s)).filter((s) => s.end > s.start);
}

/** « Nous céderons » holds its words without the spaces French sets inside the marks. */
function innerTrim(text: string, span: QuoteSpan): QuoteSpan {
  let { start, end } = span;
  while (start < end && SPACE.test(text[start] ?? '')) start++;
  while (end > start && SPACE.test(text[end - 1] ?? '')) end--;
  return start === span.start && end === span.end ? span : { ...span, start, end };
}
