import { hit, type FigureHit } from './hit';
import { wordsLanguage } from './languages';

/** Month names (and the abbreviations papers use) of each language whose figures are read, January first. */
const MONTHS: Readonly<Record<string, readonly string[]>> = {
  de: [
    'januar|jänner|jan',
    'februar|feber|feb',
    'märz|mrz',
    'april|apr',
    'mai',
    'juni|jun',
    'juli|jul',
    'august|aug',
    'september|sept|sep',
    'oktober|okt',
    'november|nov',
    'dezember|dez',
  ],
  fr: [
    'janvier|janv',
    'février|févr|fév',
    'mars',
    'avril|avr',
    'mai',
    'juin',
    'juillet|juil',
    'août',
    'septembre|sept',
    'octobre|oct',
    'novembre|nov',
    'décembre|déc',
  ],
  es: [
    // Not "mar" (sea).
    'enero|ene',
    'febrero|feb',
    'marzo',
    'abril|abr',
    'mayo|may',
    'junio|jun',
    'julio|jul',
    'agosto|ago',
    'septiembre|setiembre|sept|sep',
    'octubre|oct',
    'noviembre|nov',
    'diciembre|dic',
  ],
  pt: [
    // Not "mar" (sea), "mai" or "dez" (ten): only the abbreviations that are no other word.
    'janeiro|jan',
    'fevereiro|fev',
    'março',
    'abril|abr',
    'maio',
    'junho|jun',
    'julho|jul',
    'agosto|ago',
    'setembro|set',
    'outubro|out',
    'novembro|nov',
    'dezembro',
  ],
  it: [
    'gennaio|genn|gen',
    'febbraio|febbr|feb',
    'marzo|mar',
    'aprile|apr',
    'maggio|magg|mag',
    'giugno|giu',
    'luglio|lug',
    'agosto|ago',
    'settembre|sett|set',
    'ottobre|ott',
    'novembre|nov',
    'dicembre|dic',
  ],
};

// The words between a day and its month or year: "3 de mayo de 2019", "5 del 2019" is not written but "del" is.
const OF = '(?:\\s+(?:de|del)\\b)?';
// The end of a word in any script (\b knows only ASCII letters: "März" would end at "M").
const END = '(?![\\p{L}\\p{N}])';
const DAY = '(\\d{1,2})(?:\\.|º|°|er|o)?';
// "12. bis 13. September", "du 12 au 14 mai", "del 12 al 13 de mayo", "12-13 maggio".
const UNTIL = '\\s*(?:[-–]|\\s(?:bis|au|al|a|e|et|y)\\s)\\s*';

type Pattern = { range: RegExp; day: RegExp; month: RegExp };
const patterns = new Map<string, Pattern>();

function patternsFor(lang: string): Pattern | null {
  const months = MONTHS[lang];
  if (!months) return null;
  const cached = patterns.get(lang);
  if (cached) return cached;
  const month = `(${months.join('|')})\\.?${END}`;
  const year = `(?:,?${OF}\\s+(\\d{4})${END})?`;
  const made = {
    range: new RegExp(`(?<![\\p{L}\\p{N}])${DAY}${UNTIL}${DAY}${OF}\\s+${month}${year}`, 'giu'),
    day: new RegExp(`(?<![\\p{L}\\p{N}.])${DAY}${OF}\\s+${month}${year}`, 'giu'),
    month: new RegExp(`(?<![\\p{L}\\p{N}])${month}${OF}\\s+(\\d{4})${END}`, 'giu'),
  };
  patterns.set(lang, made);
  return made;
}

/** Where a date ends: a full month name keeps no full stop after it ("14 juin." ends a sentence). */
function dateEnd(m: RegExpMatchArray, month: string, months: readonly string[]): number {
  const end = (m.index ?? 0) + m[0].length;
  const full = months.some((names) => names.split('|')[0] === month.toLowerCase());
  return full && m[0].endsWith('.') ? end - 1 : end;
}

/** Midnight UTC of the day, or null when the parts are not a real date. */
function utcDay(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month, day);
  const d = new Date(ms);
  return d.getUTCMonth() === month && d.getUTCDate() === day ? ms : null;
}

/**
 * Dates written with the month names of the page's language: "5 mai", "12. September 2018",
 * "3 de mayo de 2019", "12. bis 13. September" (a span of days), "März 2019". A date without
 * its year takes the year of publication when that is known. Other languages give none.
 */
export function findForeignDates(text: string, lang: string | null, published: string | null): FigureHit[] {
  const code = wordsLanguage(lang);
  const p = code ? patternsFor(code) : null;
  if (!p || !code) return [];
  const months = MONTHS[code] ?? [];
  const monthOf = (name: string): number => {
    const lower = name.toLowerCase();
    return months.findIndex((names) => names.split('|').includes(lower));
  };
  const publishedYear = published && !Number.isNaN(Date.parse(published)) ? new Date(published).getUTCFullYear() : null;
  // Overlaps ("12. bis 13. September" holds "13. September") are settled by the caller: earliest, then longest, wins.
  const hits: FigureHit[] = [];
  for (const m of text.matchAll(p.range)) {
    const month = monthOf(m[3] ?? '');
    const y = m[4] ? Number(m[4]) : publishedYear;
    const first = y === null ? null : utcDay(y, month, Number(m[1]));
    const last = y === null ? null : utcDay(y, month, Number(m[2]));
    if (Number(m[1]) >= Number(m[2]) || month < 0) continue;
    const start = m.index;
    const end = dateEnd(m, m[3] ?? '', months);
    hits.push(hit(start, end, 'date', null, first !== null && last !== null ? { range: [first, last] } : {}));
  }
  for (const m of text.matchAll(p.day)) {
    const start = m.index;
    const end = dateEnd(m, m[2] ?? '', months);
    const month = monthOf(m[2] ?? '');
    if (month < 0) continue;
    const y = m[3] ? Number(m[3]) : publishedYear;
    hits.push(hit(start, end, 'date', y === null ? null : utcDay(y, month, Number(m[1]))));
  }
  for (const m of text.matchAll(p.month)) {
    const start = m.index;
    const end = dateEnd(m, m[1] ?? '', months);
    const month = monthOf(m[1] ?? '');
    if (month < 0) continue;
    hits.push(hit(start, end, 'date', utcDay(Number(m[2]), month, 1)));
  }
  return hits;
}
