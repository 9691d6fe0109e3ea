/**
 * `npm run bench:add`: how long "Add to map" takes in
 * the built app (dist/, served as the e2e tests serve it, strict CSP) in headless Debian Chromium:
 *
 * - cold: one 5 KB article in a fresh profile (the gazetteer not yet loaded);
 * - warm: a second 5 KB article once the gazetteer is loaded;
 * - 100 articles of 5 KB dropped at once;
 *
 * each from the click (or the drop) to the places in the map's sources and the map idle, then
 * the page's JS heap (main thread; CDP `Performance.getMetrics`). Prints a table, then one JSON
 * line. `--repeat N` runs each N times in fresh browsers and prints the medians. Needs dist/
 * (`npm run build`); without it, says so and exits 0 (nothing measured).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launch, openMap, serveDist } from './harness.ts';

const CITIES = [
  ['Hermosillo', 'Sonora'],
  ['Culiacán', 'Sinaloa'],
  ['Mazatlán', 'Sinaloa'],
  ['Guadalajara', 'Jalisco'],
  ['Reynosa', 'Tamaulipas'],
  ['Nuevo Laredo', 'Tamaulipas'],
  ['Ciudad Juárez', 'Chihuahua'],
  ['Tijuana', 'Baja California'],
  ['Mexicali', 'Baja California'],
  ['Monterrey', 'Nuevo León'],
  ['Morelia', 'Michoacán'],
  ['Acapulco', 'Guerrero'],
];

/** A news-like article of about 5 KB naming a few places; `n` varies the places and the words. */
export function article(n: number): string {
  const [city, state] = CITIES[n % CITIES.length];
  const [city2, state2] = CITIES[(n * 7 + 3) % CITIES.length];
  const lines = [
    `Operation number ${n} in ${city}`,
    '',
    `Soldiers arrested ${2 + (n % 5)} men in ${city}, ${state}, on Tuesday after a shootout near the highway, the state prosecutor's office said in a statement.`,
    `The men were taken to Mexico City and will appear before a federal judge, officials said. The operation followed months of surveillance in ${city2}, ${state2}.`,
  ];
  const filler =
    'Residents said the streets were quiet by the evening, and schools reopened the next morning after a day of closures ordered by the local authorities. ';
  let text = lines.join('\n');
  let i = 0;
  while (text.length < 5000) text += `${i++ % 4 === 0 ? '\n\n' : ''}${filler}`;
  return `${text}\n`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Total features in the map's three data sources. */
function featureCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    let n = 0;
    for (const id of ['incidents', 'incident-areas', 'jurisdictions', 'territories']) {
      const data = (m.getSource(id) as unknown as { _data: { geojson?: GeoJSON.FeatureCollection } } | undefined)?._data;
      n += ((data?.geojson ?? data) as GeoJSON.FeatureCollection | undefined)?.features.length ?? 0;
    }
    return n;
  });
}

type BenchWindow = Window & {
  __bench: { sawBusy: boolean; idleAt: number | null; mapIdles: number[] };
  __map: import('maplibre-gl').Map;
};

/**
 * `start` begins the ingest in the page and resolves with the page's clock at that moment. Times
 * on the page's clock, recorded in the page (no polling delay): to `data-ingest="idle"` (stored,
 * layers built and handed to the map), and to the map's first `idle` after that (drawn).
 */
async function timed(page: Page, start: () => Promise<number>): Promise<{ ms: number; ingestMs: number }> {
  const before = await featureCount(page);
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    const b = (w.__bench = { sawBusy: false as boolean, idleAt: null as number | null, mapIdles: [] as number[] });
    const root = document.documentElement;
    new MutationObserver((_, obs) => {
      if (root.dataset.ingest === 'busy') b.sawBusy = true;
      else if (b.sawBusy && root.dataset.ingest === 'idle') {
        b.idleAt = performance.now();
        obs.disconnect();
      }
    }).observe(root, { attributes: true, attributeFilter: ['data-ingest'] });
    w.__map.on('idle', () => b.mapIdles.push(performance.now()));
  });
  const t0 = await start();
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.idleAt !== null, null, { timeout: 600_000 });
  const drawn = await page.evaluate(
    () =>
      new Promise<number>((ok) => {
        const { __bench: b, __map: m } = window as unknown as BenchWindow;
        const after = () => b.mapIdles.find((t) => t >= b.idleAt!);
        const check = () => {
          const t = after();
          if (t !== undefined) ok(t);
          else setTimeout(check, 5);
        };
        // A source update that needed no new render fires no idle: ask for one after a while.
        setTimeout(() => after() === undefined && m.triggerRepaint(), 2000);
        check();
      }),
  );
  const idleAt = await page.evaluate(() => (window as unknown as BenchWindow).__bench.idleAt!);
  if ((await featureCount(page)) === before) throw new Error('no new places reached the map');
  return { ms: drawn - t0, ingestMs: idleAt - t0 };
}

