import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { filterBox, hasChromium, node, openApp, panel, useBrowser, zoomReady } from './browser';

/** Every Content-Security-Policy violation the page reports, from the moment it starts. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} ${e.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

describe.skipIf(!hasChromium)('under the recommended Content-Security-Policy header', () => {
  const browser = useBrowser();

  it('hydrates the full page, selects, filters, zooms, and presents with no violation', async () => {
    const { page, errors } = await openApp(browser(), '', { strict: true });
    const violations = await watchViolations(page);
    await page.reload();
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    // The prerendered picture had its stylesheets: the label steps apply before any script.
    expect(await page.locator('.graph-view__svg').evaluate((svg) => getComputedStyle(svg).getPropertyValue('--graph-label-size'))).not.toBe('');
    await node(page, 'North Korea').click();
    await panel(page, 'North Korea').waitFor();
    await filterBox(page, 'Benefit type', 'Oil').uncheck();
    await zoomReady(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('region', { name: 'Presentation' }).waitFor();
    await page.keyboard.press('ArrowRight');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the embed, with a selection, with no violation', async () => {
    const { page, errors } = await openApp(browser(), '?embed=1&actor=russia', { strict: true });
    const violations = await watchViolations(page);
    await page.reload();
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.className)).toContain('is-embed');
    await panel(page, 'Russia').waitFor();
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
