import type { Clipping } from '../utils/store/schema';
import { formatDate, formatDateTime, hostOf, plural } from './format';

type Props = {
  clippings: Clipping[] | null;
  onOpen: (id: number) => void;
  onDelete: (id: number) => void;
};

function counts(c: Clipping): string {
  const n = (kind: string) => c.findings.filter((f) => f.kind === kind).length;
  return `${plural(n('quote'), 'quote')} · ${plural(n('figure'), 'figure')} · ${plural(n('credit'), 'image')}`;
}

/** Saved clippings, newest first. */
export function LibraryList({ clippings, onOpen, onDelete }: Props) {
  if (clippings === null) {
    return (
      <p class="status loading" role="status">
        <span class="spinner" aria-hidden="true" /> Opening the library…
      </p>
    );
  }
  if (!clippings.length) {
    return (
      <div class="status">
        <h2>No clippings yet</h2>
        <p>Open an article, then choose “Save clipping” on the Page tab.</p>
      </div>
    );
  }
  return (
    <ul class="library" aria-label="Saved clippings">
      {clippings.map((c) => (
        <li key={c.id} class="clipping-row" data-id={c.id}>
          <button type="button" class="clipping-open" onClick={() => c.id !== undefined && onOpen(c.id)}>
            <span class="clipping-title">{c.title || 'Untitled article'}</span>
            <span class="clipping-meta">
              {[c.siteName ?? hostOf(c.url), formatDate(c.publishedTime)].filter(Boolean).join(' · ')}
            </span>
            <span class="clipping-meta">
              Saved {formatDateTime(c.clippedAt)} · {counts(c)}
            </span>
          </button>
          <button
            type="button"
            class="icon danger"
            aria-label={`Delete “${c.title || 'Untitled article'}”`}
            title="Delete"
            onClick={() => c.id !== undefined && onDelete(c.id)}
          >
            🗑
          </button>
        </li>
      ))}
    </ul>
  );
}
