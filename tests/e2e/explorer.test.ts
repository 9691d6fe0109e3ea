/**
 * The explorer (issue 12) in the built app: filters every view obeys (map, list, counts, live
 * region, reader), a shareable URL that restores the view and a Back button that undoes a
 * selection, clusters at low zoom, and axe audits of each view on a laptop and a phone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, launch, openMap, serveDist, watch, type PageLog } from './harness.ts';

let server: Awaited<ReturnType<typeof serveDist>>;
let chrome: Awaited<ReturnType<typeof launch>>;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  server = await serveDist();
  chrome = await launch();
  // axe needs a page of an explicit browser context.
  page = await (await chrome.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  log = watch(page);
  await openMap(page, server.url);
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

/** Names in the place list, per layer. */
const listed = (p: Page, layer: string) => p.locator(`ul[aria-labelledby="list-${layer}"] span.name`).allTextContents();
/** Ids of the features the map's sources hold (what is drawn), per source. */
const drawnIds = (p: Page) =>
  p.evaluate(() => {
    const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    const out: Record<string, string[]> = {};
    for (const id of ['incidents', 'incident-areas', 'jurisdictions', 'territories']) {
      const data = (m.getSource(id) as unknown as { _data: { geojson?: GeoJSON.FeatureCollection } } | undefined)?._data;
      const fc = (data?.geojson ?? data) as GeoJSON.FeatureCollection | undefined;
      out[id] = (fc?.features ?? []).map((f) => String(f.properties?.id)).sort();
    }
    return out;
  });
const count = async (p: Page, layer: string) => Number(await p.locator(`#count-${layer}`).evaluate((e) => e.firstChild?.textContent));
/** The first real option of a select (after "All …"), as [value, label]. */
const firstOption = (p: Page, name: string) =>
  p.getByRole('combobox', { name, exact: true }).evaluate((s) => {
    const o = (s as HTMLSelectElement).options[1];
    return [o.value, o.text] as const;
  });

