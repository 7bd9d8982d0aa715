/**
 * Splitting a caption from its credit: "Idlib 2018 (Image: PA)" is the caption
 * "Idlib 2018" and the credit "PA". Pure string work, no DOM.
 */
import { CREDIT_LABEL, LEADING_LABEL, NAME_ONLY, isCreditLike } from './agencies';

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
  String.raw`(^|[\s.,;|–—(-])(?:${CREDIT_LABEL}\b\s*(?:[:：]|by\b)|©|\(c\)|copyright\b)\s*`,
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

function fromTail(t: string): SplitCaption | null {
  if (isCreditLike(t)) return { caption: null, credit: cleanCredit(t), line: t };
  let at = -1;
  for (const m of t.matchAll(TAIL_BOUNDARY)) at = (m.index ?? 0) + m[0].length;
  if (at <= 0) return null;
  const tail = t.slice(at);
  return isCreditLike(tail) ? creditAt(t, at) : null;
}

/** Caption and credit from one line of caption text; credit null when none is written. */
export function splitCaption(text: string): SplitCaption {
  const t = collapse(text);
  if (!t) return { caption: null, credit: null, line: null };
  // Hostile or broken text (a megabyte of alt text) is no caption line: bounded, with no credit read from it.
  if (t.length > MAX_CAPTION) return { caption: t.slice(0, MAX_CAPTION), credit: null, line: null };
  return (
    fromParenthesis(t) ??
    fromLeadingLabel(t) ??
    fromLabel(t) ??
    fromTail(t) ?? { caption: cleanCaption(t), credit: null, line: null }
  );
}
