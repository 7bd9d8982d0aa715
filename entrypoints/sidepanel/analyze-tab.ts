import { browser } from 'wxt/browser';
import type { FinderProgress } from '../../utils/analysis/analyze';
import { extractArticle } from '../../utils/analysis/extract';
import { analyzeInSteps } from '../../utils/panel/analysis-run';
import { accessProblemFor, accessProblemFromError, PDF_PROBLEM } from '../../utils/page-access';
import { snapshotPage, type PageSnapshot } from '../../utils/page-snapshot';
import type { PageState } from '../../utils/page-state';

/** The panel's time budget: past it, a finder stops and its list says so. */
export const PANEL_BUDGET_MS = 5000;

/**
 * Lets the panel handle typing, scrolling and clicks between two steps of an analysis. A
 * message, not setTimeout: browsers throttle the timers of a panel that is not focused to
 * a second or more, which would stretch an analysis of a few steps past its budget.
 */
const yieldToPanel = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** How a reading of a tab is followed and ended from the panel. */
export type ReadingControl = {
  /** Drops the reading between two steps (a tab switch, a newer reading). */
  abort?: AbortSignal;
  /** Ends it early with what was found (the Stop button). */
  stop?: AbortSignal;
  onProgress?: (progress: FinderProgress) => void;
};

/** A tab's page as an inert document, or what the panel shows when it cannot be read. */
async function readTab(tabId: number, url: string): Promise<{ doc: Document; url: string } | PageState> {
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
  return { doc, url: snapshot.url };
}

/**
 * Reads a tab's DOM and analyzes it here in the panel, in steps (extraction, then one
 * finder on one stretch of text at a time) with a yield to the panel between them,
 * within PANEL_BUDGET_MS (utils/panel/analysis-run.ts). The page's HTML is parsed
 * with DOMParser, which gives an inert document: its scripts never run and its
 * images never load.
 */
export async function analyzeTab(
  tabId: number,
  url: string,
  force: boolean,
  now: Date,
  control: ReadingControl = {},
): Promise<PageState> {
  const read = await readTab(tabId, url);
  if ('status' in read) return read;
  const result = await analyzeInSteps(
    read.doc,
    { url: read.url, now, force },
    { ...control, budgetMs: PANEL_BUDGET_MS, clock: () => performance.now(), yieldToPanel },
  );
  if (!result.ok)
    return { status: 'not-article', url: read.url, readerable: result.readerable, listing: !!result.listing };
  return { status: 'ready', url: read.url, analysis: result.analysis };
}

/**
 * The article text of a tab's page as the engine extracts it (no finders run), or null when
 * the page cannot be read: what tells a single-page site's new address with the same
 * story from a new story.
 */
export async function articleTextOfTab(tabId: number, url: string): Promise<string | null> {
  const read = await readTab(tabId, url);
  if ('status' in read) return null;
  await yieldToPanel();
  return extractArticle(read.doc, { url: read.url, force: true }).article?.text ?? null;
}
