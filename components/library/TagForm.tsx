import { useState } from 'preact/hooks';

type Props = {
  /** Read by screen readers: what the tag is added to. */
  label: string;
  placeholder: string;
  submitLabel: string;
  busy: boolean;
  onAdd: (tag: string) => void;
};

/** A one-line form that adds a tag, then clears itself for the next. */
export function TagForm({ label, placeholder, submitLabel, busy, onAdd }: Props) {
  const [tag, setTag] = useState('');
  return (
    <form
      class="row"
      onSubmit={(e) => {
        e.preventDefault();
        if (!tag.trim()) return;
        onAdd(tag);
        setTag('');
      }}
    >
      <input
        value={tag}
        placeholder={placeholder}
        aria-label={label}
        onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit" disabled={busy || !tag.trim()}>
        {submitLabel}
      </button>
    </form>
  );
}
