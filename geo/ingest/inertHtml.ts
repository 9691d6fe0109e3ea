/**
 * Markup made quiet before it is parsed. A `DOMParser` document never runs a script or an
 * inline event handler, but a browser still checks each `on…=` attribute it parses against the
 * page's Content-Security-Policy and reports a `securitypolicyviolation` for it. Renaming those
 * attributes first (to `data-inert-on…`) keeps a hostile page from filling the report log; the
 * text is untouched.
 */

/** A start tag, attribute values quoted or not (a `>` inside quotes does not end it). */
const START_TAG = /<[A-Za-z][^\s/>]*(?:\s*\/?\s*[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?)*\s*\/?>/g;
/** One attribute inside a start tag (the tag name is skipped by starting after it). */
const ATTRIBUTE = /(\s|\/)([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/g;

/**
 * Renames every event-handler attribute (`onload`, `onerror`, `onclick`, …) in the start tags of
 * an HTML page; everything else stays byte for byte.
 *
 * @example inertHtml('<img src=x onerror="alert(1)"><p>Culiacán</p>') // '<img src=x data-inert-onerror="alert(1)"><p>Culiacán</p>'
 */
export function inertHtml(html: string): string {
  if (!/\son/i.test(html) && !/\/on/i.test(html)) return html;
  return html.replace(START_TAG, (tag) => {
    const name = /^<[^\s/>]*/.exec(tag)![0];
    return name + tag.slice(name.length).replace(ATTRIBUTE, (whole, lead: string, attr: string, value = '') =>
      /^on/i.test(attr) ? `${lead}data-inert-${attr}${value}` : whole,
    );
  });
}
