/**
 * Article metadata from the page's own markup, in order of trust: JSON-LD
 * (NewsArticle/Article), then OpenGraph and article:* meta, then plain meta
 * tags, <link rel=canonical> and <time>. Readability fills what these leave empty.
 */

import { cleanByline } from './byline';
import { canonicalFor } from './canonical';
import { publicationName } from './publication';

export type PageMetadata = {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /** http(s) and of the page's own site family, else null (canonical.ts). */
  canonicalUrl: string | null;
  lang: string | null;
  description: string | null;
  /** What was read but ignored, for the analysis warnings. */
  warnings: string[];
};

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(?:News|Report|Scholarly|Tech|Opinion|Analysis|Review|Background)?Article$|^BlogPosting$|^LiveBlogPosting$|^WebPage$/;

/** Real JSON-LD nests an article at most a few arrays and @graphs deep; deeper is hostile or broken. */
const MAX_JSON_DEPTH = 16;
/** More objects than any page's metadata holds. */
const MAX_JSON_OBJECTS = 10_000;

/**
 * The objects of a JSON-LD value in document order, through arrays and @graph, without
 * recursion and at most MAX_JSON_DEPTH deep: a block nested 100,000 deep costs nothing.
 */
function asObjects(value: unknown): JsonObject[] {
  const out: JsonObject[] = [];
  // Reverse order on the stack so objects come out in document order.
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length && out.length < MAX_JSON_OBJECTS) {
    const { value: v, depth } = stack.pop() as { value: unknown; depth: number };
    if (depth > MAX_JSON_DEPTH || !v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], depth: depth + 1 });
      continue;
    }
    const obj = v as JsonObject;
    out.push(obj);
    if ('@graph' in obj) stack.push({ value: obj['@graph'], depth: depth + 1 });
  }
  return out;
}

function typesOf(obj: JsonObject): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** A name is a string, an object's name or a list of those: a few levels, never deeper (hostile JSON). */
const MAX_NAME_DEPTH = 4;

function nameOf(value: unknown, depth = 0): string | null {
  if (depth > MAX_NAME_DEPTH) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map((v) => nameOf(v, depth + 1)).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return nameOf((value as JsonObject).name, depth + 1);
  return null;
}

/** Every JSON-LD object on the page, flattened through @graph and arrays; malformed blocks are skipped. */
export function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      for (const obj of asObjects(JSON.parse(script.textContent ?? ''))) out.push(obj);
    } catch {
      // Pages ship broken JSON-LD often enough; the other sources still apply.
    }
  }
  return out;
}

function jsonLdArticle(doc: Document): JsonObject | null {
  const objects = jsonLdObjects(doc);
  const scored = objects
    .map((o) => ({ o, types: typesOf(o) }))
    .filter(({ types }) => types.some((t) => ARTICLE_TYPES.test(t)));
  return (scored.find(({ types }) => !types.includes('WebPage')) ?? scored[0])?.o ?? null;
}

/** Each key a <meta> names (property, name or itemprop), with the content of the first <meta> naming it. */
type MetaIndex = ReadonlyMap<string, string | undefined>;

/**
 * The page's <meta> tags read in one pass: a query per key walked the whole page each
 * time, a second of work on a 2 MB gallery in a Node DOM.
 */
function metaIndex(doc: Document): MetaIndex {
  const index = new Map<string, string | undefined>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content')?.trim();
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr);
      if (key !== null && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

/** The content of the first <meta> naming the first key that has one, as a query per key in turn would give. */
function meta(index: MetaIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const content = index.get(key);
    if (content) return content;
  }
  return null;
}

/** ISO string when the value parses as a date, else null. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!/\d{4}/.test(trimmed)) return null;
  const t = Date.parse(trimmed);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** Metadata with nothing read: what a page whose metadata cannot be read gets. */
export function emptyMetadata(): PageMetadata {
  return {
    title: null,
    byline: null,
    siteName: null,
    publishedTime: null,
    canonicalUrl: null,
    lang: null,
    description: null,
    warnings: [],
  };
}

/** Metadata from markup only; `url` resolves relative canonical links. */
export function readMetadata(doc: Document, url: string | null): PageMetadata {
  const ld = jsonLdArticle(doc);
  const metas = metaIndex(doc);
  const publisher = ld ? nameOf(ld.publisher) : null;
  const timeEl = doc.querySelector('article time[datetime], time[itemprop="datePublished"], time[datetime]');
  const published =
    normalizeDate(typeof ld?.datePublished === 'string' ? ld.datePublished : null) ??
    normalizeDate(
      meta(
        metas,
        'article:published_time',
        'og:article:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'date',
        'DC.date.issued',
        'parsely-pub-date',
        'sailthru.date',
      ),
    ) ??
    normalizeDate(timeEl?.getAttribute('datetime'));
  // The first canonical the page gives that it may claim; a refused one is reported.
  const choices = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    meta(metas, 'og:url'),
    typeof ld?.url === 'string' ? ld.url : null,
  ].map((href) => canonicalFor(href, url));
  const canonical = choices.find((c) => c.url)?.url ?? null;
  // The link and og:url usually name the same address: one refusal is one warning.
  const warnings = [...new Set(choices.flatMap((c) => (c.warning ? [c.warning] : [])))];
  return {
    title: (ld ? nameOf(ld.headline) : null) ?? meta(metas, 'og:title', 'twitter:title'),
    byline: cleanByline(
      (ld ? nameOf(ld.author) : null) ?? meta(metas, 'author', 'article:author', 'byl', 'parsely-author'),
    ),
    siteName: publicationName(
      [meta(metas, 'og:site_name'), publisher, meta(metas, 'application-name')],
      meta(metas, 'article:section', 'og:article:section'),
    ),
    publishedTime: published,
    canonicalUrl: canonical,
    lang: doc.documentElement?.getAttribute('lang')?.trim() || meta(metas, 'og:locale', 'language', 'content-language'),
    description:
      meta(metas, 'description', 'og:description', 'twitter:description') ?? (ld ? nameOf(ld.description) : null),
    warnings,
  };
}
