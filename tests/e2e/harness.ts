/**
 * E2E harness: a tiny static server for dist/ (under a sub-path, to prove `base: './'`), one
 * headless Debian Chromium per test file, and helpers that wait for the map.
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CSP_HEADER } from '../../src/lib/csp.ts';

const DIST = resolve(import.meta.dirname, '../../dist');
/** The site is served under this sub-path, like a project page on a static host. */
export const BASE_PATH = '/plaza/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * `PLAZA_E2E_LAYERS=/some/dir` serves that folder's layer files in place of the ones built into
 * dist/ (e.g. `tsx geo/cli/build-data.ts --out /tmp/layers`), to try the suite on other data.
 */
const OVERRIDE = process.env.PLAZA_E2E_LAYERS;
const LAYER_FILE = /\/assets\/(incidents|jurisdictions|territories|articles)-[\w-]+\.(geojson|json)$/;

/** Serves dist/ on 127.0.0.1 at a random port; resolves to the site's URL. */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!statSync(join(DIST, 'index.html'), { throwIfNoEntry: false })) {
    throw new Error('dist/index.html missing: run `npx vite build` before the e2e tests');
  }
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(BASE_PATH)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(DIST, path.slice(BASE_PATH.length)));
    const layer = OVERRIDE ? LAYER_FILE.exec(path) : null;
    if (layer) file = join(OVERRIDE!, `${layer[1]}.${layer[2]}`);
    else if (!file.startsWith(DIST)) {
      res.writeHead(403).end();
      return;
    }
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, 'index.html');
    try {
      const body = readFileSync(file);
      // Every page is served under the app's strict policy, as `vite preview` serves it.
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP_HEADER }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/**
 * Launches Debian Chromium with the flags from stack-notes §5. Playwright refuses
 * `--user-data-dir` in `launch()`; it gives every launch its own fresh temporary profile.
 */
export async function launch(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

/** What a page did that a test may assert on. */
export interface PageLog {
  errors: string[];
  outside: string[];
  /** `securitypolicyviolation` events ("directive blockedURI"), collected by {@link watchCsp}. */
  csp: string[];
}

/** Records console errors, page errors and any request that leaves 127.0.0.1. */
export function watch(page: Page): PageLog {
  const log: PageLog = { errors: [], outside: [], csp: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400) log.errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(u)) log.outside.push(u);
  });
  return log;
}

/**
 * Records every Content-Security-Policy violation of the page (and its later navigations) into
 * `log.csp`. Call before the first `goto`.
 */
export async function watchCsp(page: Page, log: PageLog): Promise<void> {
  await page.exposeFunction('__cspViolation', (v: string) => log.csp.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

/** Opens the site and waits for the map's first idle with data. */
export async function openMap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 60_000 });
}

/** Waits until the map has rendered everything after a change. */
export async function idle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((ok) => {
        const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
        m.once('idle', () => ok());
        m.triggerRepaint();
      }),
  );
}
