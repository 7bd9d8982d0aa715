/**
 * Splitting a caption from its credit: "Idlib 2018 (Image: PA)" is the caption
 * "Idlib 2018" and the credit "PA". Pure string work, no DOM.
 */
import { CREDIT_LABEL, LEADING_LABEL, NAME_ONLY, isCreditLike } from './agencies';
import { cjkCredit } from './cjk-credit';

export type SplitCaption = {
  caption: string | null;
  /** The holder as written, label and brackets removed. */
  credit: string | null;
  /** The credit as it reads on the page, label included: "(Image: PA)", "Picture: PA". */
  line: string | null;
};

const MAX_CREDIT = 120;
/** Longer than any caption line (the longest seen run to some 1,500 characters). */
const MAX_CAPTION = 5_000;

/** Whitespace collapsed and trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `text` minus any leading labels ("Credit Credit", "Photo by", "©"), and whether one was there. */
export function stripLabel(text: string): { rest: string; labeled: boolean } {
  let rest = text;
  let labeled = false;
  // Repeated because pages stack them: a screen-reader "Credit" before a visible "Credit".
  for (let i = 0; i < 3; i++) {
    const m = LEADING_LABEL.exec(rest);
    if (!m || !m[0]) break;
    rest = rest.slice(m[0].length).trimStart();
    labeled = true;
  }
  return { rest, labeled };
}

/** A credit holder from credit text as written; null when nothing is left or it is prose-long. */
export function cleanCredit(raw: string): string | null {
  // "(Picture: PA)." closes a caption sentence: the full stop is outside the credit.
  let s = collapse(raw).replace(/([)\]])\s*\.$/, '$1');
  if (/^\(.*\)$/.test(s) || /^\[.*\]$/.test(s)) s = s.slice(1, -1).trim();
  s = stripLabel(s).rest.replace(/^(?:\.{2,}|…)\s*/, '');
  // A full stop closing the line is punctuation; after an initial ("Jane Q.") it is part of the name.
  if (/[^\s.]{2}\.$/.test(s)) s = s.slice(0, -1);
  s = s.replace(/^[\s:|,;–—-]+|[\s|,;–—-]+$/g, '');
  if (s.endsWith(')') && !s.includes('(')) s = s.slice(0, -1).trim();
  return s && s.length <= MAX_CREDIT ? s : null;
}

