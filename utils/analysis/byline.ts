/**
 * A byline as pages print it, cleaned to the names: the label ("By", "Par",
 * "Текст:") dropped, co-authors in brackets ("(avec X et Y)") listed, an agency
 * glued to a name in capitals ("ERIC TUCKERAssociated Press") set apart, and
 * reading times and dates run into the last name ("Dunsmuir5 Min Read") taken off.
 */

// Labels before the names, in the languages the corpus shows; "Analysis by" and "Posted by" too.
const LABEL =
  /^(?:(?:analysis|opinion|commentary|review|text|words|story|written|posted|reported|report|published)\s+by|by|par|por|von|di|da|de|door|av|af|текст|автор|авторы|автор текста)\b\s*[:：]?\s*/iu;
const CYRILLIC_LABEL = /^(?:текст|автор|авторы|фото)\s*[:：]\s*/iu;
const COAUTHORS = /\s*\((?:avec|with|con|com|mit|e|et|and|и)\s+([^()]+)\)\s*$/iu;
const AND = /\s+(?:and|et|y|e|und|и|&)\s+/giu;
const MONTH =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
// "5 Min Read", "Updated", a date with or without its weekday and time, an ISO date: never part of a name.
const TRAILER = new RegExp(
  String.raw`\s*(?:[|·•—–-]\s*)?(?:\d+\s*min(?:ute)?s?\s*read|(?:(?:${WEEKDAY}),?\s*)?(?:${MONTH})\s+\d{1,2},?\s+\d{4}(?:,?\s+\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?|\d{4}-\d{2}-\d{2})\s*$`,
  'iu',
);
// A name in capitals run into a capitalised word: "TUCKERAssociated Press" -> "TUCKER", "Associated Press".
const GLUED_CAPS = /(\p{Lu}{2,})(\p{Lu}\p{Ll})/gu;
const NOT_A_NAME = /^(?:undefined|null|none|n\/a|admin|unknown)$/i;

/** Names from a printed byline, comma-separated; null when nothing name-like is left. */
export function cleanByline(raw: string | null | undefined): string | null {
  let s = raw?.replace(/\s+/g, ' ').trim() ?? '';
  if (!s || NOT_A_NAME.test(s)) return null;
  s = s.replace(GLUED_CAPS, '$1, $2');
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(TRAILER, '').replace(CYRILLIC_LABEL, '').replace(LABEL, '').trim();
    if (s === before) break;
  }
  const co = COAUTHORS.exec(s);
  if (co?.[1]) s = `${s.slice(0, co.index)}, ${co[1]}`;
  // "X et Y" inside the brackets and "X and Y" in the line list their names the same way.
  s = s.replace(AND, ', ').replace(/\s*,\s*(?:,\s*)*/g, ', ');
  s = s.replace(/^[\s,;:|—–-]+|[\s,;:|—–-]+$/g, '');
  return s && !NOT_A_NAME.test(s) ? s : null;
}
