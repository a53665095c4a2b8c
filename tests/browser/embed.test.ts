import { describe, expect, it } from 'vitest';
import { box, hasChromium, useBrowser, node, openApp, panel } from './browser';

const sizes = [
  { width: 960, height: 540 },
  { width: 1280, height: 720 },
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
      // A one-line title, and none of the page's other chrome.
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Who gains from a North Korea-Russia alliance');
      expect(await page.getByRole('group', { name: 'Source' }).count()).toBe(0);
      expect(await page.getByRole('region', { name: 'Legend' }).isVisible()).toBe(true);
      const attribution = page.getByText('Quotes as cited by the outlets named', { exact: false });
      expect(await attribution.isVisible()).toBe(true);
      // The footer must sit inside the frame, not be pushed below it.
      const footer = await box(page.locator('.embed__footer'));
      expect(footer.y + footer.height).toBeLessThanOrEqual(size.height + 0.5);
      expect(errors).toEqual([]);
    });

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
});