// Label words a split can leave at the end of the caption: "Credit Photo" before "Illustration by ...".
const TRAILING_LABELS =
  /(?:^|[\s(])(?:photo\s*credit|credits?|photo(?:graph)?s?|pictures?|images?|pics?|fotos?)\s*:?$/i;

// A gallery's slide counter ("1 of 4") and a video player's notices are no caption.
const SLIDE_COUNTER = /^\d{1,3}\s*(?:of|\/)\s*\d{1,3}\s+(?=\S)/i;
const PLAYER_NOTICE = /^(?:media playback is (?:unsupported|not supported) on your device|media caption)\s*/i;

/** Caption text with trailing separators and labels left by a removed credit taken off. */
export function cleanCaption(raw: string): string | null {
  let s = collapse(raw)
    .replace(SLIDE_COUNTER, '')
    .replace(PLAYER_NOTICE, '')
    .replace(/[\s|,;:–—-]+$/, '');
  for (let i = 0; i < 3 && TRAILING_LABELS.test(s); i++)
    s = s.replace(TRAILING_LABELS, '').replace(/[\s|,;:–—-]+$/, '');
  return s || null;
}

/** The credit starting at `at`; the caption is what precedes `lineAt` (a bracket or label opening the line). */
function creditAt(text: string, at: number, lineAt = at): SplitCaption | null {
  // Linear time: words this far from the end are prose, never a credit of MAX_CREDIT characters.
  if (text.length - at > MAX_CREDIT * 5) return null;
  const credit = cleanCredit(text.slice(at));
  return credit ? { caption: cleanCaption(text.slice(0, lineAt)), credit, line: text.slice(lineAt).trim() } : null;
}

// Label after a boundary, with its colon or "by": " | photo by ", ". Picture: ", "©".
const LABELED = new RegExp(
  String.raw`(^|[\s.,;|–—(-])(?:(?:staff|file|contributed|submitted)\s+)?(?:${CREDIT_LABEL}\b\s*(?:[:：]|by\b)|©|\(c\)|copyright\b)\s*`,
  'gi',
);
const PHOTO_SUFFIX = /^(.+?)\s+(?:file\s+)?(?:photo|pic|picture|image)$/;
// The last bracket of a caption, round or square (Al Jazeera's "[File: Reuters]", "[SpaceX via Nasa]").
const TRAILING_PAREN = /(?:\(([^()]{1,120})\)|\[([^[\]]{1,120})\])\s*\.?\s*$/;
const TAIL_BOUNDARY = /(?:[.!?]["”’)]?\s+|\s+[|–—-]\s+|\s*\|\s*)(?=\S[^.!?|–—]*$)/g;

function fromParenthesis(t: string): SplitCaption | null {
  const m = TRAILING_PAREN.exec(t);
  const inner = (m?.[1] ?? m?.[2])?.trim();
  if (!m || !inner) return null;
  const before = t.slice(0, m.index);
  // "(AFP file photo)", "(Reuters photo)": the agency is the holder, the words after it say what it sent.
  const sent = PHOTO_SUFFIX.exec(inner)?.[1];
  const holder = sent && isCreditLike(sent) ? cleanCredit(sent) : null;
  if (holder) return { caption: cleanCaption(before), credit: holder, line: t.slice(m.index).trim() };
  const { rest, labeled } = stripLabel(inner);
  const credible =
    // With a colon the label alone decides: "(Image: getty)".
    (labeled && (/^[\p{Lu}\p{N}@]/u.test(rest) || /[:：©]/.test(inner.slice(0, inner.length - rest.length)))) ||
    isCreditLike(inner) ||
    // "(Lucy Akins)" after a finished sentence; "(Barack Obama)" mid-caption names a person instead.
    (NAME_ONLY.test(inner) && /[.!?]\s*$/.test(before));
  return credible ? creditAt(t, m.index) : null;
}

// "(All photos: Atlas staff)": a few words opening the bracket belong to the credit line.
const OPEN_BRACKET = /\(\s*(?:[\p{L}'’]+\s){0,2}$/u;

/** "Credit Ellen Surrey": a label without colon, only at the very start and before a short holder. */
function fromLeadingLabel(t: string): SplitCaption | null {
  const { rest, labeled } = stripLabel(t);
  if (!labeled || rest.length > 80 || !/^[\p{Lu}\p{N}@]/u.test(rest) || /[.!?]\s+\p{Ll}/u.test(rest)) return null;
  return creditAt(t, 0);
}

function fromLabel(t: string): SplitCaption | null {
  let found: SplitCaption | null = null;
  for (const m of t.matchAll(LABELED)) {
    const at = (m.index ?? 0) + (m[1]?.length ?? 0);
    // A bounded window: the bracket opens at most two words before the label (else each label rescans the caption).
    const from = Math.max(0, at - 120);
    const near = OPEN_BRACKET.exec(t.slice(from, at));
    const bracket = near ? { index: near.index + from } : null;
    const after = t.slice((m.index ?? 0) + m[0].length);
    // "a photo by the river" is prose: a holder starts with a capital, a digit or a handle.
    if (!/^[\p{Lu}\p{N}@]/u.test(after) && !m[0].includes('©')) continue;
    // "(Photo: Getty Images) Getty": the bracket closes the credit, whatever the page prints after it.
    const close = bracket ? t.indexOf(')', at) : -1;
    const credit = close > at ? cleanCredit(t.slice(at, close)) : null;
    if (bracket && credit)
      found = { caption: cleanCaption(t.slice(0, bracket.index)), credit, line: t.slice(bracket.index, close + 1) };
    else found = creditAt(t, at, bracket?.index ?? at) ?? found;
  }
  return found;
}

// A sentence end after a word of two letters or more: "Boris Johnson. Stefan Rousseau/PA", not "Jane Q. Public/AP"
// nor a title or suffix ("Martin Luther King Jr. Library/AP").
const SENTENCE_END =
  /(?<![\p{L}\p{N}])(?!(?:Jr|Sr|St|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Inc|Co|Corp|Ltd|No|Mt|Ft)[.])[\p{L}\p{N}]{2,}[.!?]["”’)]?\s+$/u;

function fromTail(t: string): SplitCaption | null {
  const cuts: { at: number; sentence: boolean }[] = [];
  for (const m of t.matchAll(TAIL_BOUNDARY)) {
    const at = (m.index ?? 0) + m[0].length;
    cuts.push({ at, sentence: SENTENCE_END.test(t.slice(Math.max(0, at - 24), at)) });
  }
  // A caption of capitalised words only ("Boris Johnson.") reads as a credit as a whole: the sentence end splits it.
  const sentence = cuts.findLast((c) => c.sentence);
  if (isCreditLike(t) && !(sentence && isCreditLike(t.slice(sentence.at))))
    return { caption: null, credit: cleanCredit(t), line: t };
  // The last separated part that reads as a credit, grown back over dashes and bars while it still does:
  // "Win McNamee / STAFF - Getty Images" is one credit; a sentence end always closes the caption.
  let k = cuts.length - 1;
  const last = cuts[k];
  if (!last || !isCreditLike(t.slice(last.at))) return null;
  while (
    k > 0 &&
    !(cuts[k] as { sentence: boolean }).sentence &&
    isCreditLike(t.slice((cuts[k - 1] as { at: number }).at))
  )
    k--;
  return creditAt(t, (cuts[k] as { at: number }).at);
}

// US papers close a caption with how the picture came in, with no separator: "Christopher Tays Submitted photo".
const SENT_IN = /(?:^|\s)((?:submitted|contributed|courtesy)\s+(?:photo|image|picture)s?)\.?$/i;

function fromSentIn(t: string): SplitCaption | null {
  const m = SENT_IN.exec(t);
  if (!m?.[1]) return null;
  const at = t.length - m[0].length + m[0].indexOf(m[1]);
  return { caption: cleanCaption(t.slice(0, at)), credit: m[1], line: t.slice(at) };
}

/** Caption and credit from one line of caption text; credit null when none is written. */
export function splitCaption(text: string): SplitCaption {
  const t = collapse(text);
  if (!t) return { caption: null, credit: null, line: null };
  // Hostile or broken text (a megabyte of alt text) is no caption line: bounded, with no credit read from it.
  if (t.length > MAX_CAPTION) return { caption: t.slice(0, MAX_CAPTION), credit: null, line: null };
  return (
    cjkCredit(t) ??
    fromParenthesis(t) ??
    fromLeadingLabel(t) ??
    fromLabel(t) ??
    fromTail(t) ??
    fromSentIn(t) ?? { caption: cleanCaption(t), credit: null, line: null }
  );
}
