/**
 * The map explorer in a real browser, against whatever dist/ holds (the real layers once
 * `npm run build:data` has run, the sample before). Names used here are ones the real corpus
 * yields: "Los Angeles International Airport", "Mazatlán".
 */
import { readFileSync } from 'node:fs';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTRIBUTION } from '../../src/lib/attribution.ts';
import { LAYER_KEYS, LAYER_LABEL } from '../../src/lib/layers.ts';
import { STYLE_LAYERS } from '../../src/lib/style.ts';
import { idle, launch, openMap, serveDist, watch, type PageLog } from './harness.ts';

/** The first excerpt of a feature in a shipped layer file (`data/layers/<layer>.geojson`), as the build put it in the app. */
function shippedExcerpt(layer: string, name: string): { cue?: string } {
  const file = new URL(`../../data/layers/${layer}.geojson`, import.meta.url);
  const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: Array<{ properties: { name: string; excerpts: Array<{ cue?: string }> } }> };
  const feature = fc.features.find((f) => f.properties.name === name);
  if (!feature) throw new Error(`${name} is not in ${layer}.geojson`);
  return feature.properties.excerpts[0]!;
}

declare const window: Window & { __map: MapLibreMap };

let server: Awaited<ReturnType<typeof serveDist>>;
let chrome: Awaited<ReturnType<typeof launch>>;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  server = await serveDist();
  chrome = await launch();
  page = await chrome.browser.newPage({ viewport: { width: 1280, height: 800 } });
  log = watch(page);
  await openMap(page, server.url);
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

/** Features of one style-layer group currently drawn on screen. */
const rendered = (layers: string[]) =>
  page.evaluate((ids) => window.__map.queryRenderedFeatures({ layers: ids }).length, layers);

/** The coordinates of a feature found by name in a source's data. */
const coordsOf = (source: string, name: string) =>
  page.evaluate(
    async ([src, n]) => {
      const s = window.__map.getSource(src) as import('maplibre-gl').GeoJSONSource;
      const data = (await s.getData()) as GeoJSON.FeatureCollection;
      const f = data.features.find((x) => x.properties?.name === n && x.geometry.type === 'Point');
      return f ? ((f.geometry as GeoJSON.Point).coordinates as [number, number]) : null;
    },
    [source, name] as const,
  );

const panel = () => page.locator('section[aria-labelledby="panel-title"]');

