import { useEffect, useState } from 'preact/hooks';
import { TagForm } from './TagForm';

type Props = {
  tags: string[];
  note: string;
  busy: boolean;
  onAddTag: (tag: string) => void;
  onRemoveTag: (tag: string) => void;
  onSaveNote: (note: string) => void;
};

/** The clipping's tags (add, remove) and its note, editable in place. */
export function ClippingDetails({ tags, note, busy, onAddTag, onRemoveTag, onSaveNote }: Props) {
  const [draft, setDraft] = useState(note);
  useEffect(() => setDraft(note), [note]);
  return (
    <div class="clipping-details">
      <ul class="tag-chips" aria-label="Tags">
        {tags.map((t) => (
          <li key={t} class="chip">
            #{t}
            <button
              type="button"
              class="icon"
              aria-label={`Remove tag “${t}”`}
              disabled={busy}
              onClick={() => onRemoveTag(t)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <TagForm label="Add a tag" placeholder="Add a tag" submitLabel="Add" busy={busy} onAdd={onAddTag} />
      <label class="note">
        Note
        <textarea rows={2} value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      {draft.trim() !== note.trim() && (
        <button type="button" disabled={busy} onClick={() => onSaveNote(draft)}>
          Save note
        </button>
      )}
    </div>
  );
}
