/**
 * The geoparser runs in the browser: the built app's Web Worker fetches the binary gazetteer
 * (only when first asked, never at page load) and geoparses an article to exactly the mentions
 * Node gets for the same text with the same binary, under a strict Content-Security-Policy (no
 * `eval`, no `new Function`) and without a request leaving localhost.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BinaryGazetteer } from '../../geo/gazetteer/binary/binaryGazetteer.ts';
import { ensureGazetteerBinary } from '../../geo/gazetteer/gazetteerBinary.node.ts';
import { geoparse, type GeoparseOutput } from '../../geo/geoparse.ts';
import { parseArticleFile } from '../../geo/ingest/parseArticleFile.ts';
import type { GazetteerLoad } from '../../src/lib/geoparser/geoparserClient.ts';
import type { WorkerGeoparseOptions } from '../../src/lib/geoparser/protocol.ts';
import { launch, openMap, serveDist, watch, type PageLog } from './harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The policy issue 10 will serve the app with. */
const CSP = "script-src 'self'; worker-src 'self' blob:";

let server: Awaited<ReturnType<typeof serveDist>>;
let chrome: Awaited<ReturnType<typeof launch>>;
let page: Page;
let log: PageLog;
const violations: string[] = [];
const gazetteerRequests: string[] = [];
let node: BinaryGazetteer;

function article(file: string): { text: string; options: WorkerGeoparseOptions } {
  const a = parseArticleFile(file, readFileSync(join(ROOT, 'data/corpus', file)));
  return { text: a.text, options: { date: a.date } };
}

/** Geoparses in the page's worker (the app's `window.__plaza` hook); the output as JSON. */
async function inWorker(text: string, options: WorkerGeoparseOptions): Promise<string> {
  return page.evaluate(
    async ([t, o]) => JSON.stringify(await (window as unknown as { __plaza: { geoparse(t: string, o: unknown): Promise<GeoparseOutput> } }).__plaza.geoparse(t, o)),
    [text, options] as const,
  );
}

beforeAll(async () => {
  // The bytes dist/ serves are the bytes Node reads: vite build copies this very file.
  const { bytes, path } = ensureGazetteerBinary(join(ROOT, 'data/gazetteer'));
  node = BinaryGazetteer.fromBytes(bytes, path);
  server = await serveDist();
  chrome = await launch();
  page = await chrome.browser.newPage({ viewport: { width: 1280, height: 800 } });
  log = watch(page);
  page.on('request', (r) => {
    if (/\/gazetteer[^/]*\.(bin|gz)$/.test(r.url())) gazetteerRequests.push(r.url());
  });
  // The page and every script (the workers' too) carry the strict policy; the page records what it
  // blocks. Other files pass untouched, so that the gazetteer's load time is the worker's own.
  await page.route((url) => url.pathname.endsWith('/') || url.pathname.endsWith('.js'), async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': CSP } });
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __violations: string[] }).__violations ??= [];
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  // As a reader would: the map is up before a text is geoparsed.
  await openMap(page, server.url);
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('the geoparser in a Web Worker of the built app', () => {
  it('does not fetch the gazetteer at page load', async () => {
    await page.waitForLoadState('networkidle');
    expect(gazetteerRequests).toEqual([]);
    expect(await page.evaluate(() => typeof (window as unknown as { __plaza?: { geoparse?: unknown } }).__plaza?.geoparse)).toBe('function');
  });

  it.each([
    ['a seed article (Cienfuegos arrest, with its date)', () => article('nbc-barr-cienfuegos-2020-11-17.txt')],
    ['a seed article with page furniture and many places', () => article('borderlandbeat-army-alliance-2012-05-31.txt')],
    [
      'tricky text: a misspelling, accents, a code after a comma, a dateline, a phone number, a demonym, Cyrillic',
      () => ({
        text:
          'WASHINGTON — Agents said the shipment left Sinoloa for Ciudad Juárez, then Paris, Tenn., and Łódź. ' +
          'Mexican officials in CDMX and the U.S. Attorney in Brooklyn declined comment; call 304-399-6500. ' +
          'Київ and Straße Ærøskøbing were named too, as were Culiacán Rosales and LAX.',
        options: { date: '2024-03-01' },
      }),
    ],
    ['debug output: the candidates and their scores', () => ({ text: 'Police in Durango and Victoria arrested two men from Georgia.', options: { debug: true } })],
  ])('%s: exactly the mentions Node gets', async (_why, make) => {
    const { text, options } = make();
    const expected = JSON.stringify(geoparse(text, node, options));
    expect(JSON.parse(expected).mentions.length).toBeGreaterThan(0);
    expect(await inWorker(text, options)).toBe(expected);
  });

  it('fetched the gazetteer once, from localhost, with no policy violation or console error', async () => {
    const load = await page.evaluate(() => (window as unknown as { __plaza: { gazetteerLoad(): Promise<GazetteerLoad> } }).__plaza.gazetteerLoad());
    // Printed, not asserted: speed is measured, not tested.
    console.log(`worker gazetteer load: ${load.totalMs} ms from the first request (fetch ${load.fetchMs} ms, read ${load.parseMs} ms, ${load.bytes} bytes, ${load.places} places)`);
    expect(load.places).toBe(node.size);
    expect(gazetteerRequests).toHaveLength(1);
    violations.push(...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])));
    expect(violations).toEqual([]);
    expect(log.outside).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it('ran under that policy: an inline script is refused (a control for the test above)', async () => {
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { __inline?: number; __violations?: string[] };
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 100));
      return { ran: w.__inline === 1, violations: w.__violations ?? [] };
    });
    expect(ran.ran).toBe(false);
    expect(ran.violations.some((v) => v.startsWith('script-src'))).toBe(true);
  });
});
