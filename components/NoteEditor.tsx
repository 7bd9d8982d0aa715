import { useEffect, useRef, useState } from 'preact/hooks';

type Props = {
  label: string;
  value: string;
  /** A second field for comma-separated tags, when given. */
  tags?: string;
  onSave: (value: string, tags: string) => void;
  onCancel: () => void;
  /** Given, the text is the caller's (a draft kept outside): `value` is what was typed so far. */
  onChange?: (value: string) => void;
  /** Given, the tags field is the caller's too: `tags` is what was typed so far. */
  onTagsChange?: (tags: string) => void;
};

/** A note (and optionally tags) being written: Ctrl+Enter or Save keeps it, Escape drops the change. */
export function NoteEditor({ label, value, tags, onSave, onCancel, onChange, onTagsChange }: Props) {
  const [own, setOwn] = useState(value);
  const text = onChange ? value : own;
  const setText = onChange ?? setOwn;
  const [ownTags, setOwnTags] = useState(tags ?? '');
  const tagText = onTagsChange ? (tags ?? '') : ownTags;
  const setTagText = onTagsChange ?? setOwnTags;
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  const save = () => onSave(text, tagText);
  return (
    <form
      class="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        // Keys typed here are words, not panel shortcuts.
        e.stopPropagation();
        if (e.key === 'Escape') onCancel();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
      }}
    >
      <label>
        <span class="field-label">{label}</span>
        <textarea ref={area} rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      {tags !== undefined && (
        <label>
          <span class="field-label">Tags, separated by commas</span>
          <input type="text" value={tagText} onInput={(e) => setTagText(e.currentTarget.value)} />
        </label>
      )}
      <div class="row">
        <button type="submit" class="primary">
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
