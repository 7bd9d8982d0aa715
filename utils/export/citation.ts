/**
 * Citations for researchers: CSL-JSON (Zotero, Pandoc citeproc) and BibTeX (biblatex),
 * one entry per clipping, newspaper-article type, with the access date (clippedAt), citing the
 * page's canonical URL when it gave one.
 *
 * Hand-written rather than citation-js (0.7, tried): names come out the same ("Family, Given",
 * organisations in double braces), but citation-js writes a URL's braces unescaped, so a page
 * address with a "}" breaks the BibTeX entry; here they are percent-encoded.
 */
import type { Clipping } from '../store/schema';
import { safeUrl } from '../analysis/resolve-url';
import { parseByline, type Author } from './authors';

type Citable = Pick<Clipping, 'id' | 'title' | 'byline' | 'siteName' | 'publishedTime' | 'url' | 'clippedAt' | 'lang'> &
  Partial<Pick<Clipping, 'canonicalUrl'>>;

/** The address to cite: the canonical URL the page gave (without its tracking parameters), else the page's own. */
function citedUrl(clipping: Citable): string | null {
  return safeUrl(clipping.canonicalUrl) ?? safeUrl(clipping.url);
}

type DateParts = { 'date-parts': number[][] } | { literal: string };

/** CSL-JSON item, the fields Copydesk can fill. */
export type CslItem = {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: Author[];
  issued?: DateParts;
  accessed?: DateParts;
  URL?: string;
  language?: string;
};

function dayParts(value: string | null): number[] | null {
  const m = value?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** One clipping as a CSL-JSON item (type article-newspaper). */
export function toCsl(clipping: Citable): CslItem {
  const item: CslItem = {
    id: `copydesk-${clipping.id ?? 'new'}`,
    type: 'article-newspaper',
    title: clipping.title || 'Untitled article',
  };
  const container = clipping.siteName?.trim() || hostOf(clipping.url);
  if (container) item['container-title'] = container;
  const authors = parseByline(clipping.byline);
  if (authors.length) item.author = authors;
  const issued = dayParts(clipping.publishedTime);
  if (issued) item.issued = { 'date-parts': [issued] };
  else if (clipping.publishedTime?.trim()) item.issued = { literal: clipping.publishedTime.trim() };
  const accessed = dayParts(clipping.clippedAt);
  if (accessed) item.accessed = { 'date-parts': [accessed] };
  const url = citedUrl(clipping);
  if (url) item.URL = url;
  if (clipping.lang) item.language = clipping.lang;
  return item;
}

/** A CSL-JSON document (an array of items), as Zotero imports it. */
export function cslJson(clippings: readonly Citable[]): string {
  return `${JSON.stringify(clippings.map(toCsl), null, 2)}\n`;
}

/** Escapes text for a braced BibTeX field: LaTeX specials become commands. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}&%$#_~^]/g, (c) => {
      switch (c) {
        case '\\':
          return '\\textbackslash{}';
        case '~':
          return '\\textasciitilde{}';
        case '^':
          return '\\textasciicircum{}';
        default:
          return `\\${c}`;
      }
    });
}

/** A URL for a BibTeX `url` field: braces and spaces percent-encoded, the rest verbatim. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\s%\\]/g, (c) => (c === '%' ? '\\%' : encodeURIComponent(c)));
}

function bibtexAuthor(author: Author): string {
  // Double braces keep an organisation's name whole instead of "Press, Associated".
  if ('literal' in author) return `{${escapeBibtex(author.literal)}}`;
  return `${escapeBibtex(author.family)}, ${escapeBibtex(author.given)}`;
}

function keyPart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

const KEY_STOP = new Set(['the', 'a', 'an', 'of', 'on', 'in', 'to', 'and', 'for']);

function baseKey(clipping: Citable): string {
  const first = parseByline(clipping.byline)[0];
  const who = first ? keyPart('literal' in first ? first.literal.split(' ')[0]! : first.family) : '';
  const site = keyPart(clipping.siteName ?? hostOf(clipping.url) ?? '');
  const year = dayParts(clipping.publishedTime)?.[0] ?? dayParts(clipping.clippedAt)?.[0] ?? '';
  const word = clipping.title
    .split(/\s+/)
    .map(keyPart)
    .find((w) => w && !KEY_STOP.has(w));
  return `${who || site || 'clipping'}${year}${word ?? ''}`.slice(0, 40);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function bibtexEntry(clipping: Citable, key: string): string {
  const fields: Array<[string, string]> = [];
  const authors = parseByline(clipping.byline);
  if (authors.length) fields.push(['author', `{${authors.map(bibtexAuthor).join(' and ')}}`]);
  // Inner braces keep the title's capitals as written (BibTeX styles lowercase titles).
  fields.push(['title', `{{${escapeBibtex(clipping.title || 'Untitled article')}}}`]);
  const container = clipping.siteName?.trim() || hostOf(clipping.url);
  if (container) fields.push(['journal', `{${escapeBibtex(container)}}`]);
  const issued = dayParts(clipping.publishedTime);
  if (issued) {
    fields.push(['year', `{${issued[0]}}`], ['month', MONTHS[issued[1]! - 1] ?? `{${issued[1]}}`]);
    fields.push(['date', `{${clipping.publishedTime!.slice(0, 10)}}`]);
  }
  const url = citedUrl(clipping);
  if (url) fields.push(['url', `{${bibtexUrl(url)}}`]);
  const accessed = dayParts(clipping.clippedAt);
  if (accessed) fields.push(['urldate', `{${clipping.clippedAt.slice(0, 10)}}`]);
  return `@article{${key},\n${fields.map(([k, v]) => `  ${k} = ${v},`).join('\n')}\n}`;
}

/** BibTeX @article entries with unique keys (writer2018secretary, writer2018secretarya...). */
export function bibtex(clippings: readonly Citable[]): string {
  const used = new Set<string>();
  const entries = clippings.map((c) => {
    const base = baseKey(c);
    let key = base;
    for (let n = 0; used.has(key); n++) key = `${base}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? n : ''}`;
    used.add(key);
    return bibtexEntry(c, key);
  });
  return `${entries.join('\n\n')}\n`;
}
