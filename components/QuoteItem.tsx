import type { QuoteFinding } from '../utils/analysis/types';

/** One quote: the words, then who said them, their role, the cue and the outlet (or a visible warning that nobody did). */
export function QuoteItem({ finding }: { finding: QuoteFinding }) {
  const claim = finding.form === 'claim';
  return (
    <li class={`finding quote${claim ? ' claim' : ''}`} data-kind="quote" data-form={finding.form}>
      <blockquote class="quote-text">{finding.text}</blockquote>
      <p class="attribution">
        {finding.speaker ? (
          <span class="speaker">{finding.speaker}</span>
        ) : (
          <span class="badge warn">Unattributed</span>
        )}
        {finding.speaker && finding.role && <span class="role">, {finding.role}</span>}
        {finding.cue && <span class="cue"> · {finding.cue}</span>}
        {finding.outlet && <span class="outlet"> · via {finding.outlet}</span>}
        {finding.partial && <span class="badge"> partial</span>}
        {claim && (
          <span class="badge claim" title="Reported speech without quotation marks">
            {' '}
            claim
          </span>
        )}
      </p>
    </li>
  );
}
