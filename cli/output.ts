/**
 * What the command prints for one analyzed input: a flat, stable JSON record
 * mapped from the engine's Analysis (selectors and ids stay in the engine).
 */
import type {
  Analysis,
  CreditFinding,
  CreditSource,
  FigureFinding,
  FigureKind,
  QuoteFinding,
} from '../utils/analysis/types';

export type CliArticle = {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  url: string | null;
  canonicalUrl: string | null;
  excerpt: string | null;
  wordCount: number;
  readingMinutes: number;
  readerable: boolean;
  text: string;
};

export type CliQuote = {
  text: string;
  speaker: string | null;
  cue: string | null;
  partial: boolean;
  start: number | null;
  end: number | null;
};

export type CliFigure = {
  text: string;
  value: number | null;
  range: [number, number] | null;
  unit: string | null;
  kind: FigureKind;
  qualifier: string | null;
  start: number | null;
  end: number | null;
};

export type CliCredit = {
  credit: string | null;
  caption: string | null;
  image: string | null;
  source: CreditSource;
  start: number | null;
  end: number | null;
};

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
  cue: f.cue,
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
  start: f.start,
  end: f.end,
});

const credit = (f: CreditFinding): CliCredit => ({
  credit: f.credit,
  caption: f.caption,
  image: f.image,
  source: f.source,
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
