import type { QuoteFinding } from '../utils/analysis/types';

/** One quote: the words, then who said them (or a visible warning that nobody did). */
export function QuoteItem({ finding }: { finding: QuoteFinding }) {
  return (
    <li class="finding quote" data-kind="quote">
      <blockquote class="quote-text">{finding.text}</blockquote>
      <p class="attribution">
        {finding.speaker ? (
          <span class="speaker">{finding.speaker}</span>
        ) : (
          <span class="badge warn">Unattributed</span>
        )}
        {finding.cue && <span class="cue"> · {finding.cue}</span>}
        {finding.partial && <span class="badge"> partial</span>}
      </p>
    </li>
  );
}
