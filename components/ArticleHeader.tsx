import type { Article } from '../utils/analysis/types';
import { formatDate, hostOf, plural } from './format';

/** Title and metadata of the article as Copydesk understood it. */
export function ArticleHeader({ article }: { article: Article }) {
  const published = formatDate(article.publishedTime);
  const site = article.siteName ?? hostOf(article.canonicalUrl ?? article.url);
  return (
    <header class="article-header">
      <h1 class="article-title">{article.title || 'Untitled article'}</h1>
      <dl class="meta">
        <div>
          <dt>By</dt>
          <dd data-field="byline">{article.byline ?? <span class="missing">No byline</span>}</dd>
        </div>
        <div>
          <dt>Site</dt>
          <dd data-field="site">{site ?? <span class="missing">Unknown</span>}</dd>
        </div>
        <div>
          <dt>Published</dt>
          <dd data-field="published">
            {published ? (
              <time dateTime={article.publishedTime ?? undefined}>{published}</time>
            ) : (
              <span class="missing">No date</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Length</dt>
          <dd data-field="length">
            {plural(article.wordCount, 'word')} · {article.readingMinutes} min read
          </dd>
        </div>
      </dl>
    </header>
  );
}
