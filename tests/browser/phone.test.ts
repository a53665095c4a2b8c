import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { box, hasChromium, node, openApp, panel, panelRow, useBrowser, zoomReady } from './browser';

/** Real touch input through Chromium's DevTools protocol: fingers, not a mouse. */
async function touch(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
  return {
    /** Fingers from `from` to `to` (one point per finger) in `steps` moves. */
    async drag(from: { x: number; y: number }[], to: { x: number; y: number }[], steps = 8) {
      await send('touchStart', from);
      for (let i = 1; i <= steps; i++) {
        await send('touchMove', from.map((p, f) => ({ x: p.x + ((to[f]!.x - p.x) * i) / steps, y: p.y + ((to[f]!.y - p.y) * i) / steps })));
      }
      await send('touchEnd', []);
    },
  };
}

const layerTransform = async (page: Page) => (await page.locator('g.graph-view__layer').getAttribute('transform')) ?? '';
const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe.skipIf(!hasChromium)('on a phone', () => {
  const browser = useBrowser();

  it.each([360, 390, 430])('fits %i px without sideways scrolling, the graph first and full width', async (width) => {
    const { page, errors } = await openApp(browser(), '', { width, height: 844, touch: true });
    expect(await noSideScroll(page)).toBe(true);
    const graph = await box(page.locator('.app__graph'));
    expect(graph.x).toBe(0);
    expect(graph.width).toBe(width);
    expect(graph.height).toBeGreaterThanOrEqual(0.6 * 844);
    expect(graph.y + graph.height).toBeLessThanOrEqual(844);
    // Only the title bar comes before it.
    const header = await box(page.locator('.app__header'));
    expect(header.y + header.height).toBeLessThanOrEqual(graph.y + 1);
    // The filters wait behind a button that counts what they hide.
    expect(await page.getByRole('group', { name: 'Source' }).isVisible()).toBe(false);
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    await toggle.tap();
    await page.getByRole('group', { name: 'Source' }).getByRole('checkbox', { name: /^CNN/ }).tap();
    await page.getByRole('group', { name: 'Benefit type' }).getByRole('checkbox', { name: /^Oil/ }).tap();
    expect(await page.getByRole('button', { name: 'Filters · 2 hidden' }).isVisible()).toBe(true);
    expect(await noSideScroll(page)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('taps North Korea, reads its gains in a bottom sheet, and closes it', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 390, height: 844, touch: true });
    await node(page, 'North Korea').tap();
    const sheet = panel(page, 'North Korea');
    await sheet.waitFor();
    // Nothing that opens on a tap (the sheet, the node's preview) may widen the page.
    expect(await noSideScroll(page)).toBe(true);
    const area = await box(page.locator('.app__side'));
    expect(area.y + area.height).toBeCloseTo(844, 0);
    expect(area.height).toBeLessThanOrEqual(0.6 * 844 + 1);
    expect(await sheet.getByRole('heading', { name: 'Gains', level: 3 }).isVisible()).toBe(true);
    expect(await sheet.getByText('Gains 7 benefits, cited by 7 outlets · provides 3 · no costs').isVisible()).toBe(true);
    await panelRow(sheet, 'Oil').scrollIntoViewIfNeeded();
    await panelRow(sheet, 'Oil').tap();
    expect(await sheet.getByText('the possibility of access to more oil', { exact: false }).isVisible()).toBe(true);
    await sheet.getByRole('button', { name: 'Close details' }).tap();
    await sheet.waitFor({ state: 'detached' });
    expect(await node(page, 'North Korea').getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
  });

  it.each([
    ['tapped', ''],
    ['opened from a link', '?actor=iran'],
  ])('pans a node the sheet would cover into view above it, %s', async (how, query) => {
    const { page, errors } = await openApp(browser(), query, { width: 390, height: 844, touch: true });
    await zoomReady(page);
    if (how === 'tapped') await node(page, 'Iran').tap();
    await panel(page, 'Iran').waitFor();
    const sheetTop = (await box(page.locator('.app__side'))).y;
    await expect.poll(async () => {
      const iran = await box(page.locator('[data-node-id="actor:iran"] .graph-node__shape'));
      return iran.y + iran.height;
    }).toBeLessThan(sheetTop);
    expect(errors).toEqual([]);
  });

  it('closes the sheet with a downward swipe on its handle, and with Escape', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 390, height: 844, touch: true });
    const fingers = await touch(page);
    await node(page, 'Russia').tap();
    await panel(page, 'Russia').waitFor();
    const handle = await box(page.locator('.app__sheet-handle'));
    const start = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
    // A short pull springs back.
    await fingers.drag([start], [{ x: start.x, y: start.y + 30 }]);
    expect(await panel(page, 'Russia').isVisible()).toBe(true);
    await expect.poll(async () => (await box(page.locator('.app__sheet-handle'))).y).toBeCloseTo(handle.y, 0);
    await fingers.drag([start], [{ x: start.x, y: start.y + 200 }]);
    await panel(page, 'Russia').waitFor({ state: 'detached' });
    // A swipe ends in a fling that swallows the next tap, as on a real phone: select from the keyboard.
    await node(page, 'Iran').focus();
    await page.keyboard.press('Enter');
    await panel(page, 'Iran').waitFor();
    await page.keyboard.press('Escape');
    await panel(page, 'Iran').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('pans the graph with one finger without scrolling the page, and zooms with two', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 390, height: 844, touch: true });
    await zoomReady(page);
    const fingers = await touch(page);
    const graph = await box(page.locator('svg.graph-view__svg'));
    // Bottom of the graph: background, away from the nodes.
    const spot = { x: graph.x + graph.width / 2, y: graph.y + graph.height - 20 };
    await fingers.drag([spot], [{ x: spot.x + 60, y: spot.y - 80 }]);
    // The layer moves by the finger's travel, in layout units (the viewBox scales them to pixels).
    const pixelsPerUnit = await page.locator('svg.graph-view__svg').evaluate((svg) => (svg as SVGSVGElement).getScreenCTM()?.a ?? 1);
    await expect.poll(() => layerTransform(page)).toMatch(/^translate/);
    const [dx, dy] = (/translate\(([-\d.]+),\s?([-\d.]+)\)/.exec(await layerTransform(page)) ?? []).slice(1).map(Number);
    expect((dx ?? 0) * pixelsPerUnit).toBeCloseTo(60, -1);
    expect((dy ?? 0) * pixelsPerUnit).toBeCloseTo(-80, -1);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const before = await layerTransform(page);
    await fingers.drag(
      [{ x: spot.x - 20, y: spot.y - 40 }, { x: spot.x + 20, y: spot.y - 40 }],
      [{ x: spot.x - 80, y: spot.y - 40 }, { x: spot.x + 80, y: spot.y - 40 }],
    );
    await expect.poll(() => layerTransform(page)).not.toBe(before);
    const scale = Number(/scale\(([\d.]+)\)/.exec(await layerTransform(page))?.[1]);
    expect(scale).toBeGreaterThan(2);
    expect(errors).toEqual([]);
  });

  it('shows the graph, responsive, with scripts turned off', async () => {
    const { page } = await openApp(browser(), '', { width: 390, height: 844, touch: true, javaScript: false });
    expect(await noSideScroll(page)).toBe(true);
    const graph = await box(page.locator('svg.graph-view__svg'));
    expect(graph.width).toBe(390);
    expect(await page.locator('[data-node-id]').count()).toBe(15);
    expect(await page.getByRole('button', { name: 'North Korea' }).isVisible()).toBe(true);
  });
});
