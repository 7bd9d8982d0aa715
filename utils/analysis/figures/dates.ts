import { hit, type FigureHit } from './hit';
import { ONES } from './words';

/** "a week ago": the article counts as one. */
const ARTICLE_ONE: Readonly<Record<string, number>> = { a: 1, an: 1 };

const DAY_MS = 86_400_000;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
// Capitalised only: "may" and "march" are also ordinary words.
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DMY = new RegExp(`\\b${DAY}(?: of)? ${MONTH}(?:,? (\\d{4})\\b)?`, 'g');
// "September 16-19, 2016": the second day makes the date a range.
const MDY = new RegExp(`\\b${MONTH} ${DAY}\\b(?:[-–](\\d{1,2})\\b)?(?:,? (\\d{4})\\b)?`, 'g');
const MY = new RegExp(`\\b${MONTH},? (\\d{4})\\b`, 'g');
// "in March", "last September", "since January": a month with no day or year. Full names
// only, after a word that makes it a time, since "May" and "March" are also ordinary words.
const BARE_MONTH =
  /\b(in|since|by|until|till|from|during|last|next|this|early|late|mid-|end of|beginning of|start of) (January|February|March|April|May|June|July|August|September|October|November|December)\b(?![ -]\d)/gi;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const SLASH = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;
// "Bis zum 01.01.2019": a date written with dots is day first wherever it is written so.
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b(?!\.\d)/g;
// "over FY2020-22", "in FY20", "FY 2019/20": a fiscal year, or a span of them.
const FISCAL = /\bFY ?(\d{4}|\d{2})(?:[-–/](\d{4}|\d{2}))?\b/g;

/** A year written in four digits or two ("20" is 2020), the two-digit one in the century of `century`. */
const fullYear = (written: string, century = 2000): number =>
  written.length === 2 ? century + Number(written) : Number(written);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const WEEKDAY = /\b(?:(last|next|this|on) )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
const RELATIVE_DAY = /\b(yesterday|today|tonight|tomorrow)\b/gi;
const RELATIVE_SPAN =
  /\b(?:(last|next|this|past|earlier this|later this) (week|weekend|month|year|night|morning|afternoon|evening))\b/gi;
const AGO =
  /\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few) (days?|weeks?|months?|years?) ago\b/gi;

const monthIndex = (name: string): number => MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase() as 'jan');

/** Midnight UTC of the day, or null when the parts are not a real date. */
function utcDay(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month, day);
  const d = new Date(ms);
  return d.getUTCMonth() === month && d.getUTCDate() === day ? ms : null;
}

/** Calendar parts of the publication day, or null. */
function baseDay(published: string | null): { y: number; m: number; d: number; dow: number } | null {
  const ms = published ? Date.parse(published) : NaN;
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate(), dow: d.getUTCDay() };
}

function shift(base: ReturnType<typeof baseDay>, unit: string, n: number): number | null {
  if (!base) return null;
  if (unit.startsWith('year')) return Date.UTC(base.y + n, base.m, base.d);
  if (unit.startsWith('month')) return Date.UTC(base.y, base.m + n, base.d);
  const days = unit.startsWith('week') ? 7 * n : n;
  return Date.UTC(base.y, base.m, base.d) + days * DAY_MS;
}

/** First and last day (midnight UTC) of the year or month `n` away from the publication day's. */
function calendarSpan(base: ReturnType<typeof baseDay>, unit: 'year' | 'month', n: number): [number, number] | null {
  if (!base) return null;
  if (unit === 'year') return [Date.UTC(base.y + n, 0, 1), Date.UTC(base.y + n, 11, 31)];
  return [Date.UTC(base.y, base.m + n, 1), Date.UTC(base.y, base.m + n + 1, 0)];
}

/**
 * Calendar dates and relative dates in `text`. Relative ones ("last week") are resolved
 * against `published` (the article's own date), never the reader's clock.
 * `dayFirst` decides 5/6/2018 when both parts could be the month.
 */
