import type { CreditFinding, FigureFinding, Finding, QuoteFinding } from '../utils/analysis/types';
import { CreditItem } from './CreditItem';
import { FigureGroups } from './FigureGroups';
import { FindingSection } from './FindingSection';
import { QuoteItem } from './QuoteItem';

/** The three lists: quotes, figures, image credits (uncredited images first). */
export function FindingLists({ findings }: { findings: Finding[] }) {
  const quotes = findings.filter((f): f is QuoteFinding => f.kind === 'quote');
  const figures = findings.filter((f): f is FigureFinding => f.kind === 'figure');
  const credits = findings
    .filter((f): f is CreditFinding => f.kind === 'credit')
    .sort((a, b) => Number(a.credit !== null) - Number(b.credit !== null));
  return (
    <div class="lists">
      <FindingSection id="quotes" title="Quotes" count={quotes.length} empty="No quotations found.">
        {quotes.map((f) => (
          <QuoteItem key={f.id} finding={f} />
        ))}
      </FindingSection>
      <FindingSection id="figures" title="Figures" count={figures.length} empty="No figures found.">
        <FigureGroups figures={figures} />
      </FindingSection>
      <FindingSection id="credits" title="Image credits" count={credits.length} empty="No article images found.">
        {credits.map((f) => (
          <CreditItem key={f.id} finding={f} />
        ))}
      </FindingSection>
    </div>
  );
}
