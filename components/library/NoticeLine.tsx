/** A message for the editor: an error (announced at once) or information (announced politely). */
export type Notice = { kind: 'error' | 'info'; text: string };

/** The library's one message line, dismissable. */
export function NoticeLine({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  return (
    <p
      class={notice.kind === 'error' ? 'save-error lib-notice' : 'lib-notice'}
      role={notice.kind === 'error' ? 'alert' : 'status'}
    >
      <span>{notice.text}</span>
      <button type="button" class="icon" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </p>
  );
}
