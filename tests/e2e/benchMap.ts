/**
 * `npm run bench:map`: how the built app (dist/, served as the e2e tests serve it, strict CSP)
 * copes with many features, in headless Debian Chromium on software WebGL. For each size — the
 * shipped layers as they are (`seed`) and generated sets (`tests/e2e/generateLayers.ts`) of N
 * features — it answers the app's requests for the layer files with the generated ones
 * (`page.route`, matched by the name before Vite's hash), so no rebuild is needed, and measures:
 *
 * - navigation → the map's first `idle` (`data-map-ready="true"`, on the page's clock);
 * - a click on an entry of the place list → the panel (`section[aria-labelledby=panel-title]`)
 *   laid out, on the next frame;
 * - typing into the search box (else the place filter) → the map's next `idle`, and clearing it;
 * - frames per second while panning (`map.panBy` every animation frame for 2 s, `render` events);
 * - the page's JS heap after load (main thread; CDP `Performance.getMetrics`; workers not counted);
 *
 * each repeated (`--repeat`, default 3, fresh browser context each time; sizes of 30,000 features
 * or more `--large-repeat` times, default once; `--clicks` clicks and filters per load) and printed as medians, one table per size; then, once, the JavaScript shipped
 * (gzip -9 of `dist/assets/*.js`) with MapLibre's part told apart by content. Ends with one JSON
 * line. A benchmark that prints figures, not a test: nothing here passes or fails on time.
 *
 * @example npm run bench:map -- --sizes seed,10000,100000 --repeat 3 --large-repeat 1
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generateLayers, loadPlacePool, writeLayers, type PlacePool } from './generateLayers.ts';
import { launch, serveDist } from './harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

/** Accessible names of the text control that filters the map, tried in order (the lead is renaming "Filter places" to "Search"). */
export const FILTER_CONTROL_NAMES = ['Search', 'Filter places'];
/** What is typed into it: narrows every size to a small part of the map. */
export const FILTER_QUERY = 'Sinaloa';
/** An entry of the place list (the n-th is clicked on the n-th try). */
export const PLACE_LIST_ITEM = 'section[aria-labelledby="places-title"] li button, section[aria-labelledby="places-title"] [role="option"]';
/** The place panel: its appearance ends a click's timing. */
export const PANEL = 'section[aria-labelledby="panel-title"]';
/** Its close button, pressed before the next click so every click opens it afresh. */
export const PANEL_CLOSE_NAME = 'Close panel';
/** Sizes from this many features on are loaded `--large-repeat` times (default once), smaller ones `--repeat` times. */
const LARGE = 30_000;
/** The files of data/layers/ the app may request. */
const LAYER_FILES = ['incidents.geojson', 'jurisdictions.geojson', 'territories.geojson', 'articles.json', 'mentions.json'];
/** A built data file: its name before Vite's 8-character hash, and its extension. */
const HASHED = /\/assets\/([^/]+?)-[\w-]{8}\.(geojson|json)$/;
/** Text only MapLibre's own code carries (error messages and class names it builds). */
const MAPLIBRE_MARKS = ['MapLibre GL JS', 'maplibregl-canvas-container', 'Style is not done loading'];

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

type BenchWindow = Window & { __map: import('maplibre-gl').Map; __readyAt?: number };

/** Records, on the page's clock (0 = navigation start), when the map's first idle marks the page ready. */
const READY_PROBE = () => {
  const w = window as unknown as BenchWindow;
  // Watches the document, not its root: an init script runs before the parser makes <html>.
  new MutationObserver((_, obs) => {
    if (document.documentElement?.dataset.mapReady === 'true') {
      w.__readyAt = performance.now();
      obs.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-map-ready'] });
};

/** Navigates and resolves with the time to the first idle (ms since navigation start). */
async function navigate(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 600_000, polling: 100 });
  return page.evaluate(() => (window as unknown as BenchWindow).__readyAt ?? NaN);
}

/** Resolves once the map has nothing left to draw. */
function settle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((ok) => {
        const m = (window as unknown as BenchWindow).__map;
        if (m.loaded() && !m.isMoving()) {
          m.once('idle', () => ok());
          m.triggerRepaint();
        } else m.once('idle', () => ok());
      }),
  );
}

