/**
 * The explorer's Timeline and SearchBox in Chromium, mounted alone (the app wires them in
 * elsewhere): accessible names, brush by pointer and keyboard, Play/Pause, the combobox's keys,
 * text staying text, and a 375 px wide screen.
 */
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_HEADER } from '../../src/lib/csp.ts';
import { launch, watch, type PageLog } from './harness.ts';

const ROOT = resolve(import.meta.dirname, 'fixtures/explore-components');
const OUT = join(tmpdir(), `plaza-explore-components-${process.pid}`);
let server: Server;
let url: string;
let chrome: Awaited<ReturnType<typeof launch>>;
let page: Page;
let log: PageLog;

type Log = { changes: Array<[string | null, string | null]>; chosen: Array<{ kind: string; label: string }>; queries: string[] };
const changes = () => page.evaluate(() => (window as unknown as { __explore: Log }).__explore.changes);
const lastChange = async () => (await changes()).at(-1) ?? null;

beforeAll(async () => {
  await build({ root: ROOT, base: './', logLevel: 'error', configFile: false, plugins: [svelte()], build: { outDir: OUT, emptyOutDir: true } });
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = join(OUT, path === '/' ? 'index.html' : path);
    try {
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[extname(file)] ?? 'application/octet-stream';
      // Under the app's strict policy, as the app is served.
      res.writeHead(200, { 'content-type': type, 'content-security-policy': CSP_HEADER }).end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  chrome = await launch();
  page = await chrome.browser.newPage({ viewport: { width: 375, height: 700 } });
  log = watch(page);
  await page.goto(url);
  await page.getByRole('combobox', { name: 'Search' }).waitFor();
});

afterAll(async () => {
  await chrome?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  rmSync(OUT, { recursive: true, force: true });
});

describe('Timeline', () => {
  it('has the named controls: From, To, Play, Clear and two range handles', async () => {
    for (const name of ['From', 'To']) await expect(page.getByLabel(name, { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Play', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Clear', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('slider').count()).resolves.toBe(2);
  });

  it('draws exact days as bars and approximate dates as spans', async () => {
    expect(await page.locator('svg rect.exact').count()).toBeGreaterThan(3);
    expect(await page.locator('svg rect.span').count()).toBe(4);
  });

  it('dragging across the chart sets From and To to whole bins', async () => {
    const box = (await page.locator('.timeline svg').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + 20, { steps: 4 });
    await page.mouse.up();
    const [from, to] = (await lastChange())!;
    expect(from! < to!).toBe(true);
    expect(from).toMatch(/^\d{4}-\d{2}-01$/);
    await expect(page.getByLabel('From', { exact: true }).inputValue()).resolves.toBe(from);
    await expect(page.getByLabel('To', { exact: true }).inputValue()).resolves.toBe(to);
  });

  it('the start handle moves a bin with the arrow keys and a day with Shift', async () => {
    const [from] = (await lastChange())!;
    await page.getByRole('slider', { name: 'Start of range' }).focus();
    await page.keyboard.press('ArrowRight');
    const [next] = (await lastChange())!;
    expect(next! > from!).toBe(true);
    expect(next).toMatch(/-01$/);
    await page.keyboard.press('Shift+ArrowLeft');
    const [back] = (await lastChange())!;
    expect(Date.parse(next!) - Date.parse(back!)).toBe(86_400_000);
  });

  it('typing a date in From sets the range', async () => {
    await page.getByLabel('From', { exact: true }).fill('2019-02-01');
    expect((await lastChange())![0]).toBe('2019-02-01');
  });

  it('Play steps a window through time and becomes Pause; Pause stops it', async () => {
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    expect(await lastChange()).toEqual([null, null]);
    const before = (await changes()).length;
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Pause', exact: true }).count()).resolves.toBe(1);
    await expect.poll(async () => (await changes()).length, { timeout: 5000 }).toBeGreaterThan(before + 1);
    const steps = (await changes()).slice(before);
    expect(steps[1][0]! > steps[0][0]!).toBe(true);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Play', exact: true }).count()).resolves.toBe(1);
    const stopped = (await changes()).length;
    await page.waitForTimeout(900);
    expect((await changes()).length).toBe(stopped);
  });
});

describe('SearchBox', () => {
  it('lists results as options, moves with the arrow keys and chooses with Enter', async () => {
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('juarez');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    const listbox = page.locator(`#${await box.getAttribute('aria-controls')}`);
    expect(await listbox.getAttribute('role')).toBe('listbox');
    expect(await listbox.getByRole('option').count()).toBeGreaterThan(1);
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    const label = await page.locator(`#${active} .label`).textContent();
    await box.press('Enter');
    const chosen = await page.evaluate(() => (window as unknown as { __explore: Log }).__explore.chosen);
    expect(chosen.at(-1)!.label).toBe(label);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
  });

  it('Escape closes the list, then clears the box', async () => {
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('nogales');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe('nogales');
    await box.press('Escape');
    expect(await box.inputValue()).toBe('');
  });

  it('a name with markup in it is shown as text', async () => {
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('nowhere');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('option').first().textContent()).toContain('<img src=x');
    expect(await page.locator('[role=listbox] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await box.press('Escape');
  });
});

describe('at 375 px wide', () => {
  it('nothing is wider than the screen', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const svg = (await page.locator('.timeline svg').boundingBox())!;
    expect(svg.x + svg.width).toBeLessThanOrEqual(375);
  });

  it('logs no page errors', () => {
    expect(log.errors).toEqual([]);
  });
});
