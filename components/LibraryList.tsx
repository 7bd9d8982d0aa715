import type { LibraryEntry } from '../utils/store/schema';
import { formatDate, plural } from './format';
import { Highlighted } from './library/Highlighted';
import { VirtualList } from './library/VirtualList';

/** Row height in px; the CSS clamps title and snippet so every row fits it exactly. */
/** Title (two lines), site and date, counts and badges, tags or the search snippet. */
export const ROW_HEIGHT = 108;

type Props = {
  /** Matching clipping ids in display order; null while the first query runs. */
  ids: number[] | null;
  terms: readonly string[];
  /** Rows loaded so far (the panel loads those in view). */
  entries: ReadonlyMap<number, LibraryEntry>;
  snippets: ReadonlyMap<number, string>;
  selected: ReadonlySet<number>;
  /** True when a search or filter is narrowing the list. */
  narrowed: boolean;
  onToggle: (id: number, index: number, range: boolean) => void;
  onOpen: (id: number) => void;
  onDelete: (id: number) => void;
  onRange: (start: number, end: number) => void;
  onClearFilters: () => void;
  /** Changes when the search or filters change: the list scrolls back to the top. */
  queryKey: string;
};

function counts(e: LibraryEntry): string {
  return `${plural(e.quotes, 'quote')} · ${plural(e.figures, 'figure')} · ${plural(e.credits, 'image')}`;
}

/** "10 q · 20 fig · 3 img": the counts as a row too narrow for the words shows them (screen readers get the words). */
function shortCounts(e: LibraryEntry): string {
  return `${e.quotes.toLocaleString()} q · ${e.figures.toLocaleString()} fig · ${e.credits.toLocaleString()} img`;
}

/** Saved clippings as a virtualized, keyboard-navigable list with highlighted matches. */
export function LibraryList(props: Props) {
  const { ids, terms, entries, snippets, selected, narrowed } = props;
  if (ids === null) {
    return (
      <p class="status loading" role="status">
        <span class="spinner" aria-hidden="true" /> Opening the library…
      </p>
    );
  }
  if (!ids.length) {
    return narrowed ? (
      <div class="status">
        <h2>No clippings match</h2>
        <p>Try fewer words or fewer filters.</p>
        <button type="button" onClick={props.onClearFilters}>
          Clear search and filters
        </button>
      </div>
    ) : (
      <div class="status">
        <h2>No clippings yet</h2>
        <p>Open an article, then choose “Save clipping” on the Page tab.</p>
      </div>
    );
  }
  const renderRow = (index: number) => {
    const id = ids[index]!;
    const e = entries.get(id);
    if (!e) return <div class="clipping-row placeholder" aria-busy="true" />;
    const title = e.title || 'Untitled article';
    const snippet = snippets.get(id);
    const disputed = e.statuses.includes('disputed');
    const newer = e.previousId !== null;
    return (
      <div class={`clipping-row${selected.has(id) ? ' selected' : ''}`} data-id={id}>
        <input
          type="checkbox"
          data-control="select"
          checked={selected.has(id)}
          aria-label={`Select “${title}”`}
          onClick={(ev) => props.onToggle(id, index, (ev as MouseEvent).shiftKey)}
        />
        <button type="button" class="clipping-open" data-control="open" onClick={() => props.onOpen(id)}>
          <span class="clipping-title">
            <Highlighted text={title} terms={terms} />
          </span>
          {/* Where and when on a line of its own, so a narrow panel never cuts it to "T…"; the counts and badges below. */}
          <span class="clipping-source">
            {[e.site, formatDate(e.publishedTime ?? e.clippedAt)].filter(Boolean).join(' · ')}
          </span>
          {/* The badges lead and never give way; a narrow row gets the short counts (library.css). */}
          <span class="clipping-meta" data-badges={Number(disputed) + Number(newer)}>
            {disputed && <span class="badge warn">disputed</span>}
            {newer && <span class="badge">new version</span>}
            <span class="clipping-counts">
              <span class="visually-hidden">{counts(e)}</span>
              <span class="counts-long" aria-hidden="true">
                {counts(e)}
              </span>
              <span class="counts-short" aria-hidden="true">
                {shortCounts(e)}
              </span>
            </span>
          </span>
          {snippet ? (
            <span class="clipping-snippet">
              <Highlighted text={snippet} terms={terms} />
            </span>
          ) : (
            e.tags.length > 0 && <span class="clipping-tags">{e.tags.map((t) => `#${t}`).join(' ')}</span>
          )}
        </button>
        <button
          type="button"
          class="icon danger"
          data-control="delete"
          aria-label={`Delete “${title}”`}
          title="Delete"
          onClick={() => props.onDelete(id)}
        >
          <TrashIcon />
        </button>
      </div>
    );
  };
  return (
    <VirtualList
      count={ids.length}
      rowHeight={ROW_HEIGHT}
      label="Saved clippings"
      renderRow={renderRow}
      onRange={props.onRange}
      resetKey={props.queryKey}
    />
  );
}

/** Drawn rather than an emoji: emoji fonts are missing on many Linux desktops. */
function TrashIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d="M3 4h10M6.5 4V2.5h3V4M4.5 4l.7 9.5h5.6l.7-9.5M7 6.5v5M9 6.5v5"
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
