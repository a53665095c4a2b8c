import { describe, expect, it } from 'vitest';
import { hasChromium, openApp, panel, useBrowser } from './browser';

describe.skipIf(!hasChromium)('presentation mode', () => {
  const browser = useBrowser();

  it('steps through the tour with the keys a clicker sends, and Escape leaves', async () => {
    const { page, errors } = await openApp(browser(), '?mode=present', { width: 1920, height: 1080 });
    const bar = page.getByRole('region', { name: 'Presentation' });
    await bar.getByText('Overview').waitFor();
    // Projector type: the page's text grows with the screen.
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThanOrEqual(22);

    await page.keyboard.press('ArrowRight');
    await panel(page, 'North Korea').waitFor();
    expect(await bar.textContent()).toContain('1 / 4');
    await page.keyboard.press('PageDown');
    await panel(page, 'Russia').waitFor();
    expect(await bar.textContent()).toContain('2 / 4');
    await page.keyboard.press(' ');
    await panel(page, 'United States').waitFor();
    await page.keyboard.press('ArrowLeft');
    await panel(page, 'Russia').waitFor();
    await page.keyboard.press('PageUp');
    await panel(page, 'North Korea').waitFor();
    expect(new URL(page.url()).searchParams.get('mode')).toBe('present');
    await page.screenshot({ path: 'test-results/present-1920x1080.png' });

    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
    expect(await page.evaluate(() => document.documentElement.classList.contains('is-presenting'))).toBe(false);
    expect(errors).toEqual([]);
  });

  it('starts from the Present button', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Present' }).click();
    const bar = page.getByRole('region', { name: 'Presentation' });
    await bar.getByText('Press → for next', { exact: false }).waitFor();
    await bar.getByRole('button', { name: 'Next →' }).click();
    await panel(page, 'North Korea').waitFor();
    await bar.getByRole('button', { name: 'Leave (Esc)' }).click();
    await bar.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
