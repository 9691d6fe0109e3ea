/**
 * Node's inert HTML parser for {@link readArticleFile}: linkedom builds a DOM from the markup and
 * never runs a script, fetches a resource or follows a link (it has no network or script engine).
 * The browser uses `new DOMParser().parseFromString(html, 'text/html')`, which is inert the same way.
 */
import { DOMParser } from 'linkedom';

/**
 * Parses an HTML page into a document without running or loading anything.
 *
 * @example parseHtmlInNode('<title>Raid</title><p>Culiacán</p>').title // 'Raid'
 */
export function parseHtmlInNode(html: string): Document {
  // linkedom needs a root element to build a usable document from an empty or fragment page.
  const page = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return new DOMParser().parseFromString(page, 'text/html') as unknown as Document;
}
