/**
 * The reader's own articles, in the built app under its strict Content-Security-Policy: the
 * "Add articles" dialog, paste, several files, a drop, progress, places joining the layers,
 * reload keeps them, remove, export, bad files named and skipped, hostile text shown literally.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openMap, serveDist, watch, watchCsp, type PageLog } from './harness.ts';

let server: Awaited<ReturnType<typeof serveDist>>;
let chrome: Awaited<ReturnType<typeof launch>>;
let page: Page;
let log: PageLog;

const HERMOSILLO = `Soldiers arrest cartel leader in Hermosillo

Mexican soldiers arrested a regional leader of the Sinaloa Cartel in Hermosillo, Sonora, on Tuesday, the state prosecutor said.
The Sinaloa Cartel controls much of the smuggling corridor between Nogales and Agua Prieta, officials said.
He will be tried by a federal court in Tucson, Arizona.
`;

const ingestIdle = (p: Page) => p.waitForFunction(() => document.documentElement.dataset.ingest === 'idle', null, { timeout: 90_000 });

/** The place names the map's sources hold, per layer source. */
function sourceNames(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    const names: string[] = [];
    for (const id of ['incidents', 'incident-areas', 'jurisdictions', 'territories']) {
      const data = (m.getSource(id) as unknown as { _data: { geojson?: GeoJSON.FeatureCollection } } | undefined)?._data;
      const fc = (data?.geojson ?? data) as GeoJSON.FeatureCollection | undefined;
      for (const f of fc?.features ?? []) names.push(String(f.properties?.name));
    }
    return names;
  });
}

const yours = (p: Page) => p.getByRole('region', { name: 'Your articles' });

async function openDialog(p: Page) {
  await p.getByRole('button', { name: 'Add articles' }).click();
  const dialog = p.getByRole('dialog', { name: 'Add articles' });
  await dialog.waitFor();
  return dialog;
}

