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

  it('leaves Space to the focused control, and offers full screen to a link that could not take it', async () => {
    const { page, errors } = await openApp(browser(), '?mode=present', { width: 1280, height: 720 });
    const bar = page.getByRole('region', { name: 'Presentation' });
    // Browsers allow full screen only on a click, so a link shows the button for it.
    await bar.getByRole('button', { name: 'Full screen' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await panel(page, 'North Korea').waitFor();
    // Space on the focused Previous button is that button's click: back, not forward.
    await bar.getByRole('button', { name: '← Previous' }).focus();
    await page.keyboard.press(' ');
    await bar.getByText('Overview').waitFor();
    // At the start, Previous does nothing and keeps focus.
    await page.keyboard.press(' ');
    expect(await bar.getByRole('button', { name: '← Previous' }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await bar.getByRole('button', { name: '← Previous' }).getAttribute('aria-disabled')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('is not offered in an embed, and the notice says so', async () => {
    const { page, errors } = await openApp(browser(), '?embed=1&mode=present', { width: 960, height: 540 });
    await page.getByText('presentation mode, which an embed does not offer', { exact: false }).waitFor();
    expect(await page.getByRole('region', { name: 'Presentation' }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('starts from the Present button, and gives focus back to it on leaving', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 1280, height: 720 });
    await page.getByRole('button', { name: 'Present' }).click();
    const bar = page.getByRole('region', { name: 'Presentation' });
    await bar.getByText('Press → for next', { exact: false }).waitFor();
    await bar.getByRole('button', { name: 'Next →' }).click();
    await panel(page, 'North Korea').waitFor();
    await page.keyboard.press('Escape');
    await bar.waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Present' }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  });
});
