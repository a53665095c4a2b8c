import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { box, hasChromium, useBrowser, node, openApp, panel, zoomReady } from './browser';

/** The transform d3-zoom writes on the graph's layer; none until the first pan or zoom. */
const zoomTransform = async (page: Page) =>
  (await page.locator('g.graph-view__layer').getAttribute('transform')) ?? 'translate(0,0) scale(1)';

/** A point inside the svg but away from the nodes, where the zoom behaviour sees the pointer. */
async function background(page: Page): Promise<{ x: number; y: number }> {
  const svg = await box(page.locator('svg.graph-view__svg'));
  return { x: svg.x + svg.width - 6, y: svg.y + svg.height - 6 };
}

describe.skipIf(!hasChromium)('zoom, pan and drag in Chromium', () => {
  const browser = useBrowser();

  it('zooms with the wheel and "Reset view" restores the original transform', async () => {
    const { page, errors } = await openApp(browser());
    await zoomReady(page);
    const initial = await zoomTransform(page);
    const spot = await background(page);
    await page.mouse.move(spot.x, spot.y);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => zoomTransform(page)).not.toBe(initial);
    expect(await zoomTransform(page)).toMatch(/scale\((?!1\))/);
    await page.getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(() => zoomTransform(page)).toBe(initial);
    expect(errors).toEqual([]);
  });

  it('refits the graph when the window is resized, keeping every node inside it', async () => {
    const { page, errors } = await openApp(browser());
    const nodeBoxes = async () => Promise.all((await page.locator('.graph-node__shape:visible').all()).map((n) => box(n)));
    const before = await nodeBoxes();
    await page.setViewportSize({ width: 1000, height: 600 });
    await expect.poll(async () => JSON.stringify(await nodeBoxes())).not.toBe(JSON.stringify(before));
    const svg = await box(page.locator('svg.graph-view__svg'));
    expect(svg.height).toBeLessThan(600);
    for (const b of await nodeBoxes()) {
      expect(b.x).toBeGreaterThanOrEqual(svg.x - 0.5);
      expect(b.y).toBeGreaterThanOrEqual(svg.y - 0.5);
      expect(b.x + b.width).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
      expect(b.y + b.height).toBeLessThanOrEqual(svg.y + svg.height + 0.5);
    }
    expect(errors).toEqual([]);
  });

  it('brings a node zoomed out of sight back into view when it gets keyboard focus', async () => {
    const { page, errors } = await openApp(browser());
    await zoomReady(page);
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    for (let i = 0; i < 6; i++) await zoomIn.click();
    const svg = await box(page.locator('svg.graph-view__svg'));
    const drones = node(page, 'Drones');
    const isInside = async () => {
      const b = await box(drones.locator('.graph-node__shape:visible'));
      return b.x >= svg.x && b.y >= svg.y && b.x + b.width <= svg.x + svg.width && b.y + b.height <= svg.y + svg.height;
    };
    expect(await isInside()).toBe(false);
    await drones.focus();
    await expect.poll(isInside).toBe(true);
    expect(errors).toEqual([]);
  });

  it('moves a dragged node by the drag distance without toggling its selection', async () => {
    const { page, errors } = await openApp(browser());
    const iran = node(page, 'Iran');
    const shape = iran.locator('.graph-node__shape');
    const before = await box(shape);
    const start = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
    const delta = { x: -60, y: 45 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + delta.x, start.y + delta.y, { steps: 8 });
    await page.mouse.up();

    const after = await box(shape);
    expect(Math.abs(after.x - before.x - delta.x)).toBeLessThan(3);
    expect(Math.abs(after.y - before.y - delta.y)).toBeLessThan(3);
    expect(await iran.getAttribute('aria-pressed')).toBe('false');
    expect(await panel(page, 'Iran').count()).toBe(0);

    // The click swallowed after the drag must not swallow the next real click too.
    await iran.click();
    await expect.poll(() => iran.getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('keeps the selection when the background is panned', async () => {
    const { page, errors } = await openApp(browser());
    const northKorea = node(page, 'North Korea');
    await northKorea.click();
    await panel(page, 'North Korea').waitFor();
    await zoomReady(page);
    const initial = await zoomTransform(page);
    const spot = await background(page);
    await page.mouse.move(spot.x, spot.y);
    await page.mouse.down();
    await page.mouse.move(spot.x - 80, spot.y - 50, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => zoomTransform(page)).not.toBe(initial);
    expect(await northKorea.getAttribute('aria-pressed')).toBe('true');
    expect(await panel(page, 'North Korea').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
