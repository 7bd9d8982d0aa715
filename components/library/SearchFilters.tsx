import { useState } from 'preact/hooks';
import type { Facets, LibraryQuery, LibrarySort } from '../../utils/store/query';

type Props = {
  query: LibraryQuery;
  facets: Facets;
  onChange: (query: LibraryQuery) => void;
};

const STATUS_LABELS: Record<string, string> = {
  disputed: 'Disputed flags',
  'needs-source': 'Flags needing a source',
  verified: 'Verified flags',
};

/** How many filters (not the search words, not the sort) are narrowing the list. */
export function activeFilters(q: LibraryQuery): number {
  return [q.tag, q.site, q.speaker, q.status, q.from, q.to].filter((v) => v !== undefined && v !== '').length;
}

/** The search box, the sort, and a disclosure with the filters. */
export function SearchFilters({ query, facets, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const set = (patch: Partial<LibraryQuery>) => onChange({ ...query, ...patch });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const active = activeFilters(query);
  return (
    <div class="lib-search">
      <div class="row">
        <input
          type="search"
          class="lib-search-input"
          placeholder="Search title, text, quotes, speakers, notes, tags"
          aria-label="Search clippings"
          value={query.text ?? ''}
          onInput={(e) => set({ text: value(e) })}
        />
      </div>
      <div class="row lib-search-row">
        <button type="button" aria-expanded={open} aria-controls="lib-filters" onClick={() => setOpen(!open)}>
          Filters{active ? ` (${active})` : ''}
        </button>
        <label class="lib-sort">
          Sort{' '}
          <select value={query.sort ?? 'newest'} onChange={(e) => set({ sort: value(e) as LibrarySort })}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
            <option value="site">By site</option>
          </select>
        </label>
      </div>
      {open && (
        <fieldset id="lib-filters" class="lib-filters">
          <legend class="visually-hidden">Filters</legend>
          <label>
            Tag
            <select aria-label="Tag" value={query.tag ?? ''} onChange={(e) => set({ tag: value(e) || undefined })}>
              <option value="">Any tag</option>
              {facets.tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label>
            Site
            <select aria-label="Site" value={query.site ?? ''} onChange={(e) => set({ site: value(e) || undefined })}>
              <option value="">Any site</option>
              {facets.sites.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <label>
            Flags
            <select
              aria-label="Flags"
              value={query.status ?? ''}
              onChange={(e) => set({ status: value(e) || undefined })}
            >
              <option value="">Any flags</option>
              {Object.entries(STATUS_LABELS).map(([status, label]) => (
                <option key={status} value={status}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Speaker
            <input
              list="lib-speakers"
              value={query.speaker ?? ''}
              placeholder="Anyone"
              onChange={(e) => set({ speaker: value(e).trim() || undefined })}
            />
            <datalist id="lib-speakers">
              {facets.speakers.slice(0, 500).map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          </label>
          <label>
            Saved from
            <input type="date" value={query.from ?? ''} onChange={(e) => set({ from: value(e) || undefined })} />
          </label>
          <label>
            to
            <input type="date" value={query.to ?? ''} onChange={(e) => set({ to: value(e) || undefined })} />
          </label>
          <button type="button" class="link" onClick={() => onChange({ sort: query.sort, text: query.text })}>
            Clear filters
          </button>
        </fieldset>
      )}
    </div>
  );
}
