import { browser } from 'wxt/browser';
import { analyze } from '../../utils/analysis/analyze';
import { accessProblemFor, accessProblemFromError, PDF_PROBLEM } from '../../utils/page-access';
import { snapshotPage, type PageSnapshot } from '../../utils/page-snapshot';
import type { PageState } from '../../utils/page-state';

/**
 * Reads a tab's DOM and analyzes it here in the panel. The page's HTML is parsed
 * with DOMParser, which gives an inert document: its scripts never run and its
 * images never load.
 */
export async function analyzeTab(tabId: number, url: string, force: boolean, now: Date): Promise<PageState> {
  const problem = accessProblemFor(url);
  if (problem) return { status: 'blocked', url, problem };

  let snapshot: PageSnapshot | undefined;
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: snapshotPage });
    snapshot = result?.result as PageSnapshot | undefined;
  } catch (error) {
    return { status: 'blocked', url, problem: accessProblemFromError(url, error) };
  }
  if (!snapshot) return { status: 'error', url, message: 'The page did not answer. Reload it and try again.' };
  if (snapshot.contentType === 'application/pdf') {
    return { status: 'blocked', url, problem: PDF_PROBLEM };
  }

  const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
  // Without a <base>, relative image and link URLs would resolve against the extension.
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = snapshot.url;
    doc.head.prepend(base);
  }
  const result = analyze(doc, { url: snapshot.url, now, force });
  if (!result.ok)
    return { status: 'not-article', url: snapshot.url, readerable: result.readerable, listing: !!result.listing };
  return { status: 'ready', url: snapshot.url, analysis: result.analysis };
}
