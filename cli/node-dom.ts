/**
 * The DOM the command line hands the engine. linkedom is the fastest of the
 * Node DOMs that Readability handles alike (see HOUSE-STYLE), and it needs no
 * window globals, so nothing here leaks into the engine.
 */
import { parseHTML } from 'linkedom';
import { boundedHtml } from './bounded-html';

/** A Document for `html`; a fragment without <html> still gets head and body. */
export function parseDocument(html: string): Document {
  // linkedom builds a bare tree from fragments with no <html>: wrap them so
  // Readability and the metadata reader always find head and body.
  const page = boundedHtml(html);
  const source = /<html[\s>]/i.test(page) ? page : `<!doctype html><html><head></head><body>${page}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

/** An empty page, for plain-text input where the finders have no markup to read. */
export function emptyDocument(): Document {
  return parseDocument('<!doctype html><html><head></head><body></body></html>');
}