/** Fills the dialog, then clicks "Add to map" in the page; resolves with the click's time. */
async function paste(page: Page, text: string): Promise<number> {
  await page.getByRole('button', { name: 'Add articles' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add articles' });
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(text);
  await dialog.getByRole('button', { name: 'Add to map' }).waitFor();
  return page.evaluate(() => {
    const button = [...document.querySelectorAll('dialog button')].find((b) => b.textContent === 'Add to map') as HTMLButtonElement;
    const t = performance.now();
    button.click();
    return t;
  });
}

/** Drops the files on the page; resolves with the drop's time. */
async function drop(page: Page, texts: string[]): Promise<number> {
  return page.evaluate((ts) => {
    const dt = new DataTransfer();
    ts.forEach((t, i) => dt.items.add(new File([t], `bench-${String(i).padStart(3, '0')}.txt`, { type: 'text/plain' })));
    const t = performance.now();
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.querySelector('main')!.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
    return t;
  }, texts);
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1048576;
}

interface Run {
  coldMs: number;
  warmMs: number;
  hundredMs: number;
  /** The same, to "idle" (stored, layers built and handed to the map) before the map's own render. */
  coldIngestMs: number;
  warmIngestMs: number;
  hundredIngestMs: number;
  heapMb: number;
}

async function once(url: string, seed: number): Promise<Run> {
  const chrome = await launch();
  try {
    const page = await chrome.browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx keeps function names with a `__name` helper that page.evaluate's copies do not bring along.
    await page.addInitScript('globalThis.__name = (f) => f');
    await openMap(page, url);
    const cold = await timed(page, () => paste(page, article(seed)));
    const warm = await timed(page, () => paste(page, article(seed + 1)));
    const hundred = await timed(page, () => drop(page, Array.from({ length: 100 }, (_, i) => article(seed + 2 + i))));
    return {
      coldMs: cold.ms,
      warmMs: warm.ms,
      hundredMs: hundred.ms,
      coldIngestMs: cold.ingestMs,
      warmIngestMs: warm.ingestMs,
      hundredIngestMs: hundred.ingestMs,
      heapMb: await heapMb(page),
    };
  } finally {
    await chrome.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { repeat: { type: 'string', default: '1' } } });
  const repeat = Math.max(1, Number(values.repeat) || 1);
  if (!statSync(resolve(import.meta.dirname, '../../dist/index.html'), { throwIfNoEntry: false })) {
    process.stdout.write('bench:add: dist/ missing (run npm run build); add-articles timings not measured\n');
    return 0;
  }
  const server = await serveDist();
  try {
    const runs: Run[] = [];
    for (let r = 0; r < repeat; r++) {
      process.stderr.write(`bench:add: run ${r + 1}/${repeat}\n`);
      runs.push(await once(server.url, 1000 * r));
    }
    const m = (k: keyof Run) => median(runs.map((x) => x[k]));
    const rows = [
      ['one 5 KB article, cold (gazetteer not loaded)', `${Math.round(m('coldMs'))} ms (ingest done ${Math.round(m('coldIngestMs'))} ms)`],
      ['one 5 KB article, warm', `${Math.round(m('warmMs'))} ms (ingest done ${Math.round(m('warmIngestMs'))} ms)`],
      [
        '100 articles of 5 KB dropped at once',
        `${(m('hundredMs') / 1000).toFixed(1)} s, ${Math.round(m('hundredMs') / 100)} ms per article (ingest done ${(m('hundredIngestMs') / 1000).toFixed(1)} s)`,
      ],
      ['page JS heap after (main thread)', `${m('heapMb').toFixed(0)} MB`],
    ];
    process.stdout.write(`\nAdd articles in the page (Chromium, built app, median of ${repeat}; click → places on the map, map idle)\n`);
    for (const [k, v] of rows) process.stdout.write(`  ${k.padEnd(50)} ${v}\n`);
    process.stdout.write(
      `${JSON.stringify({ addArticles: { repeat, ...Object.fromEntries((Object.keys(runs[0]) as Array<keyof Run>).map((k) => [k, Math.round(m(k))])) } })}\n`,
    );
    return 0;
  } finally {
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`bench:add: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