describe('map explorer', () => {
  it('loads with no console error and no request leaving 127.0.0.1', async () => {
    expect(await page.evaluate(() => typeof window.__map.getStyle().glyphs)).toBe('undefined');
    expect(log.errors).toEqual([]);
    expect(log.outside).toEqual([]);
  });

  it('fits all the data in view on load', async () => {
    const inView = await page.evaluate(async () => {
      const m = window.__map;
      const b = m.getBounds();
      let n = 0;
      for (const src of ['incidents', 'incident-areas', 'jurisdictions', 'territories']) {
        const data = (await (m.getSource(src) as import('maplibre-gl').GeoJSONSource).getData()) as GeoJSON.FeatureCollection;
        for (const f of data.features) {
          if (f.geometry.type !== 'Point') continue;
          n++;
          if (!b.contains(f.geometry.coordinates as [number, number])) return `outside: ${f.properties?.name}`;
        }
      }
      return n;
    });
    expect(inView).toBeGreaterThan(0);
  });

  it('credits every data source in the map attribution', async () => {
    const text = (await page.locator('.maplibregl-ctrl-attrib').textContent()) ?? '';
    for (const a of ATTRIBUTION) expect(text).toContain(a);
    expect(text).not.toContain('OpenStreetMap');
  });

  it('shows keyboard instructions and a feature count beside each toggle', async () => {
    await expect(page.getByText(/arrow keys pan/i).first().isVisible()).resolves.toBe(true);
    for (const k of LAYER_KEYS) {
      const box = page.getByLabel(LAYER_LABEL[k], { exact: true });
      expect(await box.isChecked()).toBe(true);
      expect(await page.locator(`#count-${k}`).innerText()).toMatch(/^\d+/);
    }
  });

  it.each(LAYER_KEYS.map((k) => [LAYER_LABEL[k], k] as const))('the "%s" toggle hides and shows its layer', async (label, k) => {
    const box = page.getByLabel(label, { exact: true });
    const first = STYLE_LAYERS[k][0];
    await idle(page);
    expect(await rendered(STYLE_LAYERS[k])).toBeGreaterThan(0);

    await box.uncheck();
    await idle(page);
    expect(await page.evaluate((id) => window.__map.getLayoutProperty(id, 'visibility'), first)).toBe('none');
    expect(await rendered(STYLE_LAYERS[k])).toBe(0);

    await box.check();
    await idle(page);
    expect(await page.evaluate((id) => window.__map.getLayoutProperty(id, 'visibility'), first)).toBe('visible');
    expect(await rendered(STYLE_LAYERS[k])).toBeGreaterThan(0);
  });

  it('clicking Los Angeles International Airport on the map shows its excerpt', async () => {
    const lngLat = await coordsOf('incidents', 'Los Angeles International Airport');
    expect(lngLat).not.toBeNull();
    await page.evaluate((c) => window.__map.jumpTo({ center: c, zoom: 11 }), lngLat!);
    await idle(page);
    const pt = await page.evaluate((c) => window.__map.project(c), lngLat!);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + pt.x, box.y + pt.y);

    await expect.poll(() => panel().isVisible()).toBe(true);
    expect(await page.locator('#panel-title').innerText()).toBe('Los Angeles International Airport');
    const marks = await panel().locator('blockquote mark').allInnerTexts();
    expect(marks.some((m) => /Los Angeles International Airport/.test(m))).toBe(true);
    // Headline, publication and date come from articles.json, looked up by the excerpt's articleId.
    expect(await panel().locator('cite').first().innerText()).toMatch(/^Attorney General Barr wants to drop U\.S\. drug case/);
    expect(await panel().locator('.pub').first().innerText()).toBe('NBC News, 2020-11-17');
    expect(await panel().getByRole('button', { name: 'Read article' }).count()).toBeGreaterThan(0);
    // The evidence: what happened, when, and the words that decided it, underlined in the excerpt.
    expect(await panel().locator('.meta').first().innerText()).toContain('arrest · c. Oct 2020');
    // The cue is whatever the pipeline decided (read from the shipped layer), shown as text and underlined.
    const cue = shippedExcerpt('incidents', 'Los Angeles International Airport').cue;
    expect(cue).toBeTruthy();
    expect(await panel().locator('.evidence .cue-name').first().innerText()).toBe(`cue: “${cue}”`);
    expect(await panel().locator('blockquote .cue').first().innerText()).toBe(cue);
  });

  it('hovering a place on the map highlights it with feature-state', async () => {
    const lngLat = await coordsOf('incidents', 'Los Angeles International Airport');
    const pt = await page.evaluate((c) => window.__map.project(c), lngLat!);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.move(box.x + pt.x, box.y + pt.y);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const m = window.__map;
          const f = m.queryRenderedFeatures({ layers: ['incident-circle'] }).find((x) => x.properties.name === 'Los Angeles International Airport');
          return f ? m.getFeatureState({ source: 'incidents', id: f.properties.id as string }).hover : undefined;
        }),
      )
      .toBe(true);
    expect(await page.locator('.hover-tip').innerText()).toContain('Los Angeles International Airport');
  });

  it('the place list works from the keyboard: Enter selects, the panel takes focus', async () => {
    const item = page.getByRole('button', { name: /^Los Angeles International Airport\b/ }).first();
    await item.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => item.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('N and P on the focused map step through the places and keep focus on the map', async () => {
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('n');
    await expect.poll(() => panel().isVisible()).toBe(true);
    const first = await page.locator('#panel-title').innerText();
    await page.keyboard.press('n');
    await page.keyboard.press('p');
    await expect.poll(() => page.locator('#panel-title').innerText()).toBe(first);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel().count()).toBe(0);
  });

  it('the place filter narrows the list and the map', async () => {
    const filter = page.getByLabel('Search', { exact: true });
    await filter.fill('mazatlan');
    await expect.poll(() => page.getByRole('button', { name: /^Mazatlán\b/ }).count()).toBeGreaterThan(0);
    // The list follows the words a moment after the last key.
    await expect.poll(() => page.getByRole('button', { name: /^Los Angeles International Airport\b/ }).count()).toBe(0);
    await idle(page);
    const names = await page.evaluate(() =>
      window.__map.queryRenderedFeatures({ layers: ['incident-circle', 'territory-fill', 'jurisdiction-court'] }).map((f) => f.properties.name),
    );
    expect(names.every((n) => /mazatl[aá]n/i.test(n))).toBe(true);
    await expect.poll(() => page.locator('[role=status]').innerText()).toMatch(/match/);
    await filter.fill('');
    await expect.poll(() => page.getByRole('button', { name: /^Los Angeles International Airport\b/ }).count()).toBeGreaterThan(0);
  });

  it('choosing Mazatlán in the list shows its excerpt, and Escape closes the panel back to the list', async () => {
    const item = page.getByRole('button', { name: /^Mazatlán\b/ }).first();
    await item.click();
    await expect.poll(() => page.locator('#panel-title').innerText()).toBe('Mazatlán');
    const marks = await panel().locator('blockquote mark').allInnerTexts();
    expect(marks.some((m) => m.includes('Mazatlán'))).toBe(true);
    await expect.poll(() => page.locator('[role=status]').innerText()).toContain('Mazatlán');

    await page.keyboard.press('Escape');
    await expect.poll(() => panel().count()).toBe(0);
    expect(await item.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('the reader shows the whole article with its places marked, and a marked place selects it', async () => {
    await page.getByRole('button', { name: /^Mazatlán\b/ }).first().click();
    const read = panel().getByRole('button', { name: 'Read article' }).first();
    await read.click();
    const dialog = page.locator('dialog[open]');
    await expect.poll(() => dialog.count()).toBe(1);
    const marked = dialog.locator('button.place');
    expect(await marked.count()).toBeGreaterThan(0);

    // Escape closes the reader and returns to its button.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(await read.evaluate((el) => el === document.activeElement)).toBe(true);

    await read.click();
    const place = page.locator('dialog[open] button.place').filter({ hasText: 'Los Angeles International Airport' }).first();
    await place.click();
    await expect.poll(() => page.locator('#panel-title').innerText()).toBe('Los Angeles International Airport');
    // Text and map together: the reader stays open beside the map, its place marked as the current one.
    expect(await page.locator('dialog[open]').count()).toBe(1);
    await expect.poll(() => page.locator('dialog[open] button.place.current').count()).toBeGreaterThan(0);
    // Choosing another place in the list scrolls the reader to its mention.
    await page.locator('ul[aria-labelledby="list-territory"] button', { has: page.locator('span.name', { hasText: /^Mazatlán$/ }) }).first().click();
    await expect.poll(() => page.locator('dialog[open] button.place.current').innerText()).toBe('Mazatlán');
    await page.locator('dialog[open]').getByRole('button', { name: 'Close' }).first().click();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('clicking where claims overlap (Culiacán, Sinaloa) offers the other features there', async () => {
    const culiacan: [number, number] = [-107.39, 24.8];
    await page.evaluate((c) => window.__map.jumpTo({ center: c, zoom: 7 }), culiacan);
    await idle(page);
    const under = await page.evaluate((c) => {
      const m = window.__map;
      const p = m.project(c);
      const layers = ['incident-circle', 'jurisdiction-court', 'incident-area-fill', 'territory-fill', 'jurisdiction-fill'];
      const hits = m.queryRenderedFeatures([[p.x - 3, p.y - 3], [p.x + 3, p.y + 3]], { layers });
      return new Set(hits.map((h) => `${h.source}:${h.properties.id}`)).size;
    }, culiacan);
    expect(under).toBeGreaterThanOrEqual(2);
    const pt = await page.evaluate((c) => window.__map.project(c), culiacan);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + pt.x, box.y + pt.y);
    await expect.poll(() => panel().isVisible()).toBe(true);
    const also = panel().getByRole('navigation', { name: 'Also at this spot' }).getByRole('button');
    await expect.poll(() => also.count()).toBe(under - 1);
    const heading = () => panel().locator('header').innerText();
    const first = await heading();
    // Both groups claiming Sinaloa are named: the one shown and the other(s) in "Also here".
    const named = `${first} ${(await also.allInnerTexts()).join(' ')}`;
    expect(named).toContain('Sinaloa Cartel');
    expect(named).toContain('H-2 Cartel');
    await also.first().click();
    await expect.poll(heading).not.toBe(first);
    expect(await also.count()).toBe(under - 1);
    await page.keyboard.press('Escape');
  });

  it('the URL hash keeps the selected place, and a shared link reopens it', async () => {
    await page.getByRole('button', { name: /^Mazatlán\b/ }).first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#place=/);
    await page.getByLabel('Incidents', { exact: true }).uncheck();
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/layers=jurisdiction%2Cterritory/);

    const other = await chrome.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const otherLog = watch(other);
    await openMap(other, server.url + hash);
    await expect.poll(() => other.locator('#panel-title').innerText()).toBe('Mazatlán');
    expect(await other.getByLabel('Incidents', { exact: true }).isChecked()).toBe(false);
    expect(otherLog.errors).toEqual([]);
    await other.close();

    await page.getByLabel('Incidents', { exact: true }).check();
    await page.keyboard.press('Escape');
  });

  it('still has no console error after all that', () => {
    expect(log.errors).toEqual([]);
    expect(log.outside).toEqual([]);
  });
});
