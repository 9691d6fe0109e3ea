/**
 * HTML to an inert document for `htmlArticle`. `DOMParser` runs no script and loads nothing, but
 * Chromium still checks every event-handler attribute (`onerror="…"`) against the page's
 * Content-Security-Policy as it is parsed, and reports a violation each time even though nothing
 * could run. So the handlers are renamed (`onerror` → `data-inert-onerror`) in the markup first.
 */

/** A start tag (quoted attribute values may hold `>`). */
const START_TAG = /<[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
/** An `on…=` attribute inside a start tag, outside quoted values. */
const HANDLER = /("[^"]*"|'[^']*')|([\s/])(on[a-z]+\s*=)/gi;

/**
 * The markup with every `on…` attribute of every start tag (every event handler is one) renamed;
 * text, quoted values and other attributes are unchanged (markup inside comments may be renamed too).
 *
 * @example renameHandlers('<img src=x onerror="go()">') // '<img src=x data-inert-onerror="go()">'
 */
export function renameHandlers(html: string): string {
  return html.replace(START_TAG, (tag) => tag.replace(HANDLER, (m, quoted: string | undefined, sep: string, attr: string) => (quoted ? m : `${sep}data-inert-${attr}`)));
}

/** Parses HTML into a document that runs nothing, loads nothing and compiles no handler. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(renameHandlers(html), 'text/html');
}
