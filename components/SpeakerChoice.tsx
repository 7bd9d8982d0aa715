type Props = {
  candidates: readonly string[];
  /** The candidate the editor chose, if any. */
  chosen: string | null;
  onChoose: (speaker: string | null) => void;
};

/**
 * A quote whose speaker the page leaves unclear: the people the attribution could
 * mean, one click each; the editor's choice is kept with the desk and exported.
 */
export function SpeakerChoice({ candidates, chosen, onChoose }: Props) {
  return (
    <div class="speaker-choice" role="group" aria-label="Who said it?">
      <span class="speaker-choice-label">{chosen ? 'Speaker (your choice):' : 'Speaker unclear. Who said it?'}</span>
      {candidates.map((name) => (
        <button
          key={name}
          type="button"
          class="speaker-option"
          aria-pressed={chosen === name}
          onClick={() => onChoose(chosen === name ? null : name)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
