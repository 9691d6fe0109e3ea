/**
 * The explorer's tools wired into the built app (issue 12): search with the keyboard (a place
 * is selected, an actor becomes the filter, a sentence opens its article there), the timeline
 * under the map (From / To, Play, the URL), exports of what is visible (GeoJSON, CSV, PNG), and
 * what a dense map must not do (a state or country drawn as a dot; a flight to a country that
 * shows the whole world). Queries are taken from the loaded data, never typed in from the corpus.
 */
import type { Download, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, launch, openMap, serveDist, watch, type PageLog } from './harness.ts';

let server: Awaited<ReturnType<typeof serveDist>>;
let chrome: Awaited<ReturnType<typeof launch>>;
let page: Page;
let log: PageLog;

interface Props {
  id: string;
  name: string;
  layer: string;
  precision?: number;
  where?: string;
  actors?: string[];
  excerpts: Array<{ articleId: string; text: string; actors?: string[] }>;
}

beforeAll(async () => {
  server = await serveDist();
  chrome = await launch();
  page = await (await chrome.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })).newPage();
  log = watch(page);
  await openMap(page, server.url);
  // The search index is built when the page is idle after the map is up.
  await page.waitForFunction(() => !/loading/i.test(document.querySelector<HTMLInputElement>('input[role=combobox]')?.placeholder ?? 'loading'), null, { timeout: 15_000 });
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

/** Every feature's properties (with excerpts), through the page's test hook and the list. */
const allPlaces = (p: Page) =>
  p.evaluate(() => {
    const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    const hook = (window as unknown as { __plaza: { place(k: string): unknown } }).__plaza;
    const out: unknown[] = [];
    for (const [src, layer] of [['incidents', 'incident'], ['incident-areas', 'incident'], ['jurisdictions', 'jurisdiction'], ['territories', 'territory']]) {
      const data = (m.getSource(src) as unknown as { _data: { geojson?: GeoJSON.FeatureCollection } } | undefined)?._data;
      const fc = (data?.geojson ?? data) as GeoJSON.FeatureCollection | undefined;
      for (const f of fc?.features ?? []) out.push(hook.place(`${layer}:${f.properties?.id}`));
    }
    return out;
  }) as Promise<Props[]>;

const search = (p: Page) => p.getByRole('combobox', { name: 'Search' });
const options = (p: Page) => p.getByRole('listbox', { name: 'Search results' }).getByRole('option');

/** Types `q`, then moves with ArrowDown to the first result of `kind` and presses Enter; returns its label. */
async function chooseByKeyboard(p: Page, q: string, kind: 'Place' | 'Actor' | 'Sentence'): Promise<string> {
  await search(p).fill('');
  await search(p).pressSequentially(q, { delay: 20 });
  await expect.poll(() => options(p).count(), { timeout: 5000 }).toBeGreaterThan(0);
  const kinds = await options(p).locator('.kind').allTextContents();
  const at = kinds.indexOf(kind);
  expect(at, `no ${kind} among the results for “${q}”: ${kinds.join(', ')}`).toBeGreaterThanOrEqual(0);
  const label = await options(p).nth(at).locator('.label').innerText();
  for (let i = 0; i <= at; i++) await search(p).press('ArrowDown');
  expect(await search(p).getAttribute('aria-activedescendant')).toBe(await options(p).nth(at).getAttribute('id'));
  await search(p).press('Enter');
  return label;
}

