import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { isHttpUrl } from '../utils/analysis/resolve-url';
import { flagIdOf, progress, stateOf } from '../utils/desk/desk-actions';
import type { FlagState } from '../utils/desk/model';
import type { Clipping } from '../utils/store/schema';
import { ArticleHeader } from './ArticleHeader';
import { FindingLists } from './FindingLists';
import { formatDateTime } from './format';
import { SavedFlag } from './SavedFlag';

type Props = {
  clipping: Clipping;
  /** Article HTML already passed through the sanitizer by the caller. */
  safeHtml: string;
  markdown: string;
  onBack: () => void;
  onDelete: () => void;
  onDownload: () => void;
  onCopy: () => Promise<boolean>;
  /** Library extras shown under the actions: tags and note, citations, versions. */
  children?: ComponentChildren;
  /** Who set a flag and when, in a team ("Disputed by sam, 10:32"). */
  authorOf?: ((state: FlagState) => string) | null;
};

/** One saved clipping: its metadata, flags, export actions and the article body. */
export function ClippingView(props: Props) {
  const { clipping, safeHtml, markdown, onBack, onDelete, onDownload, onCopy, children } = props;
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [showMarkdown, setShowMarkdown] = useState(false);
  const copy = async () => setCopyState((await onCopy()) ? 'copied' : 'failed');
  const desk = { flags: clipping.flags ?? [], annotations: clipping.annotations ?? [] };
  const { checked, total } = progress(desk, clipping.findings);
  return (
    <article class="clipping-view">
      <button type="button" class="link back" onClick={onBack}>
        ← Library
      </button>
      <ArticleHeader article={{ ...clipping, readerable: true }} />
      <p class="source">
        {/* A restored backup can carry any text here: only a web address becomes a link. */}
        {isHttpUrl(clipping.url) ? (
          <a href={clipping.url} target="_blank" rel="noopener noreferrer">
            {clipping.url}
          </a>
        ) : (
          <span class="url">{clipping.url}</span>
        )}
        <br />
        Saved {formatDateTime(clipping.clippedAt)}
      </p>
      <div class="row actions">
        <button type="button" class="primary" onClick={onDownload}>
          Export Markdown
        </button>
        <button type="button" onClick={copy}>
          {copyState === 'copied' ? 'Copied' : 'Copy Markdown'}
        </button>
        <button type="button" onClick={() => setShowMarkdown(!showMarkdown)} aria-expanded={showMarkdown}>
          {showMarkdown ? 'Hide Markdown' : 'Show Markdown'}
        </button>
        <button type="button" class="danger" onClick={onDelete}>
          Delete
        </button>
      </div>
      {copyState === 'failed' && (
        <p class="save-error" role="alert">
          The browser did not allow copying. Use “Show Markdown” and copy the text by hand.
        </p>
      )}
      {children}
      {showMarkdown && (
        <pre class="markdown" tabIndex={0} aria-label="Markdown export">
          {markdown}
        </pre>
      )}
      <p class="progress-label clipping-progress">
        {checked} of {total} checked
      </p>
      <FindingLists
        findings={clipping.findings}
        row={(f, item) => (
          <SavedFlag
            key={f.id}
            state={stateOf(desk, flagIdOf(f))}
            by={props.authorOf && stateOf(desk, flagIdOf(f)) ? props.authorOf(stateOf(desk, flagIdOf(f))!) : null}
          >
            {item}
          </SavedFlag>
        )}
      />
      <details class="section body">
        <summary>
          <h2>Article text</h2>
        </summary>
        {/* safeHtml went through DOMPurify; page markup is never rendered unsanitized. */}
        <div class="article-body" dangerouslySetInnerHTML={{ __html: safeHtml }} />
      </details>
    </article>
  );
}
