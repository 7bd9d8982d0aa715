import { hit, type FigureHit } from './hit';

const MERIDIEM = '(am|pm|a\\.m\\.|p\\.m\\.)(?![\\p{L}])';
// The boundary belongs to the zone: after "a.m." a comma or the end of the text has none.
const ZONE = '(?: (GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT)\\b)?';
// 10.30am, 3pm, 10:30, 10:30:15, 1400 GMT. Clock colons need no meridiem; dots do (10.30 is a number).
const CLOCK = new RegExp(`\\b([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?(?! ?\\d)(?: ?${MERIDIEM})?${ZONE}`, 'gu');
const DOTTED = new RegExp(`\\b(1[0-2]|0?[1-9])\\.([0-5]\\d) ?${MERIDIEM}${ZONE}`, 'gu');
const HOUR = new RegExp(`\\b(1[0-2]|0?[1-9]) ?${MERIDIEM}${ZONE}`, 'gu');
const MILITARY = /\b([01]\d|2[0-3])([0-5]\d) (GMT|UTC|BST)\b/g;
const NAMED = /\b(?:at|by|until|before|after|from|around) (noon|midday|midnight)\b/gi;
const DECADE = /\b(?:the )?(1[89]\d0|20\d0)s\b|['’](\d)0s\b/g;
// "the class of ’98", "gli anni ’80 e ’90": a year cut to its last two digits after an apostrophe.
// Not after an opening quote: "‘12 people’" and "'12 people'" (a straight quote closed later in the line) are counts.
const ELIDED_YEAR = /(?<![\p{L}\p{N}])['’](\d\d)(?![\p{L}\p{N}'’]|[.,]\d)/gu;
const CLOSED_LATER = /^[^'\n]{0,60}\p{L}'(?!\p{L})/u;
/** Two digits below this are read as 20xx ("’19"), the others as 19xx ("’80"). */
const CENTURY_TURN = 30;

/** Minutes after midnight for a clock reading; pm adds twelve hours. */
function minutes(hour: number, minute: number, meridiem: string | undefined): number {
  const pm = meridiem?.toLowerCase().startsWith('p') === true;
  const am = meridiem?.toLowerCase().startsWith('a') === true;
  const h = pm && hour < 12 ? hour + 12 : am && hour === 12 ? 0 : hour;
  return h * 60 + minute;
}

/**
 * Clock times ("10:30", "3pm", "1.30pm BST", "at noon"): kind time, value in minutes after
 * midnight, unit the time zone when one is written. Also decades ("the 1990s", "the ’80s"): kind year with a
 * range, and years cut to two digits ("’98"): kind year.
 */
export function findTimes(text: string): FigureHit[] {
  const hits: FigureHit[] = [];
  const push = (m: RegExpMatchArray, value: number, zone: string | undefined, skip = 0): void => {
    const start = (m.index ?? 0) + skip;
    hits.push(hit(start, (m.index ?? 0) + m[0].length, 'time', value, { unit: zone ?? null }));
  };
  for (const m of text.matchAll(CLOCK)) push(m, minutes(Number(m[1]), Number(m[2]), m[4]), m[5]);
  for (const m of text.matchAll(DOTTED)) push(m, minutes(Number(m[1]), Number(m[2]), m[3]), m[4]);
  for (const m of text.matchAll(HOUR)) push(m, minutes(Number(m[1]), 0, m[2]), m[3]);
  for (const m of text.matchAll(MILITARY)) push(m, Number(m[1]) * 60 + Number(m[2]), m[3]);
  for (const m of text.matchAll(NAMED)) {
    const word = (m[1] ?? '').toLowerCase();
    push(m, word === 'midnight' ? 0 : 720, undefined, m[0].length - word.length);
  }
  for (const m of text.matchAll(DECADE)) {
    const start = m[1] ? Number(m[1]) : 1900 + Number(m[2]) * 10;
    const skip = m[0].toLowerCase().startsWith('the ') ? 4 : 0;
    hits.push(
      hit((m.index ?? 0) + skip, (m.index ?? 0) + m[0].length, 'year', start, {
        range: [start, start + 9],
        unit: 'decade',
      }),
    );
  }
  for (const m of text.matchAll(ELIDED_YEAR)) {
    const end = (m.index ?? 0) + m[0].length;
    if (m[0].startsWith("'") && CLOSED_LATER.test(text.slice(end, end + 64))) continue;
    const two = Number(m[1]);
    hits.push(hit(m.index ?? 0, end, 'year', two < CENTURY_TURN ? 2000 + two : 1900 + two));
  }
  return hits;
}
