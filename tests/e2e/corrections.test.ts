/**
 * Corrections in the built app (issue 11): from the place panel and the reader, "Confirm",
 * "Not a place", "Change layer", "Choose another place", "Move" and "Add place" act on the map at
 * once, are drawn apart from the machine's finds, are kept in IndexedDB across a reload, undo
 * from the panel and with Ctrl+Z, move as a JSON-LD file (export, clear storage, import: the same
 * map), and follow an edited article to its new text.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, launch, openMap, serveDist, watch, watchCsp, type PageLog } from './harness.ts';

let server: Awaited<ReturnType<typeof serveDist>>;
let chrome: Awaited<ReturnType<typeof launch>>;
let page: Page;
let log: PageLog;
let dir: string;

type Source = 'incidents' | 'incident-areas' | 'jurisdictions' | 'territories';
/** The map's data sources: incident points (clustered) and incident areas (a state or country) apart. */
const SOURCES: Source[] = ['incidents', 'incident-areas', 'jurisdictions', 'territories'];
interface Drawn {
  id: string;
  name: string;
  placeId: string;
  count: number;
  verified: number;
  /** The first coordinate pair of the geometry. */
  at: [number, number] | null;
  /** `<article id>@<offset>` of each excerpt's mention. */
  mentions: string[];
}

/** What the map's three sources hold now. */
function drawn(p: Page): Promise<Record<Source, Drawn[]>> {
  return p.evaluate((sources) => {
    const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    const out = {} as Record<string, unknown[]>;
    for (const id of sources) {
      const data = (m.getSource(id) as unknown as { _data: { geojson?: GeoJSON.FeatureCollection } } | undefined)?._data;
      const fc = (data?.geojson ?? data) as GeoJSON.FeatureCollection | undefined;
      const layer = id.startsWith('incident') ? 'incident' : id.replace(/ies$/, 'y').replace(/s$/, '');
      const hook = (window as unknown as { __plaza: { place(key: string): { excerpts: Array<{ articleId: string; mentionStart: number }> } | undefined } }).__plaza;
      out[id] = (fc?.features ?? []).map((f) => {
        // The map's sources carry no excerpts: the app gives them by feature key.
        const p: Record<string, unknown> & { excerpts: Array<{ articleId: string; mentionStart: number }> } = {
          ...(f.properties as Record<string, unknown>),
          excerpts: hook.place(`${layer}:${String(f.properties?.id)}`)?.excerpts ?? [],
        };
        const g = f.geometry;
        const first = g.type === 'Point' ? g.coordinates : g.type === 'GeometryCollection' && g.geometries[0]?.type === 'Point' ? g.geometries[0].coordinates : null;
        return {
          id: String(p.id),
          name: String(p.name),
          placeId: String(p.placeId),
          count: Number(p.count),
          verified: Number(p.verified ?? 0),
          at: first ? [first[0], first[1]] : null,
          mentions: p.excerpts.map((e) => `${e.articleId}@${e.mentionStart}`),
        };
      });
    }
    return out as Record<Source, Drawn[]>;
  }, SOURCES);
}

/** The feature drawing a mention, and its source. */
async function drawing(p: Page, mention: string): Promise<(Drawn & { source: Source }) | null> {
  const d = await drawn(p);
  for (const s of SOURCES) for (const f of d[s]) if (f.mentions.includes(mention)) return { ...f, source: s };
  return null;
}

const correctionsIdle = (p: Page) =>
  p.waitForFunction(() => document.documentElement.dataset.corrections === 'idle', null, { timeout: 90_000 });
const ingestIdle = (p: Page) => p.waitForFunction(() => document.documentElement.dataset.ingest === 'idle', null, { timeout: 90_000 });
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const yourCorrections = (p: Page) => p.getByRole('region', { name: /^Your corrections/ });

