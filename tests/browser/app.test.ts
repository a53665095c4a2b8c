import { describe, expect, it } from 'vitest';
import { box, filterBox, hasChromium, useBrowser, node, openApp, panel, panelRow } from './browser';

describe.skipIf(!hasChromium)('the explorer in Chromium', () => {
  const browser = useBrowser();

  it('loads without console errors and fits every node inside the graph and the viewport', async () => {
    const { page, errors } = await openApp(browser());
    const nodes = page.locator('[data-node-id]');
    expect(await nodes.count()).toBeGreaterThanOrEqual(14);
    const svg = await box(page.locator('svg.graph-view__svg'));
    const viewport = { x: 0, y: 0, width: 1280, height: 720 };
    const outside: string[] = [];
    for (const handle of await nodes.all()) {
      const b = await box(handle);
      const id = await handle.getAttribute('data-node-id');
      for (const [name, frame] of [['viewport', viewport], ['svg', svg]] as const) {
        const inside =
          b.x >= frame.x - 0.5 &&
          b.y >= frame.y - 0.5 &&
          b.x + b.width <= frame.x + frame.width + 0.5 &&
          b.y + b.height <= frame.y + frame.height + 0.5;
        if (!inside) outside.push(`${id} ${JSON.stringify(b)} outside ${name} ${JSON.stringify(frame)}`);
      }
    }
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens the detail panel on click and closes it with Escape or a background click', async () => {
    const { page, errors } = await openApp(browser());
    const northKorea = node(page, 'North Korea');
    await northKorea.click();
    const details = panel(page, 'North Korea');
    await details.waitFor();
    for (const title of ['Gains', 'Provides']) {
      expect(await details.getByRole('heading', { name: title, level: 3 }).count()).toBe(1);
    }
    expect(await panelRow(details, 'Oil').textContent()).toBe('Oil · CNN, The Conversation');
    await panelRow(details, 'Missile technology').click();
    expect(await details.getByText('Sung Ki-young', { exact: true }).first().isVisible()).toBe(true);
    expect(await northKorea.getAttribute('aria-pressed')).toBe('true');

    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    expect(await northKorea.getAttribute('aria-pressed')).toBe('false');

    await northKorea.click();
    await details.waitFor();
    // The bottom-right corner lies inside the fit padding, so it is bare background.
    const svg = page.locator('svg.graph-view__svg');
    const { width, height } = await box(svg);
    await svg.click({ position: { x: width - 4, y: height - 4 } });
    await details.waitFor({ state: 'detached' });
    expect(await northKorea.getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
  });

  it('removes a benefit type node and its links when its filter is unchecked', async () => {
    const { page, errors } = await openApp(browser());
    const missile = page.locator('[data-node-id="benefit:missile-technology"]');
    const links = page.locator('[data-link-id$="|benefit:missile-technology"]');
    expect(await missile.count()).toBe(1);
    expect(await links.count()).toBeGreaterThan(0);
    await filterBox(page, 'Benefit type', 'Missile technology').uncheck();
    await expect.poll(() => missile.count()).toBe(0);
    expect(await links.count()).toBe(0);
    expect(await page.locator('[data-node-id="benefit:oil"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('drops one source’s citations from the panel when that source is unchecked', async () => {
    const { page, errors } = await openApp(browser());
    await node(page, 'North Korea').click();
    const details = panel(page, 'North Korea');
    const speaker = (name: string) => details.locator('.citation__speaker', { hasText: name });
    await details.waitFor();
    expect(await speaker('David Sanger').count()).toBeGreaterThan(0);
    await filterBox(page, 'Source', 'CNN').uncheck();
    await expect.poll(() => speaker('David Sanger').count()).toBe(0);
    expect(await speaker('Sung Ki-young').count()).toBeGreaterThan(0);
    expect(await panelRow(details, 'Missile technology').textContent()).toBe('Missile technology · The New York Times');
    expect(errors).toEqual([]);
  });

  it('lets a keyboard user Tab to a node and select it with Enter', async () => {
    const { page, errors } = await openApp(browser());
    // The last Source checkbox precedes the graph in tab order.
    await page.getByRole('group', { name: 'Source' }).getByRole('checkbox').last().focus();
    await page.keyboard.press('Tab');
    const focusedId = await page.evaluate(() => document.activeElement?.getAttribute('data-node-id') ?? null);
    expect(focusedId).toMatch(/^(actor|benefit):/);
    const focused = page.locator(`[data-node-id="${focusedId}"]`);
    const label = await focused.getAttribute('aria-label');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused.getAttribute('aria-pressed')).toBe('true');
    // The panel is headed by the label, the first part of the node's name.
    await panel(page, (label ?? '').split(', ')[0] ?? '').waitFor();
    await page.keyboard.press('Space');
    await expect.poll(() => focused.getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
  });
});
