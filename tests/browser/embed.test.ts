import { describe, expect, it } from 'vitest';
import { box, filterBox, hasChromium, useBrowser, node, openApp, panel } from './browser';

const sizes = [
  { width: 400, height: 300 },
  { width: 960, height: 540 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

describe.skipIf(!hasChromium)('the embed (?embed=1) in Chromium', () => {
  const browser = useBrowser();

  describe.each(sizes)('at $width x $height', (size) => {
    it('fills the frame without scrollbars, with legend and attribution but no page header', async () => {
      const { page, errors } = await openApp(browser(), '?embed=1', size);
      const extent = await page.evaluate(() => {
        const { scrollWidth, clientWidth, scrollHeight, clientHeight } = document.documentElement;
        return { scrollWidth, clientWidth, scrollHeight, clientHeight };
      });
      expect(extent.scrollWidth).toBeLessThanOrEqual(extent.clientWidth);
      expect(extent.scrollHeight).toBeLessThanOrEqual(extent.clientHeight);
      // A one-line title (short frames give its line to the graph), and none of the page's other chrome.
      if (size.height >= 360)
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Who gains from a North Korea-Russia alliance');
      expect(await page.getByRole('group', { name: 'Source' }).count()).toBe(0);
      // Small frames fold the legend behind "Key".
      const legendShown = size.width >= 600 && size.height >= 400;
      expect(await page.getByRole('region', { name: 'Legend' }).isVisible()).toBe(legendShown);
      expect(await page.getByRole('button', { name: 'Key' }).isVisible()).toBe(!legendShown);
      const attribution = page.getByText('Quotes as cited by the outlets named', { exact: false });
      expect(await attribution.isVisible()).toBe(true);
      // The footer must sit inside the frame, not be pushed below it.
      const footer = await box(page.locator('.embed__footer'));
      expect(footer.y + footer.height).toBeLessThanOrEqual(size.height + 0.5);
      // Nothing clipped: every control, the link out and every node lie wholly inside the frame.
      const outside = await page.evaluate(
        ({ width, height }) =>
          [...document.querySelectorAll('button, a, [data-node-id]')]
            .filter((e) => e.getClientRects().length > 0)
            .map((e) => ({ e, r: e.getBoundingClientRect() }))
            .filter(({ r }) => r.left < -0.5 || r.top < -0.5 || r.right > width + 0.5 || r.bottom > height + 0.5)
            .map(({ e }) => e.getAttribute('aria-label') ?? e.textContent),
        size,
      );
      expect(outside).toEqual([]);
      expect(await page.getByRole('link', { name: 'Open in Who Gains' }).isVisible()).toBe(true);
      expect(errors).toEqual([]);
    });

  });

  describe.each(sizes.filter((s) => s.width >= 600 && s.width <= 1300))('with a selection at $width x $height', (size) => {
    it('opens the detail panel as an overlay that fits inside the frame', async () => {
      const { page, errors } = await openApp(browser(), '?embed=1', size);
      await node(page, 'North Korea').click();
      const details = panel(page, 'North Korea');
      await details.waitFor();
      const overlay = await box(page.locator('.embed__panel'));
      expect(overlay.x).toBeGreaterThanOrEqual(0);
      expect(overlay.y).toBeGreaterThanOrEqual(0);
      expect(overlay.x + overlay.width).toBeLessThanOrEqual(size.width);
      expect(overlay.y + overlay.height).toBeLessThanOrEqual(size.height);
      expect(await details.getByRole('heading', { name: 'Gains', level: 3 }).isVisible()).toBe(true);
      // An overlay, not a column: the graph keeps its full width behind it...
      const svg = await box(page.locator('svg.graph-view__svg'));
      expect(svg.width).toBeGreaterThan(size.width - 2);
      // ...but refits to the space beside it, so no node hides under the panel.
      const hidden: string[] = [];
      for (const handle of await page.locator('[data-node-id]').all()) {
        const b = await box(handle);
        if (b.x + b.width > overlay.x) hidden.push(`${await handle.getAttribute('data-node-id')} right edge ${b.x + b.width}`);
      }
      expect(hidden, `overlay starts at x=${overlay.x}`).toEqual([]);
      await page.keyboard.press('Escape');
      await details.waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
    });
  });

  it('links to the same view in the full explorer, in a new tab', async () => {
    const { page, errors } = await openApp(browser(), '?embed=1&title=0&actor=north-korea&hide-sources=cnn');
    const link = page.getByRole('link', { name: 'Open in Who Gains' });
    expect(await link.getAttribute('target')).toBe('_blank');
    const href = new URL((await link.getAttribute('href')) ?? '');
    expect([...href.searchParams].sort()).toEqual([['actor', 'north-korea'], ['hide-sources', 'cnn']]);
    // It follows the view: select Iran, and the link opens Iran.
    await node(page, 'Iran').click();
    await expect.poll(async () => new URL((await link.getAttribute('href')) ?? '').searchParams.get('actor')).toBe('iran');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).searchParams.get('embed')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('offers the filters with filters=1, and shows them read-only with lock=1', async () => {
    const { page, errors } = await openApp(browser(), '?embed=1&filters=1&hide-sources=cnn');
    const toggle = page.getByRole('button', { name: 'Filters' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await filterBox(page, 'Source', 'NPR').uncheck();
    await expect.poll(() => page.locator('.embed__hidden').textContent()).toBe('NPR and CNN hidden');
    await page.keyboard.press('Escape');
    expect(await page.locator('.embed__filters').count()).toBe(0);

    const locked = await openApp(browser(), '?embed=1&filters=1&lock=1&hide-sources=cnn');
    await locked.page.getByRole('button', { name: 'Filters' }).click();
    expect(await filterBox(locked.page, 'Source', 'CNN').isDisabled()).toBe(true);
    expect(await filterBox(locked.page, 'Source', 'CNN').isChecked()).toBe(false);
    expect(await locked.page.getByText('Locked: these filters are part of the shared view.').isVisible()).toBe(true);
    expect(await locked.page.getByRole('button', { name: 'All' }).count()).toBe(0);
    expect([...errors, ...locked.errors]).toEqual([]);
  });
});