/** Serious or critical axe violations of the page as it is now. */
async function violations(p: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('filters every view obeys', () => {
  it('an actor narrows the map, the list and the counts, and the live region says how many match', async () => {
    const before = await drawnIds(page);
    const total = await count(page, 'incident');
    const [actor] = await firstOption(page, 'Actor');
    expect(actor).not.toBe('');
    await page.getByRole('combobox', { name: 'Actor', exact: true }).selectOption(actor);
    await expect.poll(() => page.locator('[role=status]').innerText(), { timeout: 5000 }).toMatch(/^\d+ of \d+ places match\.$/);
    const after = await drawnIds(page);
    const shownBefore = Object.values(before).flat().length;
    const shownAfter = Object.values(after).flat().length;
    expect(shownAfter).toBeGreaterThan(0);
    expect(shownAfter).toBeLessThan(shownBefore);
    // Every place drawn names the actor; the list shows exactly what is drawn.
    const named = await page.evaluate(
      ([ids, a]) => {
        const hook = (window as unknown as { __plaza: { place(k: string): { actors?: string[]; excerpts: Array<{ actors?: string[] }> } | undefined } }).__plaza;
        const layerOf: Record<string, string> = { incidents: 'incident', 'incident-areas': 'incident', jurisdictions: 'jurisdiction', territories: 'territory' };
        return Object.entries(ids).every(([src, list]) =>
          list.every((id) => {
            const p = hook.place(`${layerOf[src]}:${id}`)!;
            return (p.actors ?? []).includes(a) || p.excerpts.some((e) => (e.actors ?? []).includes(a));
          }),
        );
      },
      [after, actor] as const,
    );
    expect(named).toBe(true);
    expect((await listed(page, 'incident')).length).toBe(after.incidents.length + after['incident-areas'].length);
    expect(await count(page, 'incident')).toBeLessThanOrEqual(total);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => drawnIds(page)).toEqual(before);
  });

  it('an article shows only the places it names; a minimum confidence narrows further', async () => {
    const [article, title] = await firstOption(page, 'Article');
    await page.getByRole('combobox', { name: 'Article', exact: true }).selectOption(article);
    const ids = await drawnIds(page);
    const fromArticle = await page.evaluate(
      ([idsBySource, a]) => {
        const hook = (window as unknown as { __plaza: { place(k: string): { excerpts: Array<{ articleId: string }> } | undefined } }).__plaza;
        const layerOf: Record<string, string> = { incidents: 'incident', 'incident-areas': 'incident', jurisdictions: 'jurisdiction', territories: 'territory' };
        return Object.entries(idsBySource).every(([src, list]) => list.every((id) => hook.place(`${layerOf[src]}:${id}`)!.excerpts.some((e) => e.articleId === a)));
      },
      [ids, article] as const,
    );
    expect(fromArticle).toBe(true);
    await page.getByRole('slider', { name: 'Minimum confidence' }).fill('100');
    await expect.poll(async () => Object.values(await drawnIds(page)).flat().length).toBeLessThanOrEqual(Object.values(ids).flat().length);
    await page.getByRole('slider', { name: 'Minimum confidence' }).fill('0');
    expect(title.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('"Checked by a person" shows nothing when nobody has checked anything', async () => {
    await page.getByRole('combobox', { name: 'Checked', exact: true }).selectOption('verified');
    await expect.poll(async () => Object.values(await drawnIds(page)).flat().length).toBe(0);
    expect(await page.getByText('No matching places.').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });
});

describe('a shareable view', () => {
  it('the URL holds the filters, the camera and the selected place; opening it restores exactly that view', async () => {
    const [kind] = await firstOption(page, 'Kind');
    await page.getByRole('combobox', { name: 'Kind', exact: true }).selectOption(kind);
    await page.locator('ul[aria-labelledby="list-incident"] button').first().click();
    await idle(page);
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/kind=.*map=/);
    const hash = await page.evaluate(() => location.hash);
    const lists = await listed(page, 'incident');
    const camera = await page.evaluate(() => {
      const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      return [m.getCenter().lng, m.getCenter().lat, m.getZoom()];
    });

    const other = await chrome.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const otherLog = watch(other);
    await openMap(other, server.url + hash);
    expect(await other.getByRole('combobox', { name: 'Kind', exact: true }).inputValue()).toBe(kind);
    expect(await listed(other, 'incident')).toEqual(lists);
    await expect.poll(() => other.locator('#panel-title').innerText()).toBe(await page.locator('#panel-title').innerText());
    const otherCamera = await other.evaluate(() => {
      const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      return [m.getCenter().lng, m.getCenter().lat, m.getZoom()];
    });
    otherCamera.forEach((x, i) => expect(x).toBeCloseTo(camera[i], 2));
    expect(otherLog.errors).toEqual([]);
    await other.close();
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it("the browser's Back button undoes the last change of selection", async () => {
    const buttons = page.locator('ul[aria-labelledby="list-territory"] button');
    await buttons.nth(0).click();
    const first = await page.locator('#panel-title').innerText();
    await buttons.nth(1).click();
    const second = await page.locator('#panel-title').innerText();
    expect(second).not.toBe(first);
    await page.goBack();
    await expect.poll(() => page.locator('#panel-title').innerText()).toBe(first);
    await page.goForward();
    await expect.poll(() => page.locator('#panel-title').innerText()).toBe(second);
    await page.keyboard.press('Escape');
  });
});

describe('readable when dense', () => {
  it('incident points cluster with a count at low zoom, and a click on a cluster zooms in', async () => {
    await page.evaluate(() => (window as unknown as { __map: import('maplibre-gl').Map }).__map.jumpTo({ center: [-105, 30], zoom: 2.5 }));
    await idle(page);
    const clusters = await page.evaluate(() =>
      (window as unknown as { __map: import('maplibre-gl').Map }).__map.queryRenderedFeatures({ layers: ['incident-cluster'] }).map((f) => [f.properties.point_count, (f.geometry as GeoJSON.Point).coordinates] as const),
    );
    expect(clusters.length).toBeGreaterThan(0);
    expect(clusters[0][0]).toBeGreaterThanOrEqual(2);
    const at = await page.evaluate((c) => (window as unknown as { __map: import('maplibre-gl').Map }).__map.project(c as [number, number]), clusters[0][1]);
    await page.locator('.maplibregl-canvas').click({ position: { x: at.x, y: at.y } });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __map: import('maplibre-gl').Map }).__map.getZoom()), { timeout: 10_000 }).toBeGreaterThan(3);
  });
});

describe('accessible', () => {
  it('axe finds no serious or critical violation: the map, a place panel, the reader', async () => {
    expect(await violations(page)).toEqual([]);
    await page.locator('ul[aria-labelledby="list-territory"] button').first().click();
    expect(await violations(page)).toEqual([]);
    await page.locator('section[aria-labelledby="panel-title"]').getByRole('button', { name: 'Read article' }).first().click();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
  });

  it('at 375 px wide: nothing scrolls sideways, the attribution is a closed toggle, axe is clean', async () => {
    const phone = await (await chrome.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true })).newPage();
    await openMap(phone, server.url);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const attribution = (await phone.locator('.maplibregl-ctrl-attrib').boundingBox())!;
    const canvas = (await phone.locator('.maplibregl-canvas').boundingBox())!;
    expect(attribution.height).toBeLessThan(40);
    expect(attribution.width * attribution.height).toBeLessThan(0.05 * canvas.width * canvas.height);
    expect(await violations(phone)).toEqual([]);
    await phone.close();
  });
});

describe('the page', () => {
  it('logged no error and asked nothing of any other host', () => {
    expect(log.errors).toEqual([]);
    expect(log.outside).toEqual([]);
  });
});