/** Selects a place from the sidebar list (the keyboard and screen-reader way) and returns its panel. */
async function openPanel(p: Page, layer: 'incident' | 'jurisdiction' | 'territory', f: Drawn) {
  const list = p.locator(`ul[aria-labelledby="list-${layer}"]`);
  await list.locator('button', { has: p.locator('span.name', { hasText: new RegExp(`^${esc(f.name)}$`) }) }).first().click();
  const panel = p.getByRole('region', { name: f.name, exact: true });
  await panel.waitFor();
  return panel;
}

/**
 * Shipped incidents drawn from one mention, with a name no other incident has: those at a state
 * or country, drawn as the area, first ("Not a place" takes the first), then those drawn as a
 * point ("Confirm" draws its ring around a point; "Move" checks the click within a pixel, which
 * needs the map zoomed to a town).
 */
async function singleIncidents(p: Page): Promise<Drawn[]> {
  const d = await drawn(p);
  const all = [...d.incidents, ...d['incident-areas']];
  const names = all.map((f) => f.name);
  const single = all.filter((f) => f.count === 1 && names.indexOf(f.name) === names.lastIndexOf(f.name));
  return [...single.filter((f) => !f.at), ...single.filter((f) => f.at)];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plaza-corrections-'));
  server = await serveDist();
  chrome = await launch();
  page = await chrome.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  log = watch(page);
  await watchCsp(page, log);
  await openMap(page, server.url);
  await correctionsIdle(page);
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Shipped features picked for each test, so tests do not correct the same mention. */
let picks: Drawn[] = [];

describe('a mention marked "Not a place"', () => {
  it('leaves the map, the counts and the list at once, and stays gone after a reload', async () => {
    picks = await singleIncidents(page);
    expect(picks.length, 'the shipped layers have at least four single-mention incidents').toBeGreaterThanOrEqual(4);
    const f = picks[0];
    const mention = f.mentions[0];
    const count = Number(await page.locator('#count-incident').evaluate((e) => e.firstChild?.textContent));
    const panel = await openPanel(page, 'incident', f);
    expect(await panel.getByText(/^Machine(, place confidence \d+%)?$/).count()).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Not a place', exact: true }).click();
    await expect.poll(() => drawing(page, mention), { timeout: 60_000 }).toBeNull();
    await correctionsIdle(page);
    expect(Number(await page.locator('#count-incident').evaluate((e) => e.firstChild?.textContent))).toBe(count - 1);
    expect(await page.locator('ul[aria-labelledby="list-incident"] span.name', { hasText: new RegExp(`^${esc(f.name)}$`) }).count()).toBe(0);
    const mine = yourCorrections(page);
    expect(await mine.getByRole('listitem').filter({ hasText: 'Not a place' }).count()).toBe(1);

    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 60_000 });
    await correctionsIdle(page);
    await expect.poll(() => drawing(page, mention), { timeout: 30_000 }).toBeNull();
    expect(await yourCorrections(page).getByRole('listitem').filter({ hasText: 'Not a place' }).count()).toBe(1);
  });
});

describe('"Confirm"', () => {
  it('draws the place as checked by a person (a ring), says who and when in the panel, and "Undo" in the panel takes it back', async () => {
    const f = picks[1];
    const mention = f.mentions[0];
    const panel = await openPanel(page, 'incident', f);
    await panel.getByRole('button', { name: 'Confirm', exact: true }).click();
    await expect.poll(async () => (await drawing(page, mention))?.verified, { timeout: 60_000 }).toBe(1);
    await correctionsIdle(page);
    const again = page.getByRole('region', { name: f.name, exact: true });
    await expect.poll(() => again.getByText(/^Checked by reader, \d+ \w+ \d{4}$/).count()).toBe(1);
    await idle(page);
    const ringed = await page.evaluate((id) => {
      const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      return m.queryRenderedFeatures({ layers: ['incident-verified'] }).some((x) => x.properties?.id === id);
    }, f.id);
    expect(ringed, 'the checked incident is drawn with the ring').toBe(true);

    await again.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await drawing(page, mention))?.verified, { timeout: 60_000 }).toBe(0);
    await correctionsIdle(page);
  });
});

