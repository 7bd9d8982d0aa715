import { isSeason, readAmount, readVague, type Amount } from './amount';
import { changeAround, changeVerbBefore } from './change';
import { hit, type FigureHit } from './hit';
import { currencyAfter, currencyBefore } from './money';
import { moneyTail } from './money-parts';
import { isIdentifier } from './names';
import { countedNoun, qualifierAfter, qualifierBefore } from './qualifiers';
import { isCapitalized, type Token } from './tokens';
import { percentOf, readPercent } from './percent';
import { metresByContext } from './metre-or-million';
import { mayOpenFigure } from './start-words';
import { readCompound, readUnit } from './units';
import { skipLoneOne } from './lone-one';
import { readScore } from './scores';

/** A number with what it measures, still in token indices. */
type Figure = {
  start: number;
  next: number;
  amount: Amount;
  kind: FigureHit['figureKind'];
  unit: string | null;
  /** Unit, currency or percent came from the text, not a guessed counted noun. */
  measured: boolean;
};

const PLURAL_NOUNS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle', 'sheep']);
const YEAR_PREPOSITIONS = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'to',
  'of',
  'before',
  'after',
  'during',
  'between',
  'and',
  'through',
]);
const RANGE_ONLY = new Set(['from', 'between']);
const TIMES_WORDS = new Set(['twice', 'thrice']);
const MEASURED_KINDS = new Set<FigureHit['figureKind']>(['percent', 'money', 'quantity']);
const RANGE_WORDS = new Set(['-', '–', '—', '~', 'to', 'through']);

/** Reads the figure whose number starts at token `i`: currency before, then %, currency, unit after. */
function readFigure(tokens: readonly Token[], i: number): Figure | 'skip' | undefined {
  let at = i;
  // A currency symbol may open the figure: "£5m-£10m" starts the second half at "£".
  if (tokens[i]?.kind === 'sym' && tokens[i + 1]?.kind === 'num' && currencyBefore(tokens, i + 1)) at = i + 1;
  const amount = readAmount(tokens, at);
  if (!amount || amount === 'skip') return amount;
  // "$-50.8bn": the currency stands before the sign.
  const signed = tokens[amount.start]?.kind === 'sym' && tokens[amount.start + 1]?.kind === 'num';
  const before = tokens[amount.start]?.kind === 'num' || signed ? currencyBefore(tokens, amount.start) : undefined;
  const start = before ? Math.min(before.start, amount.start) : amount.start;
  const j = amount.next;
  const tight = !tokens[j]?.gap;
  if (amount.ordinal) return { start, next: j, amount, kind: 'ordinal', unit: null, measured: false };
  const percent = before ? undefined : readPercent(tokens, j);
  if (percent) return { start, next: percent.next, amount, kind: 'percent', unit: percent.unit, measured: true };
  // With a currency, "m" is always million ("£5m"), so the amount stands as read.
  if (before) {
    const tail = moneyTail(tokens, j, amount.value * (before.scale ?? 1), before.currency, false);
    amount.value = tail.value;
    return { start, next: tail.next, amount, kind: 'money', unit: before.currency, measured: true };
  }
  const hyphen = tokens[j]?.text === '-' && tight && !tokens[j + 1]?.gap ? 1 : 0;
  const after = currencyAfter(tokens, j + hyphen, amount.scaled || (tight && !hyphen));
  if (after && (!hyphen || tokens[j + 1]?.kind === 'word')) {
    const tail = moneyTail(tokens, after.next, amount.value * (after.scale ?? 1), after.currency, true);
    amount.value = tail.value;
    return { start, next: tail.next, amount, kind: 'money', unit: after.currency, measured: true };
  }
  if (amount.mSuffix) {
    // "1.5m people" and "reached 2.3m." are millions; only a length around it ("1.8m tall",
    // "the 100m final", "a depth of 48m") makes it metres.
    const noun = countedNoun(tokens, j);
    const plural = noun !== null && (PLURAL_NOUNS.has(noun) || /[^s]s$/.test(noun));
    if (!plural && metresByContext(tokens, amount.start, j)) {
      amount.value /= 1e6;
      amount.scaled = false;
      return { start, next: j, amount, kind: 'quantity', unit: 'm', measured: true };
    }
  }
  // "1 m x 1 m", "a 100 m sprint": a spaced "m" is metres only where a length is spoken of.
  if (tokens[j]?.text === 'm' && !tight && !amount.scaled && metresByContext(tokens, amount.start, j + 1))
    return { start, next: j + 1, amount, kind: 'quantity', unit: 'm', measured: true };
  const unit = readUnit(tokens, j + hyphen, hyphen ? true : tight);
  if (unit) {
    const compound = readCompound(tokens, unit.next, unit.unit, amount.value);
    if (compound) amount.value = compound.value;
    return { start, next: compound?.next ?? unit.next, amount, kind: 'quantity', unit: unit.unit, measured: true };
  }
  // "a two-on-one", "a one-on-one meeting": who faces whom, not a count.
  if (hyphen && tokens[j + 1]?.lower === 'on' && tokens[j + 2]?.text === '-' && !tokens[j + 2]?.gap) return 'skip';
  if (hyphen && tokens[j + 1]?.kind === 'word' && !['plus', 'odd'].includes(tokens[j + 1]?.lower ?? ''))
    return { start, next: j + 2, amount, kind: 'count', unit: tokens[j + 1]?.lower ?? null, measured: true };
  return { start, next: j, amount, kind: 'count', unit: null, measured: false };
}

