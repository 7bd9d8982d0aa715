/**
 * Site chrome Readability keeps inside the article: a "SUBSCRIBE" button, an
 * "Advertisement" label, a "BREAKING NEWS" banner, "PUBLISHED/UPDATED" lines,
 * share prompts and empty list bullets. Each is a short block whose whole text
 * is the chrome; story paragraphs that merely mention such words stay.
 */

const CHROME_LINE =
  /^(?:subscribe(?: now| today)?|sign up|advertisement|advertising|ad|sponsored|breaking news|breaking|live|watch|listen|share(?: this)?(?: article| story)?|share on (?:facebook|twitter)|tweet|email|print|comments?|read more|related|recommended|more from [\p{L} ]{1,30}|follow us|click here|skip (?:to )?(?:content|ad)|media caption|image caption|close|menu|(?:published|updated|posted|last updated)\s*[:|]?\s*[\p{L}\p{N} ,.:/-]{0,60})$/iu;
const MAX_CHROME = 90;
const BLOCKS = 'p, li, div, h2, h3, h4, h5, h6, figcaption, button';

/** Removes chrome blocks from `container` (Readability's output, already a copy); returns how many were removed. */
export function removeChrome(container: Element): number {
  let removed = 0;
  for (const el of Array.from(container.querySelectorAll(BLOCKS))) {
    if (!el.isConnected && !container.contains(el)) continue;
    if (el.querySelector('img, picture, video, iframe, table')) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const empty = el.tagName === 'LI' && !text;
    if (!empty && (text.length > MAX_CHROME || !CHROME_LINE.test(text))) continue;
    el.remove();
    removed++;
  }
  return removed;
}
