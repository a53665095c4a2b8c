import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyCsv } from '../fixtures/storyCsv.mjs';
import { box, hasChromium, node, openApp, useBrowser } from './browser';

/** Chosen from disk, as a reader would (a buffer handed to Playwright is decoded by a script in the page). */
let folder = '';
const file = (claims: number, density: 'sparse' | 'dense') => join(folder, `story-${claims}-${density}.csv`);

/** Opens the story through the file input and waits until every node and link is drawn. */
async function openStory(page: Page, path: string): Promise<void> {
  await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles(path);
  await page.getByText('Kept in this browser').waitFor({ timeout: 60_000 });
}

/** How many nodes the arrangement kept for story `id` places (0: none kept); run in the page. */
function keptArrangementSize(id: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open('who-gains');
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const read = opening.result.transaction('datasets').objectStore('datasets').get(['arrangement', id]);
      read.onerror = () => reject(read.error);
      read.onsuccess = () => resolve((read.result as { layout?: unknown[] } | undefined)?.layout?.length ?? 0);
    };
  });
}

/** The centre of a node's element on screen. */
async function centreOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const b = await box(page.locator(`[data-node-id="${id}"]`));
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

describe.skipIf(!hasChromium)('stories of any size', () => {
  const browser = useBrowser();
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'who-gains-large-'));
    await writeFile(file(300, 'dense'), storyCsv(300, 'dense'));
    await writeFile(file(5000, 'sparse'), storyCsv(5000, 'sparse'));
    await writeFile(file(1000, 'sparse'), storyCsv(1000, 'sparse'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('draws a dense 300-claim story with SVG: select, filter, drag, keyboard and export', async () => {
    const { page, errors } = await openApp(browser());
    page.context().setDefaultTimeout(20_000);
    await openStory(page, file(300, 'dense'));
    const svg = page.locator('svg.graph-view__svg');
    await svg.waitFor();
    expect(await page.locator('[data-renderer="canvas"]').count()).toBe(0);
    // Curves replace the straight links once routed.
    await expect.poll(() => page.locator('[data-link-id] .graph-link__variant--full .graph-link__line').first().getAttribute('d'), { timeout: 30_000 }).toMatch(/C/);
    const actor = node(page, 'Northern Ministry 1');
    await actor.click();
    await expect.poll(() => actor.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('region', { name: 'Northern Ministry 1' }).waitFor();
    await page.getByRole('group', { name: 'Benefit type' }).getByRole('checkbox', { name: /^Oil · / }).uncheck();
    expect(await page.locator('[data-link-id$="|benefit:oil"]').count()).toBe(0);
    // Dragged with the pointer, the node follows; focused and moved with the keyboard, too.
    const before = await centreOf(page, 'actor:northern-ministry-1');
    await page.mouse.move(before.x, before.y);
    await page.mouse.down();
    await page.mouse.move(before.x + 40, before.y + 30, { steps: 5 });
    await page.mouse.up();
    const after = await centreOf(page, 'actor:northern-ministry-1');
    expect(after.x - before.x).toBeGreaterThan(30);
    await actor.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => actor.getAttribute('aria-pressed')).toBe('false');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    const svgFile = await readFile(await download.path());
    expect(svgFile.toString()).toMatch(/Northern Ministry/);
    expect(svgFile.toString()).not.toMatch(/<script|onload=/i);

    // Kept with its arrangement, it opens again where it was, its curves there from the first picture.
    const id = new URL(page.url()).searchParams.get('dataset');
    expect(id).toBeTruthy();
    await expect.poll(() => page.evaluate(keptArrangementSize, id!), { timeout: 10_000 }).toBeGreaterThan(0);
    // A curved link (a dragged node's links are drawn straight).
    const curved = await page.evaluate(() =>
      [...document.querySelectorAll('[data-link-id]')].find((l) => /C/.test(l.querySelector('.graph-link__variant--full .graph-link__line')?.getAttribute('d') ?? ''))?.getAttribute('data-link-id'),
    );
    expect(curved).toBeTruthy();
    const link = page.locator(`[data-link-id="${curved!}"] .graph-link__variant--full .graph-link__line`);
    const curve = await link.getAttribute('d');
    await page.goto(new URL(`?dataset=${encodeURIComponent(id!)}`, page.url()).href);
    await link.waitFor({ state: 'attached', timeout: 30_000 });
    expect(await link.getAttribute('d')).toBe(curve);
    expect(errors).toEqual([]);
  });

  it('draws a 5,000-claim story on a canvas with a layer of named, focusable nodes: select, filter, drag, zoom, keyboard and export', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 1280, height: 720 });
    page.context().setDefaultTimeout(30_000);
    await openStory(page, file(5000, 'sparse'));
    const graph = page.locator('[data-renderer="canvas"]');
    await graph.waitFor();
    const nodes = page.getByRole('application', { name: /^Graph of actors and benefit types/ }).getByRole('button');
    expect(await nodes.count()).toBeGreaterThan(500);
    // Something is drawn: the canvas is not blank.
    const inked = await page.locator('canvas.graph-canvas__canvas').evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let ink = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink += 1;
      return ink / (data.length / 4);
    });
    expect(inked).toBeGreaterThan(0.05);

    // Zoomed in on an actor so that it can be pointed at, then selected by a click.
    const id = 'actor:northern-ministry-1';
    const actor = page.locator(`[data-node-id="${id}"]`);
    expect(await actor.getAttribute('aria-label')).toMatch(/^Northern Ministry 1, actor, /);
    await actor.focus();
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await actor.focus();
    const target = await centreOf(page, id);
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => actor.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('region', { name: 'Northern Ministry 1' }).waitFor();
    // Filters change what is drawn and what can be focused.
    const linksBefore = Number(await graph.getAttribute('data-drawn-links'));
    await page.getByRole('group', { name: 'Benefit type' }).getByRole('checkbox', { name: /^Oil · / }).uncheck();
    await expect.poll(async () => Number(await graph.getAttribute('data-drawn-links'))).toBeLessThan(linksBefore);
    // The links it removed fade out as ghosts, as in SVG, and are gone after.
    await expect.poll(async () => Number(await graph.getAttribute('data-ghost-links')), { interval: 20 }).toBeGreaterThan(0);
    await expect.poll(async () => Number(await graph.getAttribute('data-ghost-links'))).toBe(0);
    // Dragged, the node's element moves with it.
    const from = await centreOf(page, id);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 20, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await centreOf(page, id)).x - from.x).toBeGreaterThan(40);
    // The keyboard: Enter on the focused node toggles it.
    await actor.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => actor.getAttribute('aria-pressed')).toBe('false');
    // Closing the panel of a node the filters hide returns focus to the graph, not the page.
    const votes = page.locator('[data-node-id="benefit:votes"]');
    await votes.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Benefit type' }).getByRole('checkbox', { name: /^Votes · / }).uncheck();
    await page.getByRole('region', { name: 'Votes' }).getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => votes.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('graph-canvas');
    // On paper, the picture is drawn again at print resolution, and at the screen's after.
    const canvas = page.locator('canvas.graph-canvas__canvas');
    const pixelsPerCssPixel = () => canvas.evaluate((c: HTMLCanvasElement) => c.width / c.getBoundingClientRect().width);
    expect(await pixelsPerCssPixel()).toBeCloseTo(1, 1);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(pixelsPerCssPixel).toBeGreaterThan(2.5);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(pixelsPerCssPixel).toBeCloseTo(1, 1);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Download PNG' }).click()]);
    const png = await readFile(await download.path());
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('draws a canvas story sharp on a phone’s dense screen, the picture filling the frame, and a tap selects', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 390, height: 844, touch: true });
    page.context().setDefaultTimeout(30_000);
    await openStory(page, file(1000, 'sparse'));
    const graph = page.locator('[data-renderer="canvas"]');
    await expect.poll(async () => Number(await graph.getAttribute('data-drawn-links'))).toBeGreaterThan(600);
    const canvas = page.locator('canvas.graph-canvas__canvas');
    const drawn = () =>
      canvas.evaluate((c: HTMLCanvasElement) => {
        const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
        // Ink in each half of the bitmap: drawn at the wrong pixel ratio, the picture keeps to a corner.
        let right = 0;
        let bottom = 0;
        for (let i = 3; i < data.length; i += 4) {
          if (data[i] === 0) continue;
          const pixel = (i - 3) / 4;
          if (pixel % c.width > c.width / 2) right += 1;
          if (pixel / c.width > c.height / 2) bottom += 1;
        }
        return { ratio: c.width / c.getBoundingClientRect().width, right, bottom };
      });
    await expect.poll(async () => (await drawn()).right).toBeGreaterThan(1000);
    const { ratio, bottom } = await drawn();
    expect(ratio).toBeCloseTo(3, 1);
    expect(bottom).toBeGreaterThan(1000);
    const id = 'actor:northern-ministry-1';
    const b = await box(page.locator(`[data-node-id="${id}"]`));
    await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
    await expect.poll(() => page.locator(`[data-node-id="${id}"]`).getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: 'test-results/story-1000-claims-phone.png' });
    expect(errors).toEqual([]);
  }, 90_000);
});
