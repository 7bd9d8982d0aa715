import { useState } from 'preact/hooks';
import { TagForm } from './TagForm';
import { plural } from '../format';

export type ExportKind = 'markdown-zip' | 'csl-json' | 'bibtex';

type Props = {
  selected: number;
  total: number;
  busy: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onTag: (tag: string) => void;
  onExport: (kind: ExportKind) => void;
  onDelete: () => void;
};

/** What can be done to the selected clippings: tag, export, delete (with undo). */
export function BulkBar({ selected, total, busy, onSelectAll, onClear, onTag, onExport, onDelete }: Props) {
  const [kind, setKind] = useState<ExportKind>('markdown-zip');
  if (!selected) {
    return total ? (
      <div class="lib-bulk quiet">
        <span>{plural(total, 'clipping')}</span>
        <button type="button" class="link" onClick={onSelectAll}>
          Select all
        </button>
      </div>
    ) : null;
  }
  return (
    <div class="lib-bulk" role="region" aria-label="Selected clippings">
      <div class="row">
        <strong>{selected.toLocaleString()} selected</strong>
        {selected < total && (
          <button type="button" class="link" onClick={onSelectAll}>
            Select all {total.toLocaleString()}
          </button>
        )}
        <button type="button" class="link" onClick={onClear}>
          Clear
        </button>
      </div>
      <TagForm
        label="Tag to add to the selected clippings"
        placeholder="tag"
        submitLabel="Add tag"
        busy={busy}
        onAdd={onTag}
      />
      <div class="row">
        <select
          aria-label="Export format"
          value={kind}
          onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as ExportKind)}
        >
          <option value="markdown-zip">Markdown (zip)</option>
          <option value="csl-json">CSL-JSON citations</option>
          <option value="bibtex">BibTeX citations</option>
        </select>
        <button type="button" disabled={busy} onClick={() => onExport(kind)}>
          Export selected
        </button>
        <button type="button" class="danger" disabled={busy} onClick={onDelete}>
          Delete selected
        </button>
      </div>
    </div>
  );
}
