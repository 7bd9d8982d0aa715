import type { PersistState } from '../../utils/store/persist';

type Props = {
  busy: boolean;
  total: number;
  persist: PersistState | null;
  usage: { usage: number; quota: number } | null;
  onExportAll: () => void;
  onBackup: () => void;
  onRestore: (file: File) => void;
};

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`;
}

/** Whole-library work: export everything, back up, restore; and how safe the storage is. */
export function LibraryTools({ busy, total, persist, usage, onExportAll, onBackup, onRestore }: Props) {
  return (
    <div class="lib-tools">
      <div class="row">
        <button type="button" disabled={busy || !total} onClick={onExportAll}>
          Export all as Markdown (zip)
        </button>
        <button type="button" disabled={busy} onClick={onBackup}>
          Back up library
        </button>
        <label class={`button-like${busy ? ' disabled' : ''}`}>
          Restore from backup…
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            disabled={busy}
            aria-label="Restore from backup"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) onRestore(file);
            }}
          />
        </label>
      </div>
      <p class="hint">
        A backup is one JSON file with every clipping, flag, note and tag. Restoring adds what the library lacks and
        never makes duplicates.
      </p>
      {usage && (
        <p class="hint" data-field="storage">
          Using {megabytes(usage.usage)}
          {usage.quota ? ` of ${megabytes(usage.quota)} available` : ''}.
        </p>
      )}
      {persist === 'denied' && (
        <p class="warning" role="note">
          The browser has not promised to keep the library when disk space runs low. Back it up now and then.
        </p>
      )}
    </div>
  );
}
