import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inertHtml } from '../../geo/ingest/inertHtml.ts';
import { parseHtmlInNode } from '../../geo/ingest/parseHtml.node.ts';

const name = fc.constantFrom('p', 'b', 'img', 'a', 'div', 'svg', 'span', 'IMG');
const attrName = fc.constantFrom('onerror', 'onload', 'OnClick', 'class', 'title', 'src', 'one', 'data-x', 'href');
const attrValue = fc.oneof(
  fc.constantFrom('', 'x', 'alert(1)', 'a>b', "it's", 'say "hi"', 'onclick=x', 'y.png/onerror=z'),
  fc.string({ maxLength: 6 }).filter((s) => !/[\s"'>]/.test(s)),
);
const attribute = fc.tuple(fc.constantFrom(' ', '  ', '\n', '/'), attrName, fc.constantFrom('none', 'bare', 'double', 'single'), attrValue).map(([lead, n, quote, v]) =>
  quote === 'none' ? `${lead}${n}` : quote === 'bare' ? `${lead}${n}=${v.replace(/[\s"'>]/g, '') || 'v'}` : quote === 'double' ? `${lead}${n}="${v.replace(/"/g, '')}"` : `${lead}${n}='${v.replace(/'/g, '')}'`,
);
const tag = fc.tuple(name, fc.array(attribute, { maxLength: 4 })).map(([n, attrs]) => `<${n}${attrs.join('')}>`);
const text = fc.constantFrom('Culiacán ', 'onerror="x" ', 'a > b ', ' & ', 'say "on" ', '\n');
const page = fc.array(fc.oneof(tag, text, fc.constantFrom('</p>', '</b>', '</a>')), { maxLength: 25 }).map((parts) => `<!DOCTYPE html><html><body>${parts.join('')}</body></html>`);

/** Every attribute name on every element, in document order. */
function attributes(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes).map((a) => a.name.toLowerCase()));
}

describe('inertHtml (property tests, over tag soup parsed by linkedom)', () => {
  it('the parsed page has no event-handler attribute left', () => {
    fc.assert(fc.property(page, (html) => {
      expect(attributes(parseHtmlInNode(inertHtml(html))).filter((n) => n.startsWith('on'))).toEqual([]);
    }), { numRuns: 1000 });
  });
  it('the text and every other attribute stay as they were', () => {
    fc.assert(fc.property(page, (html) => {
      const before = parseHtmlInNode(html);
      const after = parseHtmlInNode(inertHtml(html));
      expect(after.body.textContent).toBe(before.body.textContent);
      expect(attributes(after).map((n) => n.replace(/^data-inert-/, ''))).toEqual(attributes(before));
    }), { numRuns: 1000 });
  });
});
