import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, node, openApp, panel, useBrowser } from './browser';

/** Every node's box on screen, by id, rounded to tenths of a pixel. */
const nodeBoxes = (page: Page) =>
  page.locator('[data-node-id]').evaluateAll((nodes) =>
    Object.fromEntries(
      nodes.map((n) => {
        const r = n.getBoundingClientRect();
        const round = (v: number) => Math.round(v * 10) / 10;
        return [n.getAttribute('data-node-id'), [round(r.x), round(r.y), round(r.width), round(r.height)]];
      }),
    ),
  );

describe.skipIf(!hasChromium)('the first paint', () => {
  const browser = useBrowser();

  it.each([
    [1280, 720],
    [1920, 1080],
    [390, 844],
  ])('is the picture the app keeps after hydration, at %i x %i', async (width, height) => {
    const still = await openApp(browser(), '', { width, height, javaScript: false });
    const painted = await nodeBoxes(still.page);
    expect(Object.keys(painted)).toHaveLength(15);
    const live = await openApp(browser(), '', { width, height });
    // Hydration moved nothing and warned of nothing.
    expect(await nodeBoxes(live.page)).toEqual(painted);
    // Nor did the story library, once storage answered (with nothing stored, it shows nothing).
    // (Its chunk loads once storage answers; React draws it, here nothing, a moment later.)
    await live.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('StorySwitcher')));
    await live.page.waitForTimeout(500);
    expect(await nodeBoxes(live.page)).toEqual(painted);
    expect(live.errors).toEqual([]);
  });

  it('opens a deep link to a view the build did not render, with no console error', async () => {
    const { page, errors } = await openApp(browser(), '?benefit=oil&hide-benefits=oil&hide-sources=cnn');
    const oil = page.getByRole('button', { name: 'Oil, benefit type, no claims shown', exact: true });
    await expect.poll(() => oil.getAttribute('aria-pressed')).toBe('true');
    const details = panel(page, 'Oil');
    expect(await details.getByText('The current filters hide every claim about Oil.').isVisible()).toBe(true);
    // The view is legitimate, so the address keeps it; showing its claims drops only what they need.
    expect(new URL(page.url()).searchParams.get('hide-benefits')).toBe('oil');
    await details.getByRole('button', { name: 'Show its claims' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('hide-benefits')).toBeNull();
    expect(new URL(page.url()).searchParams.get('hide-sources')).toBe('cnn');
    expect(await node(page, 'Oil').getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
  });
});
