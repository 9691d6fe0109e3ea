/** The explorer on a phone-sized screen: the excerpt panel becomes a bottom sheet. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openMap, serveDist, watch, type PageLog } from './harness.ts';

let server: Awaited<ReturnType<typeof serveDist>>;
let chrome: Awaited<ReturnType<typeof launch>>;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  server = await serveDist();
  chrome = await launch();
  page = await chrome.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  log = watch(page);
  await openMap(page, server.url);
});

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('phone layout', () => {
  it('the map fills the width and the place list follows it', async () => {
    const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
    expect(map.width).toBeGreaterThan(370);
    expect(map.height).toBeGreaterThan(300);
    const list = (await page.locator('#places-title').boundingBox())!;
    expect(list.y).toBeGreaterThan(map.y + map.height - 1);
  });

  it('choosing a place opens a bottom sheet with its excerpt, and brings the map back into view', async () => {
    await page.getByRole('button', { name: /^Mazatlán\b/ }).first().tap();
    const sheet = page.locator('section[aria-labelledby="panel-title"]');
    await expect.poll(() => sheet.isVisible()).toBe(true);
    const box = (await sheet.boundingBox())!;
    expect(box.width).toBeGreaterThan(380);
    expect(Math.round(box.y + box.height)).toBeGreaterThanOrEqual(840);
    expect(box.y).toBeGreaterThan(300);
    const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
    expect(map.y + map.height).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Close panel' }).tap();
    await expect.poll(() => sheet.count()).toBe(0);
    expect(log.errors).toEqual([]);
  });
});