/** Year or count for a bare four-digit number: "in 2018", "the 2018 election" vs "2000 people". */
function yearOrCount(tokens: readonly Token[], figure: Figure): void {
  const { amount } = figure;
  if (!amount.bare || figure.measured || amount.value < 1900 || amount.value > 2100) return;
  const noun = countedNoun(tokens, figure.next);
  const plural = noun !== null && (PLURAL_NOUNS.has(noun) || (noun.endsWith('s') && !noun.endsWith('ss')));
  if (!plural || YEAR_PREPOSITIONS.has(tokens[figure.start - 1]?.lower ?? '')) figure.kind = 'year';
}

/** Joins "5-10%", "between 500 and 800", "from 2010 to 2015" into one figure with a range. */
function joinRange(
  tokens: readonly Token[],
  a: Figure,
  between: boolean,
): { figure: Figure; range: [number, number] } | undefined {
  // "an 8- to 16-metre telescope": the first end's hyphen waits for the unit of the second.
  const suspended = tokens[a.next]?.text === '-' && !tokens[a.next]?.gap && tokens[a.next + 1]?.lower === 'to';
  const link = tokens[a.next + (suspended ? 1 : 0)];
  // "the 2022/23 season": a slash joins only a season's two years.
  const season =
    link?.text === '/' &&
    !link.gap &&
    a.amount.bare &&
    !tokens[a.next + 1]?.gap &&
    isSeason(a.amount.value, Number(tokens[a.next + 1]?.text));
  if (!link || !(RANGE_WORDS.has(link.lower) || season || (between && link.lower === 'and'))) return undefined;
  // "grew by half a million to 66.4 million", "rose 5% to 3.9%": a change and the level it reached.
  if (link.lower === 'to' && !between && (tokens[a.start - 1]?.lower === 'by' || changeAround(tokens, a.start, a.next)))
    return undefined;
  // "rose by 37 percent, from 0.90 percent to 1.23 percent": the level before and the level after, two figures.
  if (link.lower === 'to' && tokens[a.start - 1]?.lower === 'from' && changeVerbBefore(tokens, a.start - 1))
    return undefined;
  const b = readFigure(tokens, a.next + (suspended ? 2 : 1));
  if (!b || b === 'skip' || b.kind === 'ordinal' || a.kind === 'ordinal') return undefined;
  if (a.measured && b.measured && (a.kind !== b.kind || a.unit !== b.unit)) return undefined;
  let low = a.amount.value;
  let high = b.amount.value;
  // "2 to 3 million", "£5-10bn", "$10 to $15 billion", "$40-50 billion": the scale written
  // once covers both ends, when the first end scaled stays below the second.
  if (b.amount.scaled && !a.amount.scaled && low < high && (!a.measured || a.kind === 'money')) {
    const scale = high / Number((tokens[b.amount.start]?.text ?? '1').replace(/,/g, ''));
    if (Number.isFinite(scale) && scale > 1 && (!a.measured || low * scale < high)) low *= scale;
  }
  // "2010-11" is a season or financial year.
  if (a.amount.bare && a.amount.value >= 1900 && high < 100 && link.text !== 'to') high += low - (low % 100);
  if (!(low < high)) return undefined;
  const kind = a.measured
    ? a.kind
    : b.kind === 'count' && a.amount.bare && low >= 1900 && high <= 2100
      ? 'year'
      : b.kind;
  return { figure: { ...b, start: a.start, kind, unit: a.measured ? a.unit : b.unit }, range: [low, high] };
}