describe('"Change layer"', () => {
  it('moves the mention to the layer chosen, and the panel keeps the machine reading', async () => {
    const f = picks[2];
    const mention = f.mentions[0];
    const panel = await openPanel(page, 'incident', f);
    await panel.getByRole('button', { name: 'Change layer', exact: true }).click();
    await panel.getByRole('group', { name: /^New layer for/ }).getByRole('button', { name: 'Jurisdiction', exact: true }).click();
    await expect.poll(async () => (await drawing(page, mention))?.source, { timeout: 60_000 }).toBe('jurisdictions');
    await correctionsIdle(page);
    const now = page.getByRole('region', { name: f.name, exact: true });
    await expect.poll(() => now.getByText(new RegExp(`^Machine read: ${esc(f.name)}, incident, place confidence \\d+%$`)).count()).toBe(1);
  });
});

describe('"Choose another place"', () => {
  it('searches the gazetteer (admin area and country shown) and puts the mention on the place chosen', async () => {
    const f = picks[1];
    const mention = f.mentions[0];
    const panel = await openPanel(page, 'incident', f);
    await panel.getByRole('button', { name: 'Choose another place', exact: true }).click();
    const chooser = panel.getByRole('group', { name: /^Another place for/ });
    await chooser.getByRole('searchbox', { name: 'Search places' }).fill('Guadalajara');
    const result = chooser.getByRole('button', { name: /^Guadalajara — .*Jalisco, Mexico/ }).first();
    await result.waitFor({ timeout: 60_000 });
    await result.click();
    await expect.poll(async () => (await drawing(page, mention))?.name, { timeout: 60_000 }).toBe('Guadalajara');
    await correctionsIdle(page);
    const d = await drawing(page, mention);
    expect(d!.placeId).not.toBe(f.placeId);
    expect(d!.at![1]).toBeCloseTo(20.67, 0);
  });
});

describe('"Move"', () => {
  it('sets the point where the map is clicked; Ctrl+Z undoes the last correction', async () => {
    const f = picks[3];
    const mention = f.mentions[0];
    const panel = await openPanel(page, 'incident', f);
    await panel.getByRole('button', { name: 'Move', exact: true }).click();
    await page.getByRole('group', { name: 'Move a place' }).waitFor();
    const canvas = page.locator('.maplibregl-canvas');
    const box = (await canvas.boundingBox())!;
    const [x, y] = [Math.round(box.width * 0.3), Math.round(box.height * 0.6)];
    const expected = await page.evaluate(([px, py]) => {
      const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      const ll = m.unproject([px, py]);
      return [ll.lng, ll.lat];
    }, [x, y]);
    await canvas.click({ position: { x, y } });
    await expect.poll(async () => (await drawing(page, mention))?.placeId, { timeout: 60_000 }).toMatch(/^point:/);
    await correctionsIdle(page);
    const moved = (await drawing(page, mention))!;
    // Within a pixel or so of where the mouse went down.
    expect(moved.at![0]).toBeCloseTo(expected[0], 2);
    expect(moved.at![1]).toBeCloseTo(expected[1], 2);

    const before = await yourCorrections(page).getByRole('listitem').count();
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await drawing(page, mention))?.placeId, { timeout: 60_000 }).toBe(f.placeId);
    await correctionsIdle(page);
    expect(await yourCorrections(page).getByRole('listitem').count()).toBe(before - 1);
  });
});

