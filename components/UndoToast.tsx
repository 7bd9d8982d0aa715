type Props = { message: string; onUndo: () => void; onDismiss: () => void };

/** A short-lived notice with an Undo button, for destructive actions. */
export function UndoToast({ message, onUndo, onDismiss }: Props) {
  return (
    <div class="toast" role="status" aria-live="polite">
      <span>{message}</span>
      <button type="button" class="link" onClick={onUndo}>
        Undo
      </button>
      <button type="button" class="icon" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