/** Clicks the n-th entry of the place list; resolves with ms to the panel laid out and the next frame. */
async function clickToPanel(page: Page, nth: number): Promise<number> {
  const close = page.getByRole('button', { name: PANEL_CLOSE_NAME });
  if (await close.count()) {
    await close.first().click();
    await page.locator(PANEL).waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
  }
  const items = page.locator(PLACE_LIST_ITEM);
  const count = await items.count();
  if (!count) return NaN;
  const item = items.nth(nth % count);
  await item.scrollIntoViewIfNeeded();
  const ms = await item.evaluate(
    (el, panel) =>
      new Promise<number>((ok) => {
        const shown = () => {
          const p = document.querySelector(panel);
          return !!p && p.getBoundingClientRect().height > 0;
        };
        const t0 = performance.now();
        (el as HTMLElement).click();
        const check = () => {
          if (shown()) requestAnimationFrame(() => ok(performance.now() - t0));
          else if (performance.now() - t0 > 60_000) ok(NaN);
          else requestAnimationFrame(check);
        };
        // The panel may already be there when click() returns (synchronous render).
        check();
      }),
    PANEL,
  );
  await settle(page);
  return ms;
}

/** The control that filters the map, found by its accessible name. */
async function filterControl(page: Page) {
  for (const name of FILTER_CONTROL_NAMES) {
    for (const role of ['combobox', 'searchbox', 'textbox'] as const) {
      const c = page.getByRole(role, { name, exact: true });
      if (await c.count()) return { control: c.first(), name };
    }
  }
  return null;
}

/** Sets the filter's text as typing would end; resolves with ms to the map's next idle (NaN if none came in 30 s). */
async function filterToIdle(page: Page, text: string): Promise<number> {
  const found = await filterControl(page);
  if (!found) return NaN;
  await settle(page);
  return found.control.evaluate(
    (el, value) =>
      new Promise<number>((ok) => {
        const m = (window as unknown as BenchWindow).__map;
        const input = el as HTMLInputElement;
        const t0 = performance.now();
        const timer = setTimeout(() => ok(NaN), 30_000);
        m.once('idle', () => {
          clearTimeout(timer);
          ok(performance.now() - t0);
        });
        input.focus();
        input.value = value;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: value ? 'insertText' : 'deleteContentBackward', data: value || null }));
      }),
    text,
  );
}

