import type { VNode } from 'preact';
import { useContext } from 'preact/hooks';
import type {
  CreditFinding,
  FigureFinding,
  FinderShortfall,
  Finding,
  FindingKind,
  QuoteFinding,
} from '../utils/analysis/types';
import { findingCounts } from '../utils/desk/counts';
import { CreditItem } from './CreditItem';
import { FigureGroups } from './FigureGroups';
import { FindingSection } from './FindingSection';
import { QuoteItem } from './QuoteItem';
import { Thumbnails } from './thumbnails';

type Props = {
  findings: Finding[];
  /** Wraps each item (the desk adds status controls around it). @default the item itself */
  row?: (finding: Finding, item: VNode) => VNode;
  /** Shown instead of a section's "none found" when a filter emptied it. */
  filteredEmpty?: string;
  /** The lists whose finder stopped early or failed: each says so at its head. @default none */
  shortfalls?: readonly FinderShortfall[];
};

/** The messages of one list's shortfalls, as one line. */
function shortfallOf(shortfalls: readonly FinderShortfall[], kind: FindingKind): string | undefined {
  const messages = shortfalls.filter((s) => s.kind === kind).map((s) => s.message);
  return messages.length ? messages.join(' ') : undefined;
}

/** The three lists: quotes, figures, image credits (uncredited images first). */
export function FindingLists({ findings, row = (_f, item) => item, filteredEmpty, shortfalls = [] }: Props) {
  const quotes = findings.filter((f): f is QuoteFinding => f.kind === 'quote');
  const figures = findings.filter((f): f is FigureFinding => f.kind === 'figure');
  const credits = findings
    .filter((f): f is CreditFinding => f.kind === 'credit')
    .sort((a, b) => Number(a.credit !== null) - Number(b.credit !== null));
  const counts = findingCounts(findings);
  return (
    <div class="lists">
      <FindingSection
        id="quotes"
        title="Quotes"
        count={counts.quotes}
        empty={filteredEmpty ?? 'No quotations found.'}
        shortfall={shortfallOf(shortfalls, 'quote')}
      >
        {quotes.map((f) => row(f, <QuoteItem key={f.id} finding={f} />))}
      </FindingSection>
      <FindingSection
        id="figures"
        title="Figures"
        count={counts.figures}
        empty={filteredEmpty ?? 'No figures found.'}
        shortfall={shortfallOf(shortfalls, 'figure')}
      >
        <FigureGroups figures={figures} row={row} />
      </FindingSection>
      <FindingSection
        id="credits"
        title="Image credits"
        count={counts.credits}
        empty={filteredEmpty ?? 'No article images found.'}
        shortfall={shortfallOf(shortfalls, 'credit')}
      >
        {credits.length > 0 && <ThumbnailToggle />}
        {credits.map((f) => row(f, <CreditItem key={f.id} finding={f} />))}
      </FindingSection>
    </div>
  );
}

/** The thumbnail setting, at the head of the credit list it governs. */
function ThumbnailToggle() {
  const { show, setShow } = useContext(Thumbnails);
  return (
    <li class="credit-tools">
      <label>
        <input type="checkbox" checked={show} onChange={(e) => setShow(e.currentTarget.checked)} /> Show thumbnails
        (loaded from the page&rsquo;s picture server)
      </label>
    </li>
  );
}