describe('"Add place" in the reader', () => {
  const TITLE = 'Stolen truck found';
  const TEXT = 'Police found the stolen truck on a dirt road outside monterrey on Friday, officials said.\n';

  async function paste(text: string) {
    await page.getByRole('button', { name: 'Add articles' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add articles' });
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(text);
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
    await dialog.getByRole('button', { name: 'Add to map' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.ingest === 'busy').catch(() => {});
    await ingestIdle(page);
    await correctionsIdle(page);
  }

  /** Selects the first occurrence of `words` in the reader's text, as a mouse would. */
  async function selectWords(words: string) {
    await page.evaluate((w) => {
      for (const el of document.querySelectorAll('dialog .text [data-at]')) {
        const node = el.firstChild?.nodeType === Node.TEXT_NODE ? el.firstChild : el.querySelector('mark')?.firstChild;
        const at = node?.textContent?.indexOf(w) ?? -1;
        if (!node || at < 0) continue;
        const r = document.createRange();
        r.setStart(node, at);
        r.setEnd(node, at + w.length);
        const sel = document.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(r);
        return;
      }
      throw new Error(`"${w}" not in the reader`);
    }, words);
  }

  /** The id of the article with this title, read from the reader's own articles' excerpts on the map. */
  function articleIdOf(title: string): Promise<string> {
    return page.evaluate((t) => {
      const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      for (const id of ['incidents', 'incident-areas', 'jurisdictions', 'territories']) {
        const data = (m.getSource(id) as unknown as { _data: { geojson?: GeoJSON.FeatureCollection } })._data;
        const fc = (data.geojson ?? data) as GeoJSON.FeatureCollection;
        const hook = (window as unknown as { __plaza: { place(key: string): { excerpts: Array<{ articleId: string; title: string }> } | undefined } }).__plaza;
        const layer = id.startsWith('incident') ? 'incident' : id.replace(/ies$/, 'y').replace(/s$/, '');
        for (const f of fc.features) for (const e of hook.place(`${layer}:${String(f.properties?.id)}`)?.excerpts ?? []) if (e.title === t) return e.articleId;
      }
      return '';
    }, title);
  }

  let articleId = '';
  it('adds words the machine missed as a place on the layer chosen', async () => {
    await paste(TEXT);
    await page.getByRole('region', { name: 'Your articles' }).getByRole('button', { name: TITLE }).click();
    const reader = page.getByRole('dialog', { name: TITLE });
    await reader.waitFor();
    expect(await reader.locator('.text mark', { hasText: 'monterrey' }).count(), 'the machine missed the lower-case name').toBe(0);
    await selectWords('monterrey');
    await reader.getByRole('button', { name: 'Add place', exact: true }).click();
    const chooser = reader.getByRole('group', { name: /^Add “monterrey” as a place/ });
    expect(await chooser.getByRole('combobox', { name: 'Layer' }).inputValue()).toBe('incident');
    const result = chooser.getByRole('button', { name: /^Monterrey — .*Nuevo León, Mexico/ }).first();
    await result.waitFor({ timeout: 60_000 });
    await result.click();
    await correctionsIdle(page);
    // The machine found no place in it: its id shows on the map once the added place is drawn.
    await expect.poll(() => articleIdOf(TITLE), { timeout: 60_000 }).not.toBe('');
    articleId = await articleIdOf(TITLE);
    const at = TEXT.indexOf('monterrey');
    await expect.poll(async () => (await drawing(page, `${articleId}@${at}`))?.name, { timeout: 60_000 }).toBe('Monterrey');
    expect((await drawing(page, `${articleId}@${at}`))!.verified).toBe(1);
    await expect.poll(() => reader.locator('.text mark', { hasText: 'monterrey' }).count()).toBe(1);
    await reader.getByRole('button', { name: 'Close' }).first().click();
  });

  it('follows the article when its text is edited (the new version takes its place, the correction re-anchors)', async () => {
    const edited = `Updated at noon. ${TEXT.replace('dirt road', 'gravel road')}`;
    await paste(edited);
    const list = page.getByRole('region', { name: 'Your articles' });
    await expect.poll(() => list.getByRole('button', { name: TITLE }).count()).toBe(1);
    const d = await drawn(page);
    const monterrey = d.incidents.find((f) => f.name === 'Monterrey');
    expect(monterrey, 'the added place is still on the map').toBeTruthy();
    const at = edited.indexOf('monterrey');
    expect(monterrey!.mentions.some((m) => m.endsWith(`@${at}`) && !m.startsWith(`${articleId}@`))).toBe(true);
    expect(await yourCorrections(page).getByRole('list', { name: 'Orphaned corrections' }).count()).toBe(0);
  });
});

describe('"Export corrections" and "Import corrections"', () => {
  it('export, clear storage, import: the same map', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), yourCorrections(page).getByRole('button', { name: 'Export corrections' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.jsonld$/);
    const file = join(dir, 'corrections.jsonld');
    writeFileSync(file, readFileSync(await download.path()));
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { type: string; items: Array<{ type: string; target: { selector: Array<{ type: string }> } }> };
    expect(exported.type).toBe('AnnotationCollection');
    expect(exported.items.length).toBeGreaterThanOrEqual(4);
    for (const a of exported.items) {
      expect(a.type).toBe('Annotation');
      expect(a.target.selector.map((s) => s.type).sort()).toEqual(['TextPositionSelector', 'TextQuoteSelector']);
    }
    const corrected = await drawn(page);

    await page.evaluate(
      () =>
        new Promise<void>((ok, fail) => {
          const r = indexedDB.deleteDatabase('plaza-corrections');
          r.onsuccess = () => ok();
          r.onerror = () => fail(r.error);
        }),
    );
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 60_000 });
    await correctionsIdle(page);
    await ingestIdle(page);
    expect(await yourCorrections(page).getByRole('listitem').count()).toBe(0);
    expect(await drawn(page)).not.toEqual(corrected);

    await yourCorrections(page).locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => yourCorrections(page).getByRole('listitem').count(), { timeout: 30_000 }).toBe(exported.items.length);
    await correctionsIdle(page);
    await expect.poll(() => drawn(page), { timeout: 60_000 }).toEqual(corrected);
  });

  it('an import with a bad entry names its line and column, applies the rest, and lists a correction whose words are gone as orphaned', async () => {
    const ghost = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:test:ghost',
      type: 'Annotation',
      motivation: 'editing',
      created: '2026-01-01T00:00:00.000Z',
      creator: 'tester',
      target: {
        source: (await drawn(page)).incidents[0].mentions[0].split('@')[0],
        selector: [
          { type: 'TextQuoteSelector', exact: 'Xochimilcozzz', prefix: 'nowhere ', suffix: ' at all' },
          { type: 'TextPositionSelector', start: 0, end: 13 },
        ],
      },
      body: { change: 'not-a-place' },
    };
    const text = `{\n  "type": "AnnotationCollection",\n  "items": [\n    ${JSON.stringify(ghost)},\n    {"type": "Annotation"}\n  ]\n}\n`;
    const file = join(dir, 'mixed.jsonld');
    writeFileSync(file, text);
    await yourCorrections(page).locator('input[type=file]').setInputFiles(file);
    const problems = yourCorrections(page).getByRole('list', { name: 'Correction problems' });
    await expect.poll(async () => (await problems.textContent()) ?? '', { timeout: 30_000 }).toMatch(/^mixed\.jsonld:5:5: annotation 2: /);
    await correctionsIdle(page);
    const orphans = yourCorrections(page).getByRole('list', { name: 'Orphaned corrections' });
    await expect.poll(async () => (await orphans.textContent()) ?? '', { timeout: 30_000 }).toContain('“Xochimilcozzz”');
  });
});

describe('the page', () => {
  it('broke no Content-Security-Policy rule and logged no error', () => {
    expect(log.csp).toEqual([]);
    expect(log.outside).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