beforeAll(async () => {
  server = await serveDist();
  chrome = await launch();
  page = await chrome.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  log = watch(page);
  await watchCsp(page, log);
  await openMap(page, server.url);
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('the Add articles dialog', () => {
  it('has the named fields, opens from its button and closes on Escape', async () => {
    expect(await page.evaluate(() => document.documentElement.dataset.ingest)).toBe('idle');
    const dialog = await openDialog(page);
    for (const name of ['Article text', 'Title', 'Publication']) {
      expect(await dialog.getByRole('textbox', { name, exact: true }).count(), name).toBe(1);
    }
    expect(await dialog.getByLabel('Date', { exact: true }).count()).toBe(1);
    const files = dialog.getByLabel('Files', { exact: true });
    expect(await files.getAttribute('type')).toBe('file');
    expect(await files.getAttribute('multiple')).not.toBeNull();
    expect(await dialog.getByRole('button', { name: 'Add to map' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });
});

describe('a pasted article', () => {
  it('joins the layers, the counts, the place list and the reader, with progress shown', async () => {
    expect(await sourceNames(page)).not.toContain('Hermosillo');
    const before = await page.locator('.summary').textContent();
    const dialog = await openDialog(page);
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(HERMOSILLO);
    await dialog.getByRole('textbox', { name: 'Publication', exact: true }).fill('Test Gazette');
    await dialog.getByLabel('Date', { exact: true }).fill('2024-03-05');
    await dialog.getByRole('button', { name: 'Add to map' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.ingest === 'busy');
    await ingestIdle(page);

    const list = yours(page);
    await expect.poll(() => list.getByRole('button', { name: 'Soldiers arrest cartel leader in Hermosillo' }).count()).toBe(1);
    expect(await list.textContent()).toContain('Test Gazette, 2024-03-05');
    const overall = list.getByRole('progressbar', { name: 'Adding articles, overall' });
    expect(await overall.getAttribute('value')).toBe('100');
    expect(await list.getByRole('progressbar', { name: 'Adding Pasted text' }).count()).toBe(1);

    expect(await sourceNames(page)).toContain('Hermosillo');
    expect(await page.locator('.summary').textContent()).not.toBe(before);
    expect(await page.locator('.side').getByRole('button', { name: /^Hermosillo\b/ }).count()).toBeGreaterThan(0);

    await list.getByRole('button', { name: 'Soldiers arrest cartel leader in Hermosillo' }).click();
    const reader = page.getByRole('dialog', { name: 'Soldiers arrest cartel leader in Hermosillo' });
    await reader.waitFor();
    expect(await reader.getByRole('button', { name: /Hermosillo/ }).count()).toBeGreaterThan(0);
    await reader.getByRole('button', { name: 'Close' }).click();
  });

  it('is kept across a reload without loading the gazetteer again', async () => {
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 60_000 });
    await ingestIdle(page);
    expect(await yours(page).getByRole('button', { name: 'Soldiers arrest cartel leader in Hermosillo' }).count()).toBe(1);
    expect(await sourceNames(page)).toContain('Hermosillo');
    const workerStarted = await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /gazetteer\.bin/.test(e.name)));
    expect(workerStarted).toBe(false);
  });
});

describe('several files', () => {
  it('are added together; bad ones are named and skipped, the others still added', async () => {
    const dialog = await openDialog(page);
    await dialog.getByLabel('Files', { exact: true }).setInputFiles([
      { name: 'tucson.txt', mimeType: 'text/plain', buffer: Buffer.from('---\ntitle: Court date in Tucson\n---\nA federal judge in Tucson, Arizona, set a trial date.\n') },
      { name: 'laredo.md', mimeType: 'text/markdown', buffer: Buffer.from('# Seizure near Laredo\n\nAgents seized cocaine at the bridge in Nuevo Laredo, Tamaulipas.\n') },
      { name: 'picture.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xfe]) },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x4a, 0x75, 0xe1, 0x72, 0x65, 0x7a, 0x0a]) },
    ]);
    await dialog.getByRole('button', { name: 'Add to map' }).click();
    await ingestIdle(page);
    const list = yours(page);
    await expect.poll(() => list.getByRole('button', { name: 'Court date in Tucson' }).count()).toBe(1);
    expect(await list.getByRole('button', { name: 'Seizure near Laredo' }).count()).toBe(1);
    expect(await list.getByRole('progressbar').count()).toBe(6); // overall + one per file
    const problems = (await list.getByRole('list', { name: 'Files not added' }).textContent()) ?? '';
    expect(problems).toMatch(/picture\.txt:\d+:\d+/);
    expect(problems).toMatch(/empty\.txt/);
    expect(problems).toMatch(/latin1\.txt:1:3: not valid UTF-8/);
    // The earlier article is still there.
    expect(await list.getByRole('button', { name: 'Soldiers arrest cartel leader in Hermosillo' }).count()).toBe(1);
  });

  it('dropped anywhere on the page are added', async () => {
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Police found the car in Mexicali, Baja California.\n'], 'dropped-mexicali.txt', { type: 'text/plain' }));
      dt.items.add(new File(['Marines raided a ranch near Reynosa, Tamaulipas.\n'], 'dropped-reynosa.txt', { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.querySelector('main')!.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }
    });
    await ingestIdle(page);
    const list = yours(page);
    await expect.poll(() => list.getByRole('progressbar').count()).toBe(3);
    const names = await list.getByRole('button').allTextContents();
    expect(names.some((n) => /Mexicali/.test(n))).toBe(true);
    expect(names.some((n) => /Reynosa/.test(n))).toBe(true);
  });
});

describe('HTML pages and imperfect text', () => {
  it('an HTML page is reduced to its article, runs nothing; fixes are noted, a page with no article is named', async () => {
    const dialog = await openDialog(page);
    const html = `<!doctype html><html><head><title>Site</title><meta property="og:site_name" content="Border Wire">
      <script>window.__pwned = 5</script><link rel="stylesheet" href="https://example.invalid/x.css"></head>
      <body><nav><a href="https://example.invalid/">Home</a></nav><article><h1>Raid on a ranch near Ojinaga</h1>
      <p>Soldiers raided a ranch near Ojinaga, Chihuahua, on Monday and seized rifles, the army said in a statement released in the evening.</p>
      <img src="https://example.invalid/pixel.png" onerror="window.__pwned = 6">
      <p>The ranch lies a few kilometres from the Rio Grande, across from Presidio, Texas, where smugglers have used the river crossings for years.</p>
      <p>Officials said the operation followed months of surveillance along the border and that more arrests were expected in the coming weeks.</p></article></body></html>`;
    await dialog.getByLabel('Files', { exact: true }).setInputFiles([
      { name: 'ojinaga.html', mimeType: 'text/html', buffer: Buffer.from(html) },
      { name: 'nothing.html', mimeType: 'text/html', buffer: Buffer.from('<html><body><nav>Home</nav></body></html>') },
      { name: 'crlf-bom.txt', mimeType: 'text/plain', buffer: Buffer.from('\uFEFFArrest in Juárez\r\n\r\nPolice arrested a man in Ciudad Jua\u0301rez, Chihuahua.\u200B\r\n') },
    ]);
    await dialog.getByRole('button', { name: 'Add to map' }).click();
    await ingestIdle(page);
    const list = yours(page);
    await expect.poll(() => list.getByRole('button', { name: 'Raid on a ranch near Ojinaga' }).count()).toBe(1);
    expect(await list.textContent()).toContain('Border Wire');
    expect(await list.getByRole('button', { name: 'Arrest in Juárez' }).count()).toBe(1);
    const problems = (await list.getByRole('list', { name: 'Files not added' }).textContent()) ?? '';
    expect(problems).toContain('nothing.html:1:1: no article found in the HTML page');
    const notes = (await list.getByRole('list', { name: 'Fixed on the way' }).textContent()) ?? '';
    expect(notes).toMatch(/crlf-bom\.txt:1:1/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

describe('the bad inputs of point 5, as files (tests/fixtures/ingest/bad/)', () => {
  const BAD = resolve(import.meta.dirname, '../fixtures/ingest/bad');

  it('chosen together: each unreadable file is named with line and column, fixes are noted, the rest added, nothing stored lost', async () => {
    const list = yours(page);
    const before = await list.locator('button.title').allTextContents();
    const dialog = await openDialog(page);
    await dialog.getByLabel('Files', { exact: true }).setInputFiles(readdirSync(BAD).sort().map((n) => join(BAD, n)));
    await dialog.getByRole('button', { name: 'Add to map' }).click();
    await ingestIdle(page);
    const problems = (await list.getByRole('list', { name: 'Files not added' }).textContent()) ?? '';
    for (const m of [
      'windows-1252.txt:3:20: not valid UTF-8',
      'empty.txt:1:1: no article text',
      'photo.txt:1:1: not text',
      'no-article.html:1:1: no article found in the HTML page',
    ]) {
      expect(problems).toContain(m);
    }
    const notes = (await list.getByRole('list', { name: 'Fixed on the way' }).textContent()) ?? '';
    for (const m of ['bom-crlf.txt:1:1: byte-order mark removed', 'nul.txt:3:93', 'zero-width-bidi.md:3:7', 'decomposed.txt:1:15']) expect(notes).toContain(m);
    const after = await list.locator('button.title').allTextContents();
    for (const t of before) expect(after).toContain(t);
    expect(after).toContain('Raid in Culiacán');
    expect(after.some((t) => t.startsWith('<img src=x onerror=alert(1)> Raid'))).toBe(true);
    expect(await list.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
  });
});

describe('export and remove', () => {
  it('"Export articles" downloads every added article as .jsonl in the shared format', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), yours(page).getByRole('button', { name: 'Export articles' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.jsonl$/);
    const lines = readFileSync(await download.path(), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBe(await yours(page).getByRole('button', { name: 'Remove' }).count());
    for (const l of lines) expect(Object.keys(l)).toEqual(['id', 'title', 'publication', 'date', 'url', 'text']);
    const h = lines.find((l) => l.title === 'Soldiers arrest cartel leader in Hermosillo');
    expect(h?.publication).toBe('Test Gazette');
    expect(String(h?.text)).toContain('Hermosillo, Sonora');

    // ... which `npm run ingest` reads into corpus files, and a second run adds nothing.
    const dir = mkdtempSync(join(tmpdir(), 'plaza-export-'));
    try {
      const file = join(dir, 'export.jsonl');
      writeFileSync(file, readFileSync(await download.path()));
      const corpus = join(dir, 'corpus');
      const ingest = () =>
        execFileSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, '../../geo/cli/ingest.ts'), '--corpus', corpus, file], {
          stdio: 'pipe',
        });
      ingest();
      const written = readdirSync(corpus).sort();
      expect(written.length).toBe(lines.length);
      const hermosillo = written.map((n) => readFileSync(join(corpus, n), 'utf8')).find((t) => t.includes('Hermosillo, Sonora'));
      expect(hermosillo).toMatch(/publication: "?Test Gazette"?/);
      ingest();
      expect(readdirSync(corpus).sort()).toEqual(written);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('"Remove" removes the article and its places, and the removal survives a reload', async () => {
    const list = yours(page);
    const title = list.getByRole('button', { name: 'Soldiers arrest cartel leader in Hermosillo' });
    const id = await title.getAttribute('id');
    await list.locator(`button.remove[aria-describedby="${id}"]`).click();
    await ingestIdle(page);
    await expect.poll(() => title.count()).toBe(0);
    expect(await sourceNames(page)).not.toContain('Hermosillo');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 60_000 });
    await ingestIdle(page);
    expect(await yours(page).getByRole('button', { name: 'Soldiers arrest cartel leader in Hermosillo' }).count()).toBe(0);
    expect(await yours(page).getByRole('button', { name: 'Court date in Tucson' }).count()).toBe(1);
    expect(await sourceNames(page)).not.toContain('Hermosillo');
  });
});

describe('hostile input', () => {
  const IMG = '<img src=x onerror="window.__pwned=1">';
  const SCRIPT = '<script>window.__pwned=2</script>';

  it('an article whose title and body hold HTML and script shows literally and runs nothing', async () => {
    const dialog = await openDialog(page);
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(`${SCRIPT}\nSoldiers detained two men in Culiacán, Sinaloa. ${IMG}\n`);
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill(`Raid ${IMG}`);
    await dialog.getByRole('textbox', { name: 'Publication', exact: true }).fill(`<b>Pub</b>`);
    await dialog.getByRole('button', { name: 'Add to map' }).click();
    await ingestIdle(page);
    const list = yours(page);
    const title = list.getByRole('button', { name: `Raid ${IMG}` });
    await expect.poll(() => title.count()).toBe(1);
    expect(await list.textContent()).toContain('<b>Pub</b>');
    expect(await list.locator('img, b, script').count()).toBe(0);
    await title.click();
    const reader = page.getByRole('dialog', { name: `Raid ${IMG}` });
    await reader.waitFor();
    expect(await reader.textContent()).toContain(SCRIPT);
    expect(await reader.locator('img, script').count()).toBe(0);
    await reader.getByRole('button', { name: 'Close' }).click();

    // The excerpt panel of a place it names cites it literally too.
    const places = page.locator('.side').getByRole('button', { name: /^Culiacán/ });
    let cited = 0;
    for (let i = 0; i < (await places.count()); i++) {
      await places.nth(i).click();
      const panel = page.getByRole('region', { name: /^Culiacán/ });
      await panel.waitFor();
      if ((await panel.textContent())?.includes(`Raid ${IMG}`)) cited++;
      expect(await panel.locator('img, script, b').count()).toBe(0);
    }
    expect(cited).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

describe('a 20 MB article', () => {
  /** About 20 MB of prose naming a place now and then. */
  const big = () => {
    const filler = 'The committee met again on Tuesday to discuss the budget and the schedule for the coming year. ';
    const para = `${filler.repeat(40)}Police later reported a roadblock near Guaymas, Sonora.\n\n`;
    return Buffer.from(`Budget talks drag on\n\n${para.repeat(Math.ceil((20 * 1024 * 1024) / para.length))}`);
  };
  const titles = (p: Page) => yours(p).locator('button.title').allTextContents();

  it('a reload in the middle of its ingest leaves the store as it was before it', async () => {
    const before = await titles(page);
    const dialog = await openDialog(page);
    await dialog.getByLabel('Files', { exact: true }).setInputFiles([{ name: 'budget.txt', mimeType: 'text/plain', buffer: big() }]);
    await dialog.getByRole('button', { name: 'Add to map' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.ingest === 'busy');
    // The page answers while the file is read and geoparsed in the worker: the dialog opens and closes.
    expect(await page.locator('progress').count()).toBeGreaterThan(0);
    await openDialog(page);
    const busyWhileOpen = await page.evaluate(() => document.documentElement.dataset.ingest);
    await page.keyboard.press('Escape');
    expect(busyWhileOpen).toBe('busy');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 60_000 });
    await ingestIdle(page);
    expect(await titles(page)).toEqual(before);
  });

  it('is added whole, and removed again', async () => {
    const dialog = await openDialog(page);
    await dialog.getByLabel('Files', { exact: true }).setInputFiles([{ name: 'budget.txt', mimeType: 'text/plain', buffer: big() }]);
    await dialog.getByRole('button', { name: 'Add to map' }).click();
    await ingestIdle(page);
    const list = yours(page);
    await expect.poll(() => list.getByRole('button', { name: 'Budget talks drag on' }).count()).toBe(1);
    expect((await sourceNames(page)).some((n) => /Guaymas/.test(n))).toBe(true);
    const id = await list.getByRole('button', { name: 'Budget talks drag on' }).getAttribute('id');
    await list.locator(`button.remove[aria-describedby="${id}"]`).click();
    await ingestIdle(page);
    await expect.poll(() => list.getByRole('button', { name: 'Budget talks drag on' }).count()).toBe(0);
  });
});

describe('the strict Content-Security-Policy', () => {
  it('is in the built page and nothing above violated it', async () => {
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(log.csp).toEqual([]);
    expect(log.outside).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