describe('search', () => {
  it('choosing a place result with the keyboard selects that place', async () => {
    const places = await allPlaces(page);
    const target = places.find((pl) => pl.layer === 'territory') ?? places[0];
    const label = await chooseByKeyboard(page, target.name.slice(0, 5), 'Place');
    await expect.poll(() => page.locator('#panel-title').innerText()).toBe(label);
    await page.keyboard.press('Escape');
    await search(page).fill('');
  });

  it('choosing an actor result sets the Actor filter and empties the box', async () => {
    const actor = await page.getByRole('combobox', { name: 'Actor', exact: true }).evaluate((s) => (s as HTMLSelectElement).options[1].value);
    const label = await chooseByKeyboard(page, actor, 'Actor');
    expect(label).toBe(actor);
    await expect.poll(() => page.getByRole('combobox', { name: 'Actor', exact: true }).inputValue()).toBe(actor);
    expect(await search(page).inputValue()).toBe('');
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toContain(`actor=${actor.replace(/ /g, '+')}`);
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('choosing a sentence result opens its article with that sentence marked and in view', async () => {
    const places = await allPlaces(page);
    // A long word of an excerpt: rare enough that the sentence comes up.
    const words = places.flatMap((pl) => pl.excerpts.flatMap((e) => e.text.match(/\b[a-z]{9,}\b/g) ?? []));
    expect(words.length).toBeGreaterThan(0);
    const word = words.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0];
    const label = await chooseByKeyboard(page, word, 'Sentence');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
    const found = page.locator('dialog[open] .found');
    await expect.poll(() => found.count()).toBeGreaterThan(0);
    const marked = (await found.allInnerTexts()).join('').replace(/\s+/g, ' ');
    expect(marked.toLowerCase()).toContain(word);
    expect(label.replace(/…$/, '').replace(/\s+/g, ' ').slice(0, 40)).toBe(marked.trim().slice(0, 40));
    const box = (await found.first().boundingBox())!;
    const dialog = (await page.locator('dialog[open]').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(dialog.y - 1);
    expect(box.y).toBeLessThan(dialog.y + dialog.height);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
  });

  it('the words typed narrow the places by name, and the URL keeps them', async () => {
    const places = await allPlaces(page);
    const name = places[0].name;
    await search(page).fill(name);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('q=');
    const shown = await allPlaces(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(places.length);
    await search(page).press('Escape');
    await search(page).press('Escape');
    await expect.poll(async () => (await allPlaces(page)).length).toBe(places.length);
  });
});

describe('the timeline', () => {
  const countOf = async (p: Page) => (await allPlaces(p)).length;

  it('From and To narrow the map to the places with a date in the range, and the URL keeps the range', async () => {
    const all = await countOf(page);
    const from = page.getByRole('textbox', { name: 'From' }).or(page.getByLabel('From', { exact: true }));
    const min = await from.getAttribute('min');
    expect(min).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The first half of the timeline.
    const max = await page.getByLabel('To', { exact: true }).getAttribute('max');
    const mid = new Date((Date.parse(min!) + Date.parse(max!)) / 2).toISOString().slice(0, 10);
    await page.getByLabel('To', { exact: true }).fill(mid);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`to=${mid}`);
    const narrowed = await countOf(page);
    expect(narrowed).toBeLessThan(all);
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect.poll(() => countOf(page)).toBe(all);
  });

  it('Play steps a window through time, and Pause stops it', async () => {
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/from=\d{4}-\d{2}-\d{2}.*to=\d{4}-\d{2}-\d{2}/);
    const first = await page.evaluate(() => location.hash);
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 5000 }).not.toBe(first);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const stopped = await page.evaluate(() => location.hash);
    await page.waitForTimeout(1200);
    expect(await page.evaluate(() => location.hash)).toBe(stopped);
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
  });

  it('a dragged brush sets the range', async () => {
    const chart = page.locator('section[aria-label="Timeline"] svg').first();
    const b = (await chart.boundingBox())!;
    await page.mouse.move(b.x + b.width * 0.1, b.y + b.height * 0.4);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width * 0.5, b.y + b.height * 0.4, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/from=.*to=/);
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
  });
});

