import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, node, openApp, panel, useBrowser } from './browser';

/**
 * Every visible control smaller than 24 x 24 CSS px (WCAG 2.2 target size), by its name. A
 * checkbox counts with its label, which is part of its target; a graph node with its label.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const control of document.querySelectorAll<HTMLElement | SVGElement>('button, a[href], input, [role="button"]')) {
      const target = control instanceof HTMLInputElement ? (control.closest('label') ?? control) : control;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (getComputedStyle(target).visibility === 'hidden') continue;
      if (box.width < 24 || box.height < 24) {
        const name = control.getAttribute('aria-label') ?? control.textContent?.trim() ?? control.tagName;
        small.push(`${name}: ${Math.round(box.width)}x${Math.round(box.height)}`);
      }
    }
    return small;
  });
}

describe.skipIf(!hasChromium)('target sizes', () => {
  const browser = useBrowser();

  it.each([
    ['full page', '', 1280, 720],
    ['embed', '?embed=1', 960, 540],
    ['small embed', '?embed=1', 400, 300],
    ['phone', '', 390, 844],
  ] as const)('every control of the %s is at least 24 x 24 px', async (_view, query, width, height) => {
    const { page, errors } = await openApp(browser(), query, { width, height });
    expect(await smallTargets(page)).toEqual([]);
    await node(page, 'North Korea').click();
    await panel(page, 'North Korea').waitFor();
    expect(await smallTargets(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
