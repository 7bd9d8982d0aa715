/**
 * The engine's data model. Everything here is plain JSON: it crosses the message
 * protocol, lands in IndexedDB and is printed by the CLI unchanged.
 */

/** W3C Web Annotation: the exact words with some context either side. */
export type TextQuoteSelector = {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
};

/** W3C Web Annotation: UTF-16 offsets into `Article.text`, end-exclusive. */
export type TextPositionSelector = {
  type: 'TextPositionSelector';
  start: number;
  end: number;
};

export type Selector = TextQuoteSelector | TextPositionSelector;

/** The article as Copydesk understood it. */
export type Article = {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page gives a parseable date, else as written, else null. */
  publishedTime: string | null;
  lang: string | null;
  url: string | null;
  canonicalUrl: string | null;
  excerpt: string | null;
  wordCount: number;
  /** Minutes at 230 words a minute, at least 1 for a non-empty article. */
  readingMinutes: number;
  /** Plain text; paragraphs separated by a blank line. All offsets point into this. */
  text: string;
  /** Readability's content HTML. Page HTML: sanitize before rendering or storing. */
  html: string;
  /** Readability's isProbablyReaderable verdict on the page. */
  readerable: boolean;
};

type FindingBase = {
  /** Stable within one analysis: kind plus position. */
  id: string;
  /** Offsets into `Article.text`; null only when the finding lies outside it (a credit Readability dropped). */
  start: number | null;
  end: number | null;
  /** Always a TextQuoteSelector; a TextPositionSelector too when start/end are known. */
  selectors: Selector[];
};

export type QuoteFinding = FindingBase & {
  kind: 'quote';
  /** The quoted words without the enclosing marks. */
  text: string;
  speaker: string | null;
  /** When the speaker is unclear (null), the people the attribution could mean, for the editor to choose from. */
  speakerCandidates?: string[];
  /** The attribution verb or phrase: said, told, according to... */
  cue: string | null;
  /** The speaker's role as the story gives it: "a Free Syrian Army (FSA) commander", "US Ambassador to the UN". */
  role: string | null;
  /** Channel of a second-hand quote: "Reuters" (told Reuters, Reuters reported), "Twitter" (in a tweet). */
  outlet: string | null;
  /** A fragment inside reported speech rather than a full quotation. */
  partial: boolean;
  /** `direct`: words inside quotation marks; `claim`: reported speech without marks ("Rebels say the result will be bloodshed"). */
  form: QuoteForm;
};

/** How a quote is given: in quotation marks, or reported without them. */
export type QuoteForm = 'direct' | 'claim';

export type FigureKind =
  'count' | 'percent' | 'money' | 'quantity' | 'date' | 'year' | 'time' | 'ordinal' | 'approximate';

export type FigureFinding = FindingBase & {
  kind: 'figure';
  /** The figure as written, e.g. "800,000 people" minus the noun: "800,000". */
  text: string;
  figureKind: FigureKind;
  value: number | null;
  range: [number, number] | null;
  /** What it counts or measures: people, deaths, %, USD, km... */
  unit: string | null;
  /** more than, nearly, up to, about... */
  qualifier: string | null;
  /** Direction when the figure is a change: "rose 5%", "fell by half". */
  change: FigureChange | null;
  /** Order of magnitude of an approximate figure ("tens of thousands" → 10000), else null. */
  magnitude: number | null;
  /** Key shared by the article's figures that count the same thing ("count:people"); null when unknown. */
  group: string | null;
  /** Ids of figures in the same group with a different value: a possible inconsistency. */
  conflicts: string[];
  /** Id of the earlier figure this one repeats (same thing, same value), checked once with it; else null. */
  repeatOf: string | null;
  /** A few words from the figure's sentence saying what it counts ("people displaced", "federal funds rate"); absent when none. */
  context?: string;
};

/** Which way a change goes. */
export type FigureChange = 'rise' | 'fall';

/** Where a credit was read: a caption, a credit element, the image's own attributes (data-credit, a labelled alt/title), JSON-LD, page metadata; 'none' when the page gives none. */
export type CreditSource =
  'figcaption' | 'credit-element' | 'caption-text' | 'image-attribute' | 'json-ld' | 'meta' | 'none';

export type CreditFinding = FindingBase & {
  kind: 'credit';
  /** The credit holder as written, or null for an article image with no credit. */
  credit: string | null;
  caption: string | null;
  /** Absolute image URL when known. */
  image: string | null;
  /** Where the credit was found. */
  source: CreditSource;
  /** Canonical names of the picture agencies the credit names ("AFP via Getty Images" -> AFP, Getty Images); [] for none. */
  agencies: string[];
};

export type Finding = QuoteFinding | FigureFinding | CreditFinding;
export type FindingKind = Finding['kind'];

/** What every finder gets besides the document and the article. Globals are passed in, never read. */
export type FinderContext = {
  url: string | null;
  now: Date;
  lang: string | null;
};

/** One finder per file, all with this shape, registered in finders.ts. */
export type Finder = {
  kind: FindingKind;
  /** Heading in the panel and the Markdown export. */
  label: string;
  /** `doc` is the untouched page (never Readability's clone); `article.text` is what offsets point into. */
  find: (doc: Document, article: Article, ctx: FinderContext) => Finding[];
};

/** Why a list is incomplete: it stopped at the time budget, was never started, or failed. */
export type FinderShortfall = { kind: FindingKind; reason: 'stopped' | 'not-run' | 'failed'; message: string };

export type Analysis = {
  /** Bumped when the shape changes; stored clippings carry it. */
  schema: 1;
  analyzedAt: string;
  article: Article;
  findings: Finding[];
  warnings: string[];
  /** The lists that are incomplete, each also told in `warnings`; absent when every list is whole. */
  shortfalls?: FinderShortfall[];
};
