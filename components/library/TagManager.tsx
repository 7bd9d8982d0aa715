import { useState } from 'preact/hooks';

type Props = {
  counts: ReadonlyMap<string, number>;
  busy: boolean;
  onRename: (from: string, to: string) => void;
  onMerge: (from: string[], to: string) => void;
  onRemove: (tag: string) => void;
};

/** Every tag with its count: rename one, merge several into one, remove one everywhere. */
export function TagManager({ counts, busy, onRename, onMerge, onRemove }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [into, setInto] = useState('');
  const tags = [...counts.keys()].sort((a, b) => a.localeCompare(b));
  if (!tags.length) return <p class="hint">No tags yet. Select clippings and add one.</p>;
  const toggle = (t: string) => setPicked(picked.includes(t) ? picked.filter((x) => x !== t) : [...picked, t]);
  return (
    <div class="lib-tags">
      <ul aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} class="row">
            <input
              type="checkbox"
              checked={picked.includes(tag)}
              aria-label={`Pick “${tag}” to merge`}
              onChange={() => toggle(tag)}
            />
            {editing === tag ? (
              <form
                class="row"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (name.trim() && name.trim() !== tag) onRename(tag, name);
                  setEditing(null);
                }}
              >
                <input
                  value={name}
                  aria-label={`New name for “${tag}”`}
                  onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
                />
                <button type="submit" disabled={busy}>
                  Rename
                </button>
                <button type="button" class="link" onClick={() => setEditing(null)}>
                  Cancel
                </button>
              </form>
            ) : (
              <>
                <span class="tag-name">
                  #{tag} <span class="count-inline">({counts.get(tag)})</span>
                </span>
                <button
                  type="button"
                  class="link"
                  onClick={() => {
                    setEditing(tag);
                    setName(tag);
                  }}
                >
                  Rename
                </button>
                <button type="button" class="link danger" disabled={busy} onClick={() => onRemove(tag)}>
                  Remove
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {picked.length > 1 && (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (!into.trim()) return;
            onMerge(picked, into);
            setPicked([]);
            setInto('');
          }}
        >
          <label>
            Merge {picked.length} tags into{' '}
            <input
              value={into}
              list="lib-tag-names"
              onInput={(e) => setInto((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <datalist id="lib-tag-names">
            {picked.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          <button type="submit" disabled={busy || !into.trim()}>
            Merge
          </button>
        </form>
      )}
      <p class="hint">Renaming a tag to one that exists merges the two.</p>
    </div>
  );
}