describe('export what is visible', () => {
  async function exported(name: 'Export GeoJSON' | 'Export CSV' | 'Export PNG'): Promise<{ d: Download; body: Buffer }> {
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
    return { d, body: await readFile((await d.path())!) };
  }

  it('GeoJSON: the filtered features with their excerpts and articles', async () => {
    const actor = await page.getByRole('combobox', { name: 'Actor', exact: true }).evaluate((s) => (s as HTMLSelectElement).options[1].value);
    await page.getByRole('combobox', { name: 'Actor', exact: true }).selectOption(actor);
    const shown = await allPlaces(page);
    const { d, body } = await exported('Export GeoJSON');
    expect(d.suggestedFilename()).toMatch(/\.geojson$/);
    const fc = JSON.parse(body.toString('utf8')) as GeoJSON.FeatureCollection;
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.properties!.id).sort()).toEqual(shown.map((p) => p.id).sort());
    expect(fc.features.every((f) => Array.isArray(f.properties!.excerpts) && f.properties!.excerpts.length > 0)).toBe(true);
    await expect.poll(() => page.locator('.export .status').innerText()).toMatch(new RegExp(`^Exported ${shown.length} feature`));
  });

  it('CSV: one row per excerpt of the same features', async () => {
    const shown = await allPlaces(page);
    const { d, body } = await exported('Export CSV');
    expect(d.suggestedFilename()).toMatch(/\.csv$/);
    const text = body.toString('utf8').replace(/^\uFEFF/, '');
    const header = text.slice(0, text.indexOf('\r\n')).split(',');
    expect(header).toContain('feature_id');
    const excerpts = shown.reduce((n, p) => n + p.excerpts.length, 0);
    // Rows end in CRLF; quoted fields may hold bare newlines but never CRLF.
    expect(text.trimEnd().split('\r\n').length - 1).toBe(excerpts);
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('PNG: an image larger than the map canvas (title, legend and credits below it)', async () => {
    const { d, body } = await exported('Export PNG');
    expect(d.suggestedFilename()).toMatch(/\.png$/);
    expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const height = body.readUInt32BE(20);
    const canvas = await page.evaluate(() => (window as unknown as { __map: import('maplibre-gl').Map }).__map.getCanvas().height);
    expect(height).toBeGreaterThan(canvas);
  });
});

describe('readable when dense', () => {
  it('an incident at a state or country is drawn as the area, never as a dot in its middle', async () => {
    const drawn = await page.evaluate(() => {
      const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      const ids = (src: string) => {
        const data = (m.getSource(src) as unknown as { _data: { geojson?: GeoJSON.FeatureCollection } })._data;
        const fc = (data.geojson ?? data) as GeoJSON.FeatureCollection;
        return fc.features.map((f) => [String(f.properties?.id), f.geometry.type, Number(f.properties?.precision ?? 0)] as const);
      };
      return { points: ids('incidents'), areas: ids('incident-areas') };
    });
    expect(drawn.points.every(([, type, precision]) => type === 'Point' && precision <= 2)).toBe(true);
    expect(drawn.areas.length).toBeGreaterThan(0);
    expect(drawn.areas.every(([, type, precision]) => type !== 'Point' && precision >= 3)).toBe(true);
    expect(await page.locator('fieldset.toggles').innerText()).toMatch(/geo-precision 3–4/);
  });

  it('the panel says where a place lies and how precise it is', async () => {
    const places = await allPlaces(page);
    const withWhere = places.find((p) => p.where && p.layer === 'territory') ?? places.find((p) => p.where)!;
    await page.locator(`ul[aria-labelledby="list-${withWhere.layer}"] button`, { hasText: withWhere.name }).first().click();
    await expect.poll(() => page.locator('section[aria-labelledby="panel-title"] .where').innerText()).toContain(withWhere.where!);
    expect(await page.locator('section[aria-labelledby="panel-title"] .where').innerText()).toMatch(/geo-precision [1-4]/);
    await page.keyboard.press('Escape');
  });

  it('choosing a country flies to its main body, not to the whole world', async () => {
    const places = await allPlaces(page);
    const country = places.find((p) => p.precision === 4 && p.layer === 'jurisdiction') ?? places.find((p) => p.precision === 4);
    expect(country, 'a country in the shipped layers').toBeTruthy();
    await page.evaluate(() => (window as unknown as { __map: import('maplibre-gl').Map }).__map.jumpTo({ center: [0, 0], zoom: 1 }));
    await page.locator(`ul[aria-labelledby="list-${country!.layer}"] button`, { hasText: country!.name }).first().click();
    await idle(page);
    const zoom = await page.evaluate(() => (window as unknown as { __map: import('maplibre-gl').Map }).__map.getZoom());
    expect(zoom).toBeGreaterThan(2);
    await page.keyboard.press('Escape');
  });
});

describe('the page', () => {
  it('logged no error and asked nothing of any other host', () => {
    expect(log.errors).toEqual([]);
    expect(log.outside).toEqual([]);
  });
});