/** Pans with `map.panBy` every animation frame for `ms`; resolves with rendered frames per second. */
function panFps(page: Page, ms = 2000): Promise<number> {
  return page.evaluate(
    (duration) =>
      new Promise<number>((ok) => {
        const m = (window as unknown as BenchWindow).__map;
        let frames = 0;
        const count = () => frames++;
        m.on('render', count);
        const t0 = performance.now();
        const step = () => {
          const t = performance.now() - t0;
          if (t >= duration) {
            m.off('render', count);
            ok((frames * 1000) / t);
            return;
          }
          // Back and forth so the view stays over the data.
          m.panBy([Math.floor(t / 500) % 2 ? -40 : 40, 10 * Math.sin(t / 200)], { duration: 0 });
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    ms,
  );
}

/** The page's JS heap in MB (main thread), as it is and after a forced collection. */
async function heapMb(page: Page): Promise<{ used: number; afterGc: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1048576;
  const used = await read();
  await cdp.send('HeapProfiler.collectGarbage');
  const afterGc = await read();
  await cdp.detach();
  return { used, afterGc };
}

interface Try {
  firstIdleMs: number;
  clickMs: number[];
  filterMs: number[];
  clearMs: number[];
  fps: number;
  heapMb: number;
  heapAfterGcMb: number;
  /** Built JS files the page (and its workers) fetched before the first idle. */
  jsLoaded: string[];
  filterControl: string | null;
  /** Why the load stopped early (a crash, a timeout), when it did. */
  error?: string;
}

/** One fresh context: navigation, then clicks, filters, panning and the heap; what a crash or error leaves unmeasured is NaN. */
async function once(browser: Browser, url: string, files: Record<string, string> | null, clicks: number): Promise<Try> {
  const t: Try = { firstIdleMs: NaN, clickMs: [], filterMs: [], clearMs: [], fps: NaN, heapMb: NaN, heapAfterGcMb: NaN, jsLoaded: [], filterControl: null };
  let context: BrowserContext | null = null;
  let crashed = false;
  const jsLoaded: string[] = [];
  try {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.on('request', (r) => {
      const name = /\/assets\/([^/?]+\.js)$/.exec(r.url())?.[1];
      if (name) jsLoaded.push(name);
    });
    if (files) {
      await context.route(HASHED, async (route) => {
        const m = HASHED.exec(new URL(route.request().url()).pathname);
        const path = m ? files[`${m[1]}.${m[2]}`] : undefined;
        if (path) await route.fulfill({ path, contentType: 'application/json' });
        else await route.continue();
      });
    }
    const page = await context.newPage();
    page.on('crash', () => (crashed = true));
    // tsx keeps function names with a `__name` helper that page.evaluate's copies do not bring along.
    await page.addInitScript('globalThis.__name = (f) => f');
    await page.addInitScript(READY_PROBE);
    t.firstIdleMs = await navigate(page, url);
    t.jsLoaded = [...new Set(jsLoaded)];
    const heap = await heapMb(page);
    [t.heapMb, t.heapAfterGcMb] = [heap.used, heap.afterGc];
    await settle(page);
    for (let i = 0; i < clicks; i++) t.clickMs.push(await clickToPanel(page, i * 7));
    const close = page.getByRole('button', { name: PANEL_CLOSE_NAME });
    if (await close.count()) await close.first().click();
    t.filterControl = (await filterControl(page))?.name ?? null;
    for (let i = 0; i < clicks; i++) {
      t.filterMs.push(await filterToIdle(page, FILTER_QUERY));
      t.clearMs.push(await filterToIdle(page, ''));
    }
    await page.evaluate(() => (window as unknown as BenchWindow).__map.jumpTo({ center: [-102, 28], zoom: 4 }));
    await settle(page);
    t.fps = await panFps(page);
  } catch (err) {
    t.error = crashed ? 'the page crashed' : (err instanceof Error ? err.message : String(err)).split('\n')[0];
    process.stderr.write(`bench:map: ${t.error}\n`);
  } finally {
    await context?.close().catch(() => undefined);
  }
  return t;
}

/** gzip -9 size of every built JS file and whether it is MapLibre's, ours, or both (estimated). */
export function jsSizes(dist = DIST): Array<{ file: string; raw: number; gzip: number; maplibre: number; ours: number; kind: 'maplibre' | 'ours' | 'mixed' }> {
  const dir = join(dist, 'assets');
  // MapLibre's own main-thread and worker bundles, gzipped: the part of a mixed chunk that is MapLibre's.
  const ref = (f: string) => {
    const p = join(ROOT, 'node_modules/maplibre-gl/dist', f);
    return statSync(p, { throwIfNoEntry: false }) ? gzipSync(readFileSync(p), { level: 9 }).length : 0;
  };
  const refMain = ref('maplibre-gl.mjs');
  const refWorker = ref('maplibre-gl-worker.mjs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const body = readFileSync(join(dir, file));
      const text = body.toString('utf8');
      const gzip = gzipSync(body, { level: 9 }).length;
      const marks = MAPLIBRE_MARKS.filter((m) => text.includes(m)).length;
      if (!marks) return { file, raw: body.length, gzip, maplibre: 0, ours: gzip, kind: 'ours' as const };
      // A chunk no bigger than MapLibre's own bundle (5 % slack) is MapLibre alone; a bigger one also holds our code.
      const own = /worker/i.test(file) ? refWorker : refMain;
      if (!own || gzip <= own * 1.05) return { file, raw: body.length, gzip, maplibre: gzip, ours: 0, kind: 'maplibre' as const };
      return { file, raw: body.length, gzip, maplibre: own, ours: gzip - own, kind: 'mixed' as const };
    });
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

function printJs(loaded: Set<string>): Record<string, number> {
  const rows = jsSizes();
  const sum = (k: 'gzip' | 'maplibre' | 'ours', only?: (f: string) => boolean) => rows.filter((r) => !only || only(r.file)).reduce((s, r) => s + r[k], 0);
  const atStart = (f: string) => loaded.has(f);
  process.stdout.write('\nJavaScript shipped (dist/assets/*.js, gzip -9)\n');
  for (const r of rows) {
    const note = r.kind === 'mixed' ? ` (mixed: MapLibre ≈ ${kb(r.maplibre)} by its own bundle's gzip, ours ≈ ${kb(r.ours)})` : '';
    process.stdout.write(`  ${r.file.padEnd(44)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(9)} gz  ${r.kind}${atStart(r.file) ? ', loaded before first idle' : ', loaded later'}${note}\n`);
  }
  const estimated = rows.some((r) => r.kind === 'mixed') ? ' (estimated: MapLibre shares a chunk with our code; split it into its own chunk for an exact figure)' : '';
  process.stdout.write(`  ${'total'.padEnd(44)} ${kb(sum('gzip'))}\n`);
  process.stdout.write(`  ${'MapLibre'.padEnd(44)} ${kb(sum('maplibre'))}\n`);
  process.stdout.write(`  ${'ours, outside MapLibre (all chunks)'.padEnd(44)} ${kb(sum('ours'))}${estimated}\n`);
  process.stdout.write(`  ${'ours, outside MapLibre, before first idle'.padEnd(44)} ${kb(sum('ours', atStart))}${estimated}\n`);
  return { totalGzip: sum('gzip'), maplibreGzip: sum('maplibre'), oursGzip: sum('ours'), oursAtStartGzip: sum('ours', atStart) };
}

/** Layer files for a size: null for `seed` (the built ones), else a generated set on disk. */
function filesFor(size: string, seed: number, pool: () => PlacePool): { files: Record<string, string> | null; label: string; bytes: number } {
  if (size === 'seed') {
    const dir = join(ROOT, 'data/layers');
    let bytes = 0;
    const n: Record<string, number> = {};
    for (const f of LAYER_FILES) {
      const p = join(dir, f);
      if (!statSync(p, { throwIfNoEntry: false })) continue;
      bytes += statSync(p).size;
      if (f.endsWith('.geojson')) n[f] = (JSON.parse(readFileSync(p, 'utf8')) as { features: unknown[] }).features.length;
    }
    const articles = (JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as unknown[]).length;
    const total = Object.values(n).reduce((a, b) => a + b, 0);
    return { files: null, bytes, label: `seed corpus as shipped (${total} features: ${n['incidents.geojson']} incidents, ${n['jurisdictions.geojson']} jurisdictions, ${n['territories.geojson']} territories; ${articles} articles)` };
  }
  const n = Number(size);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bench:map: not a size: ${size}`);
  const g = generateLayers(n, { seed, pool: pool() });
  const files = writeLayers(g, join(tmpdir(), `plaza-bench-map-${n}-${seed}`));
  const bytes = Object.values(files).reduce((s, p) => s + statSync(p).size, 0);
  return {
    files,
    bytes,
    label: `generated, seed ${seed} (${n} features: ${g.incidents.features.length} incidents, ${g.jurisdictions.features.length} jurisdictions, ${g.territories.features.length} territories; ${g.articles.length} articles)`,
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: 'seed,10000,100000' },
      repeat: { type: 'string', default: '3' },
      /** Loads of a size of LARGE features or more (one such load takes minutes on this machine). */
      'large-repeat': { type: 'string', default: '1' },
      clicks: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
    },
  });
  const repeatSmall = Math.max(1, Number(values.repeat) || 3);
  const repeatLarge = Math.max(1, Number(values['large-repeat']) || 1);
  const clicks = Math.max(1, Number(values.clicks) || 3);
  const seed = Number(values.seed) || 1;
  if (!statSync(join(DIST, 'index.html'), { throwIfNoEntry: false })) {
    process.stdout.write('bench:map: dist/ missing (run npm run build); nothing measured\n');
    return 0;
  }
  let pool: PlacePool | null = null;
  const getPool = () => (pool ??= loadPlacePool(ROOT));
  const server = await serveDist();
  const summary: Record<string, unknown> = {};
  const loaded = new Set<string>();
  try {
    for (const size of values.sizes!.split(',').map((s) => s.trim()).filter(Boolean)) {
      process.stderr.write(`bench:map: ${size}: preparing layers\n`);
      const { files, label, bytes } = filesFor(size, seed, getPool);
      const repeat = Number(size) >= LARGE ? repeatLarge : repeatSmall;
      const tries: Try[] = [];
      for (let r = 0; r < repeat; r++) {
        process.stderr.write(`bench:map: ${size}: run ${r + 1}/${repeat}\n`);
        // A browser per load: one that crashed takes nothing down with it.
        const chrome = await launch();
        try {
          tries.push(await once(chrome.browser, server.url, files, clicks));
        } finally {
          await chrome.close().catch(() => undefined);
        }
      }
      tries.flatMap((t) => t.jsLoaded).forEach((f) => loaded.add(f));
      const all = (k: 'clickMs' | 'filterMs' | 'clearMs') => tries.flatMap((t) => t[k]);
      const m = {
        firstIdleMs: median(tries.map((t) => t.firstIdleMs)),
        clickToPanelMs: median(all('clickMs')),
        filterToIdleMs: median(all('filterMs')),
        clearToIdleMs: median(all('clearMs')),
        panFps: median(tries.map((t) => t.fps)),
        heapMb: median(tries.map((t) => t.heapMb)),
        heapAfterGcMb: median(tries.map((t) => t.heapAfterGcMb)),
      };
      const runs = (xs: number[], d = 0) => xs.map((x) => (Number.isFinite(x) ? x.toFixed(d) : '–')).join(', ');
      const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'not measured');
      const control = tries.find((t) => t.filterControl)?.filterControl ?? null;
      // The machine is shared: a busy one slows every figure, so say how busy it was.
      process.stdout.write(`\n${label}; layer files ${(bytes / 1048576).toFixed(1)} MB — median of ${repeat} loads (load average ${loadavg()[0].toFixed(1)})\n`);
      const rows: Array<[string, string, string]> = [
        ['navigation → first idle (mapReady)', ms(m.firstIdleMs), runs(tries.map((t) => t.firstIdleMs))],
        [`click in place list → panel (${clicks}× per load)`, ms(m.clickToPanelMs), runs(all('clickMs'))],
        [control ? `"${FILTER_QUERY}" into "${control}" → map idle` : 'filter → map idle (no filter control found)', ms(m.filterToIdleMs), runs(all('filterMs'))],
        ['clear that filter → map idle', ms(m.clearToIdleMs), runs(all('clearMs'))],
        ['panning (panBy each frame, 2 s)', Number.isFinite(m.panFps) ? `${m.panFps.toFixed(1)} fps` : 'not measured', runs(tries.map((t) => t.fps), 1)],
        ['JS heap after load (main thread)', Number.isFinite(m.heapMb) ? `${m.heapMb.toFixed(0)} MB` : 'not measured', `after GC ${m.heapAfterGcMb.toFixed(0)} MB`],
      ];
      for (const [k, v, all2] of rows) process.stdout.write(`  ${k.padEnd(48)} ${v.padStart(12)}   (${all2})\n`);
      for (const [i, t] of tries.entries()) if (t.error) process.stdout.write(`  load ${i + 1} stopped early: ${t.error}\n`);
      summary[size] = { ...Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(v * 10) / 10])), errors: tries.flatMap((t) => (t.error ? [t.error] : [])) };
    }
    summary.js = printJs(loaded);
    process.stdout.write(`${JSON.stringify({ benchMap: { repeat: repeatSmall, largeRepeat: repeatLarge, clicks, seed, ...summary } })}\n`);
    return 0;
  } finally {
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`bench:map: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