export function findDates(text: string, published: string | null, dayFirst: boolean): FigureHit[] {
  const base = baseDay(published);
  const hits: FigureHit[] = [];
  const add = (m: RegExpMatchArray, value: number | null, extra: Parameters<typeof hit>[4] = {}): void => {
    hits.push(hit(m.index ?? 0, (m.index ?? 0) + m[0].length, 'date', value, extra));
  };
  const yearOr = (y: string | undefined): number | null => (y ? Number(y) : (base?.y ?? null));
  for (const m of text.matchAll(DMY)) {
    const y = yearOr(m[3]);
    add(m, y === null ? null : utcDay(y, monthIndex(m[2] ?? ''), Number(m[1])));
  }
  for (const m of text.matchAll(MDY)) {
    const y = yearOr(m[4]);
    const first = y === null ? null : utcDay(y, monthIndex(m[1] ?? ''), Number(m[2]));
    const last = y === null || !m[3] ? null : utcDay(y, monthIndex(m[1] ?? ''), Number(m[3]));
    if (first !== null && last !== null && last > first) add(m, null, { range: [first, last] });
    else add(m, first);
  }
  for (const m of text.matchAll(MY)) add(m, utcDay(Number(m[2]), monthIndex(m[1] ?? ''), 1));
  for (const m of text.matchAll(BARE_MONTH)) {
    const name = m[2] ?? '';
    if (name[0] !== name[0]?.toUpperCase()) continue;
    const month = monthIndex(name);
    const which = (m[1] ?? '').toLowerCase();
    // The most recent such month, unless the text says "next"; "last March" is a year back when March is still to come.
    let y = base?.y ?? null;
    if (base && y !== null && which === 'next' && month <= base.m) y += 1;
    else if (base && y !== null && which === 'last' && month >= base.m) y -= 1;
    const skip = m[0].length - name.length;
    hits.push(
      hit((m.index ?? 0) + skip, (m.index ?? 0) + m[0].length, 'date', y === null ? null : utcDay(y, month, 1)),
    );
  }
  for (const m of text.matchAll(ISO)) add(m, utcDay(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  for (const m of text.matchAll(SLASH)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]) + ((m[3] ?? '').length === 2 ? 2000 : 0);
    const [day, month] = a > 12 || (dayFirst && b <= 12) ? [a, b] : [b, a];
    const value = utcDay(y, month - 1, day);
    if (value !== null) add(m, value);
  }
  for (const m of text.matchAll(DOTTED)) {
    const value = utcDay(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
    if (value !== null) add(m, value);
  }
  for (const m of text.matchAll(FISCAL)) {
    const first = fullYear(m[1] ?? '');
    const last = m[2] ? fullYear(m[2], first - (first % 100)) : null;
    const start = m.index ?? 0;
    if (last === null) hits.push(hit(start, start + m[0].length, 'year', first));
    else if (last > first) hits.push(hit(start, start + m[0].length, 'year', null, { range: [first, last] }));
  }
  for (const m of text.matchAll(WEEKDAY)) {
    const target = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase() as 'monday');
    let value: number | null = null;
    if (base) {
      // News reports mean the most recent such day, unless they say "next".
      const back = (base.dow - target + 7) % 7;
      const offset = m[1]?.toLowerCase() === 'next' ? (target - base.dow + 7) % 7 || 7 : -back;
      value = Date.UTC(base.y, base.m, base.d) + offset * DAY_MS;
    }
    const skip = m[1]?.toLowerCase() === 'on' ? 3 : 0;
    hits.push(hit((m.index ?? 0) + skip, (m.index ?? 0) + m[0].length, 'date', value));
  }
  for (const m of text.matchAll(RELATIVE_DAY)) {
    const offsets: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };
    add(m, shift(base, 'day', offsets[(m[1] ?? '').toLowerCase()] ?? 0));
  }
  for (const m of text.matchAll(RELATIVE_SPAN)) {
    const which = (m[1] ?? '').toLowerCase();
    const unit = (m[2] ?? '').toLowerCase();
    const n = which === 'next' ? 1 : which === 'last' || which === 'past' ? -1 : 0;
    // Only what is certain: "last night" is a day; "earlier this year" is the year, "last month" the
    // month (a span, no day); a week's bounds depend on the reader's calendar, so "last week" has none.
    if (unit === 'year' || unit === 'month') {
      const span = calendarSpan(base, unit, n);
      add(m, null, span ? { range: span } : {});
    } else if (unit === 'week' || unit === 'weekend') add(m, null);
    else add(m, shift(base, 'day', unit === 'night' && n === -1 ? -1 : 0));
  }
  for (const m of text.matchAll(AGO)) {
    const n = ARTICLE_ONE[(m[1] ?? '').toLowerCase()] ?? ONES[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
    const unit = (m[2] ?? '').toLowerCase();
    // "3 days ago" is a day; "two months ago" a month and "five years ago" a year; "two weeks ago" no certain day.
    if (Number.isNaN(n) || unit.startsWith('week')) add(m, null);
    else if (unit.startsWith('day')) add(m, shift(base, 'day', -n));
    else {
      const span = calendarSpan(base, unit.startsWith('year') ? 'year' : 'month', -n);
      add(m, null, span ? { range: span } : {});
    }
  }
  return hits;
}
