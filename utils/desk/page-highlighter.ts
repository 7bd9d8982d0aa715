/**
 * Draws the desk's marks on the live page with the CSS Custom Highlight API: Ranges
 * collected into one Highlight per kind and registered in CSS.highlights. The page's
 * DOM is never changed. Browser objects are passed in, so tests can use any DOM.
 */
import { collapseQuote } from './anchor';
import { HIGHLIGHT_KINDS, type HighlightKind, type HighlightNames } from './highlight-style';
import { matchExact, matchFuzzy, type Quote } from './match-quote';
import { readPageText, type PageText } from './page-text';

/**
 * One thing to mark: a flag or an annotation, found on the page by its words. A credit
 * also names its picture: showing it scrolls to the picture when the words are not there
 * (an uncredited picture has none).
 */
export type HighlightItem = { id: string; kind: HighlightKind; quote: Quote; image?: string };

/** The parts of `CSS.highlights` used here (it is map-like, and the page's scripts share it). */
export type HighlightRegistry = {
  set: (name: string, value: never) => unknown;
  get: (name: string) => unknown;
  has: (name: string) => boolean;
  delete: (name: string) => boolean;
};

export type HighlighterEnv = {
  root: Node;
  registry: HighlightRegistry;
  /** The registry names of each kind: random per page (see highlight-style.ts). */
  names: HighlightNames;
  /** `(ranges) => new Highlight(...ranges)`. */
  makeHighlight: (ranges: Range[], priority: number) => unknown;
  /** Brings a range into view. */
  scrollTo: (range: Range) => void;
  /** Brings the picture with this address into view; false when the page has none. @default none found */
  scrollToImage?: (url: string) => boolean;
  /** @default performance.now */
  now?: () => number;
  /** Time all approximate searches of one update may take together. @default 250 */
  fuzzyBudgetMs?: number;
};

export type Highlighter = {
  /** Replaces every mark; answers which items were found on the page. */
  update: (items: readonly HighlightItem[], hidden: readonly HighlightKind[]) => { missing: string[] };
  /** Shows or hides kinds without anchoring again. */
  setHidden: (hidden: readonly HighlightKind[]) => void;
  /** Scrolls to an item and marks it as the current one; false when it is not on the page. */
  locate: (id: string) => boolean;
  /** The words of a selection with context either side, as the page shows them. */
  quoteOfRange: (range: Range) => Quote | null;
  /** Forgets the page text (after the page changed) so the next update reads it again. */
  invalidate: () => void;
  /** Share (0..1) of the marks whose words changed or left the document: the page swapped its content. */
  detached: () => number;
  clear: () => void;
  /**
   * Puts back what the page's scripts changed in the shared registry: a mark of ours
   * replaced or deleted is set again, a hidden kind the page registered is removed.
   * Answers how many names it repaired.
   */
  guard: () => number;
};

const CONTEXT = 32;

type Mark = { kind: HighlightKind; range: Range; text: string };

/** A highlighter for the page under `env.root`. */
export function createHighlighter(env: HighlighterEnv): Highlighter {
  const now = env.now ?? (() => performance.now());
  let page: PageText | null = null;
  let ranges = new Map<string, Mark>();
  let pictures = new Map<string, string>();
  let hidden = new Set<HighlightKind>();
  const text = (): PageText => (page ??= readPageText(env.root));
  const { names } = env;
  /** What each of our names should hold in the registry: our own Highlight object, or nothing. */
  const drawn = new Map<string, unknown>();
  const put = (name: string, highlight: unknown) => {
    drawn.set(name, highlight);
    env.registry.set(name, highlight as never);
  };
  const remove = (name: string) => {
    drawn.delete(name);
    env.registry.delete(name);
  };

  const draw = () => {
    for (const kind of HIGHLIGHT_KINDS) {
      const mine = [...ranges.values()].filter((r) => r.kind === kind).map((r) => r.range);
      if (hidden.has(kind) || !mine.length) remove(names[kind]);
      // Annotations sit above flags where they overlap.
      else put(names[kind], env.makeHighlight(mine, kind === 'annotation' ? 1 : 0));
    }
  };

  const update: Highlighter['update'] = (items, hide) => {
    const { text: pageText, rangeOf } = text();
    const deadline = now() + (env.fuzzyBudgetMs ?? 250);
    const next = new Map<string, Mark>();
    const missing: string[] = [];
    pictures = new Map(items.flatMap((i) => (i.image ? [[i.id, i.image] as const] : [])));
    for (const item of items) {
      if (!item.quote.exact.trim()) {
        if (!item.image) missing.push(item.id);
        continue;
      }
      const quote = collapseQuote(item.quote);
      const found =
        matchExact(pageText, quote) ??
        (now() < deadline ? matchFuzzy(pageText, quote, { budgetMs: Math.min(50, deadline - now()), now }) : null);
      const range = found && rangeOf(found.start, found.end);
      if (range) next.set(item.id, { kind: item.kind, range, text: range.toString() });
      else missing.push(item.id);
    }
    ranges = next;
    hidden = new Set(hide);
    remove(names.focus);
    draw();
    return { missing };
  };

  return {
    update,
    setHidden: (hide) => {
      hidden = new Set(hide);
      draw();
    },
    locate: (id) => {
      const mark = ranges.get(id);
      const picture = pictures.get(id);
      if (!mark) return picture ? (env.scrollToImage?.(picture) ?? false) : false;
      put(names.focus, env.makeHighlight([mark.range], 2));
      env.scrollTo(mark.range);
      return true;
    },
    quoteOfRange: (range) => {
      const { text: pageText, offsetsOf } = text();
      const at = offsetsOf(range);
      if (!at) return null;
      return {
        exact: pageText.slice(at.start, at.end),
        prefix: pageText.slice(Math.max(0, at.start - CONTEXT), at.start),
        suffix: pageText.slice(at.end, at.end + CONTEXT),
      };
    },
    invalidate: () => {
      page = null;
    },
    detached: () => {
      if (!ranges.size) return 0;
      // Live ranges shrink to the cut when their text is removed, so compare the words.
      const gone = [...ranges.values()].filter((r) => r.range.toString() !== r.text).length;
      return gone / ranges.size;
    },
    clear: () => {
      ranges = new Map();
      for (const kind of [...HIGHLIGHT_KINDS, 'focus' as const]) remove(names[kind]);
    },
    guard: () => {
      let repaired = 0;
      for (const name of Object.values(names)) {
        const mine = drawn.get(name);
        if (mine === undefined ? !env.registry.has(name) : env.registry.get(name) === mine) continue;
        if (mine === undefined) env.registry.delete(name);
        else env.registry.set(name, mine as never);
        repaired++;
      }
      return repaired;
    },
  };
}
