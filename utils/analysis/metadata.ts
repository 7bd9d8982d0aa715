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

function asObjects(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(asObjects);
  if (value && typeof value === 'object') {
    const obj = value as JsonObject;
    return '@graph' in obj ? [obj, ...asObjects(obj['@graph'])] : [obj];
  }
  return [];
}

function typesOf(obj: JsonObject): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return nameOf((value as JsonObject).name);
  return null;
}

/** Every JSON-LD object on the page, flattened through @graph and arrays; malformed blocks are skipped. */
export function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      out.push(...asObjects(JSON.parse(script.textContent ?? '')));
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

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
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

/** Metadata from markup only; `url` resolves relative canonical links. */
export function readMetadata(doc: Document, url: string | null): PageMetadata {
  const ld = jsonLdArticle(doc);
  const publisher = ld ? nameOf(ld.publisher) : null;
  const timeEl = doc.querySelector('article time[datetime], time[itemprop="datePublished"], time[datetime]');
  const published =
    normalizeDate(typeof ld?.datePublished === 'string' ? ld.datePublished : null) ??
    normalizeDate(
      meta(
        doc,
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
    meta(doc, 'og:url'),
    typeof ld?.url === 'string' ? ld.url : null,
  ].map((href) => canonicalFor(href, url));
  const canonical = choices.find((c) => c.url)?.url ?? null;
  const warnings = choices.flatMap((c) => (c.warning ? [c.warning] : []));
  return {
    title: (ld ? nameOf(ld.headline) : null) ?? meta(doc, 'og:title', 'twitter:title'),
    byline: cleanByline(
      (ld ? nameOf(ld.author) : null) ?? meta(doc, 'author', 'article:author', 'byl', 'parsely-author'),
    ),
    siteName: publicationName(
      [meta(doc, 'og:site_name'), publisher, meta(doc, 'application-name')],
      meta(doc, 'article:section', 'og:article:section'),
    ),
    publishedTime: published,
    canonicalUrl: canonical,
    lang: doc.documentElement?.getAttribute('lang')?.trim() || meta(doc, 'og:locale', 'language', 'content-language'),
    description:
      meta(doc, 'description', 'og:description', 'twitter:description') ?? (ld ? nameOf(ld.description) : null),
    warnings,
  };
}
