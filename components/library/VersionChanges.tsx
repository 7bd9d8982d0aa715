import type { Finding } from '../../utils/analysis/types';
import type { ClippingDiff } from '../../utils/store/diff';
import { formatDateTime } from '../format';

type Props = {
  versions: Array<{ id: number; clippedAt: string }>;
  currentId: number;
  /** From the version before this one to this one; null for the first version. */
  diff: ClippingDiff | null;
  onOpen: (id: number) => void;
};

const KIND: Record<Finding['kind'], string> = { quote: 'Quote', figure: 'Figure', credit: 'Credit' };

function describe(f: Finding): string {
  if (f.kind === 'quote') return `“${f.text}” — ${f.speaker ?? 'unattributed'}`;
  if (f.kind === 'figure') return [f.qualifier, f.text, f.unit].filter(Boolean).join(' ');
  return `${f.caption ?? 'No caption'} — ${f.credit ?? 'no credit'}`;
}

/** The versions of a re-clipped page, and what changed from the previous one. */
export function VersionChanges({ versions, currentId, diff, onOpen }: Props) {
  if (versions.length < 2) return null;
  const position = versions.findIndex((v) => v.id === currentId);
  const changedText = diff?.text.filter((t) => t.op !== 'same') ?? [];
  return (
    <section class="section versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading">
        Version {position + 1} of {versions.length}
      </h2>
      <ol class="version-list">
        {versions.map((v, i) => (
          <li key={v.id}>
            {v.id === currentId ? (
              <strong>Saved {formatDateTime(v.clippedAt)} (this one)</strong>
            ) : (
              <button type="button" class="link" onClick={() => onOpen(v.id)}>
                Version {i + 1}, saved {formatDateTime(v.clippedAt)}
              </button>
            )}
          </li>
        ))}
      </ol>
      {diff && (
        <div class="changes">
          <h3>What changed since the previous version</h3>
          <ul>
            {diff.title && (
              <li class="altered">
                Headline: “{diff.title.from}” → “{diff.title.to}”
              </li>
            )}
            {diff.added.map((f) => (
              <li key={`a-${f.id}`} class="added">
                {KIND[f.kind]} added: {describe(f)}
              </li>
            ))}
            {diff.removed.map((f) => (
              <li key={`r-${f.id}`} class="removed">
                {KIND[f.kind]} removed: {describe(f)}
              </li>
            ))}
            {diff.altered.map((c) => (
              <li key={`c-${c.to.id}`} class="altered">
                {KIND[c.to.kind]} changed: {describe(c.from)} → {describe(c.to)}
              </li>
            ))}
            {!diff.title && !diff.added.length && !diff.removed.length && !diff.altered.length && (
              <li>No quote, figure or credit changed.</li>
            )}
          </ul>
          {changedText.length > 0 && (
            <details>
              <summary>
                Text: {changedText.filter((t) => t.op === 'added').length} paragraphs added,{' '}
                {changedText.filter((t) => t.op === 'removed').length} removed
              </summary>
              {changedText.slice(0, 100).map((t, i) =>
                t.op === 'added' ? (
                  <ins key={i} class="para">
                    {t.text}
                  </ins>
                ) : (
                  <del key={i} class="para">
                    {t.text}
                  </del>
                ),
              )}
            </details>
          )}
        </div>
      )}
    </section>
  );
}
