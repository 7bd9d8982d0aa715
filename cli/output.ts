/**
 * What the command prints for one analyzed input: a flat, stable JSON record
 * mapped from the engine's Analysis (selectors and ids stay in the engine).
 */
import type {
  Analysis,
  Article,
  CreditFinding,
  FigureFinding,
  FigureKind,
  QuoteFinding,
} from '../utils/analysis/types';

// Derived from the engine's types so the printed contract cannot drift from them.
export type CliArticle = Omit<Article, 'html'>;

export type CliQuote = Pick<
  QuoteFinding,
  'text' | 'speaker' | 'speakerCandidates' | 'role' | 'cue' | 'outlet' | 'form' | 'partial' | 'start' | 'end'
>;

export type CliFigure = Pick<
  FigureFinding,
  | 'text'
  | 'value'
  | 'range'
  | 'unit'
  | 'qualifier'
  | 'change'
  | 'magnitude'
  | 'group'
  | 'conflicts'
  | 'repeatOf'
  | 'context'
  | 'start'
  | 'end'
> & {
  kind: FigureKind;
};

export type CliCredit = Pick<CreditFinding, 'credit' | 'caption' | 'image' | 'source' | 'agencies' | 'start' | 'end'>;

/** One line of jsonl, or the whole of json. `start`/`end` are offsets into `article.text`. */
export type CliRecord = {
  input: string;
  article: CliArticle;
  quotes: CliQuote[];
  figures: CliFigure[];
  credits: CliCredit[];
  warnings: string[];
};

const quote = (f: QuoteFinding): CliQuote => ({
  text: f.text,
  speaker: f.speaker,
  // Only when the speaker is unclear: the people the attribution could mean.
  ...(f.speakerCandidates?.length ? { speakerCandidates: f.speakerCandidates } : {}),
  role: f.role,
  cue: f.cue,
  outlet: f.outlet,
  form: f.form,
  partial: f.partial,
  start: f.start,
  end: f.end,
});

const figure = (f: FigureFinding): CliFigure => ({
  text: f.text,
  value: f.value,
  range: f.range,
  unit: f.unit,
  kind: f.figureKind,
  qualifier: f.qualifier,
  change: f.change,
  magnitude: f.magnitude,
  group: f.group,
  conflicts: f.conflicts,
  repeatOf: f.repeatOf,
  // What the figure counts, from its clause, when the engine found it.
  ...(f.context ? { context: f.context } : {}),
  start: f.start,
  end: f.end,
});

const credit = (f: CreditFinding): CliCredit => ({
  credit: f.credit,
  caption: f.caption,
  image: f.image,
  source: f.source,
  agencies: f.agencies,
  start: f.start,
  end: f.end,
});

/** The printed record for `analysis` of `input` (the path as the user gave it). */
export function toRecord(input: string, analysis: Analysis): CliRecord {
  const a = analysis.article;
  const record: CliRecord = {
    input,
    article: {
      title: a.title,
      byline: a.byline,
      siteName: a.siteName,
      publishedTime: a.publishedTime,
      lang: a.lang,
      url: a.url,
      canonicalUrl: a.canonicalUrl,
      excerpt: a.excerpt,
      wordCount: a.wordCount,
      readingMinutes: a.readingMinutes,
      readerable: a.readerable,
      text: a.text,
    },
    quotes: [],
    figures: [],
    credits: [],
    warnings: [...analysis.warnings],
  };
  for (const f of analysis.findings) {
    if (f.kind === 'quote') record.quotes.push(quote(f));
    else if (f.kind === 'figure') record.figures.push(figure(f));
    else record.credits.push(credit(f));
  }
  return record;
}

/** `record` as json (pretty, one object) or jsonl (one line). */
export function formatRecord(record: CliRecord, format: 'json' | 'jsonl'): string {
  return format === 'json' ? `${JSON.stringify(record, null, 2)}\n` : `${JSON.stringify(record)}\n`;
}
