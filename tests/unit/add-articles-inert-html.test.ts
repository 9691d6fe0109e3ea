import { describe, expect, it } from 'vitest';
import { renameHandlers } from '../../src/lib/ingest/inertHtml.ts';

describe('event-handler attributes are renamed before HTML is parsed in the page', () => {
  it.each([
    ['double-quoted handler', '<img src=x onerror="go()">', '<img src=x data-inert-onerror="go()">'],
    ['unquoted, upper case', '<BODY ONLOAD=go()>', '<BODY data-inert-ONLOAD=go()>'],
    ['after a slash', '<svg/onload=go()>', '<svg/data-inert-onload=go()>'],
    ['several in one tag', '<a onclick="a()" onmouseover=\'b()\'>x</a>', '<a data-inert-onclick="a()" data-inert-onmouseover=\'b()\'>x</a>'],
    ['a quoted value holding > and on…=', '<p title="a > onclick=x" onclick=y>', '<p title="a > onclick=x" data-inert-onclick=y>'],
  ])('%s', (_name, html, want) => {
    expect(renameHandlers(html)).toBe(want);
  });

  it.each([
    ['text that says onclick=', '<p>Type onclick= in the box</p>'],
    ['attributes that only contain "on"', '<div data-online="yes" button="on">'],
    ['an end tag', '</div onclick=x>'],
  ])('leaves %s alone', (_name, html) => {
    expect(renameHandlers(html)).toBe(html);
  });
});
