/**
 * Untrusted text stays text: excerpt, headline, place name and article body containing HTML
 * are shown literally, never parsed. The data files are rewritten on the fly with page.route,
 * so this works on the sample and on the real layers alike.
 */
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord, LayerCollection } from '../../geo/types.ts';
import { launch, openMap, serveDist, watch, type PageLog } from './harness.ts';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const PLACE = 'Los Angeles International Airport';

let server: Awaited<ReturnType<typeof serveDist>>;
let chrome: Awaited<ReturnType<typeof launch>>;
let page: Page;
let log: PageLog;
let articleId = '';

/** Serves a JSON file after `edit` has changed it. */
async function rewrite<T>(route: Route, edit: (data: T) => void) {
  const res = await route.fetch();
  const data = (await res.json()) as T;
  edit(data);
  await route.fulfill({ response: res, body: JSON.stringify(data), contentType: 'application/json' });
}

beforeAll(async () => {
  server = await serveDist();
  chrome = await launch();
  page = await chrome.browser.newPage({ viewport: { width: 1280, height: 800 } });
  log = watch(page);
  await page.route(/\/assets\/incidents[^/]*\.geojson$/, (route) =>
    rewrite<LayerCollection>(route, (fc) => {
      const f = fc.features.find((x) => x.properties.name === PLACE);
      if (!f) throw new Error(`no "${PLACE}" incident to inject into`);
      const ex = f.properties.excerpts[0];
      const prefix = `Raid ${IMG} at `;
      articleId = ex.articleId;
      ex.text = `${prefix}${PLACE} ${SCRIPT}.`;
      ex.start = prefix.length;
      ex.end = prefix.length + PLACE.length;
      f.properties.group = `<b>bold group</b>`;
    }),
  );
  await page.route(/\/assets\/articles[^/]*\.json$/, (route) =>
    rewrite<ArticleRecord[]>(route, (articles) => {
      for (const a of articles) {
        a.title = `${a.title} ${IMG}`;
        a.publication = `<i>Pub</i>`;
        a.url = 'javascript:window.__pwned=3';
        const extra = `\n\n${SCRIPT} ${IMG}`;
        a.text += extra;
      }
    }),
  );
  await openMap(page, server.url);
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('untrusted text', () => {
  it('an excerpt containing <img src=x onerror=...> is displayed as literal text', async () => {
    await page.getByRole('button', { name: new RegExp(`^${PLACE}`) }).first().click();
    const panel = page.locator('section[aria-labelledby="panel-title"]');
    await expect.poll(() => panel.isVisible()).toBe(true);

    const quote = panel.locator('blockquote').first();
    expect(await quote.textContent()).toContain(IMG);
    expect(await quote.textContent()).toContain(SCRIPT);
    expect(await quote.locator('mark').textContent()).toBe(PLACE);
    expect(await panel.locator('img, script, b, i').count()).toBe(0);
    expect(await panel.textContent()).toContain('<b>bold group</b>');
    expect(await panel.textContent()).toContain('<i>Pub</i>');
  });

  it('the reader shows article HTML as text and offers no javascript: link', async () => {
    const panel = page.locator('section[aria-labelledby="panel-title"]');
    await panel.getByRole('button', { name: 'Read article' }).first().click();
    const dialog = page.locator('dialog[open]');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.textContent()).toContain(IMG);
    expect(await dialog.locator('img, script').count()).toBe(0);
    expect(await dialog.locator('a[href^="javascript"]').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('nothing injected ever ran, and nothing left 127.0.0.1', async () => {
    expect(articleId).not.toBe('');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('body img').count()).toBe(0);
    expect(log.outside).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