/** Every number-based figure in `tokens` not inside `claimed` (dates, times, phone numbers). */
export function scanFigures(tokens: readonly Token[], claimed: (i: number) => boolean): FigureHit[] {
  const hits: FigureHit[] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i];
    if (!token || (token.kind !== 'num' && !(token.kind === 'word' && mayOpenFigure(token.lower))) || claimed(i)) {
      i += 1;
      continue;
    }
    const vague = token.kind === 'word' ? readVague(tokens, i) : undefined;
    if (vague) {
      const q = qualifierBefore(tokens, vague.start);
      const s = tokens[vague.start];
      const e = tokens[vague.next - 1];
      if (s && e)
        hits.push(
          hit(s.start, e.end, 'approximate', vague.value, {
            range: vague.range,
            unit: countedNoun(tokens, vague.next),
            qualifier: q?.qualifier ?? null,
          }),
        );
      i = vague.next;
      continue;
    }
    const score = readScore(tokens, i);
    if (score) {
      hits.push(score.hit);
      i = score.next;
      continue;
    }
    const pctOf = percentOf(tokens, i);
    if (pctOf) {
      hits.push(hit(token.start, pctOf.end, 'percent', pctOf.value, { unit: '%' }));
      i = pctOf.next;
      continue;
    }
    const read = readFigure(tokens, i);
    if (read === 'skip') {
      // Skip the whole identifier ("24/7", "021"), not just its first numeral.
      i += 1;
      while (tokens[i] && !tokens[i]?.gap) i += 1;
      continue;
    }
    if (!read) {
      i += 1;
      continue;
    }
    const figure = read;
    if (isIdentifier(tokens, figure.start, figure.next, figure.measured || figure.amount.bare)) {
      i = figure.next;
      // "Indiana Jones Collection 1-4", "Stagioni 1-8": the parts of a name, counted from one, are the name's
      // too; "Bautista-Agut 3-6" is a score after a name.
      if (
        tokens[figure.start]?.text === '1' &&
        !isCapitalized(tokens[i + 2]) &&
        RANGE_WORDS.has(tokens[i]?.text ?? '') &&
        !tokens[i]?.gap &&
        tokens[i + 1]?.kind === 'num' &&
        !tokens[i + 1]?.gap
      )
        i += 2;
      continue;
    }
    const q = qualifierBefore(tokens, figure.start);
    const joined = joinRange(tokens, figure, q?.qualifier === 'between' || q?.qualifier === 'from');
    const final = joined?.figure ?? figure;
    if (!joined) yearOrCount(tokens, final);
    const post = joined ? undefined : qualifierAfter(tokens, final.next);
    const s = tokens[final.start];
    const e = tokens[final.next - 1];
    if (s && e && !skipLoneOne(tokens, final)) {
      // "Twelve percent indicated": a verb after a measured figure is not what it is about.
      const after = MEASURED_KINDS.has(final.kind) ? countedNoun(tokens, final.next) : null;
      const noun = after && !/(?:ed|ing|ly)$/.test(after) ? after : null;
      // The second half of a score or vote ("a 4-4 ruling", "passed 218-210") does not count the noun after it.
      const scorePart = tokens[final.start - 1]?.text === '-' && tokens[final.start - 2]?.kind === 'num';
      // "twice denied": how many times, not a count of what follows.
      const times = TIMES_WORDS.has(tokens[final.start]?.lower ?? '') && final.next === final.start + 1;
      const unit =
        final.unit ?? (times ? 'times' : final.kind === 'count' && !scorePart ? countedNoun(tokens, final.next) : null);
      hits.push(
        hit(s.start, e.end, final.kind, joined ? null : final.amount.value, {
          range: joined?.range ?? null,
          unit,
          // "from" and "between" say something only about a range.
          qualifier:
            post?.qualifier ??
            (!joined && RANGE_ONLY.has(q?.qualifier ?? '')
              ? null
              : joined && q?.qualifier === 'from'
                ? null
                : (q?.qualifier ?? null)),
          change:
            MEASURED_KINDS.has(final.kind) || final.kind === 'count'
              ? changeAround(tokens, q?.index ?? final.start, final.next)
              : null,
          noun,
        }),
      );
    }
    i = Math.max(final.next, i + 1);
  }
  return hits;
}
