export type Progress = { label: string; done: number; total: number };

/** Progress of long work (export, backup, restore, bulk edits), announced politely. */
export function ProgressNote({ progress }: { progress: Progress }) {
  const { label, done, total } = progress;
  return (
    <div class="lib-progress" role="status" aria-live="polite">
      <span>
        {label} {total ? `${done.toLocaleString()} of ${total.toLocaleString()}` : '…'}
      </span>
      <progress max={total || undefined} value={total ? done : undefined} aria-label={label} />
    </div>
  );
}
