import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { filterBox, hasChromium, node, panel, useBrowser } from './browser';

describe.skipIf(!hasChromium)('the self-contained file (who-gains.html), opened from disk', () => {
  const browser = useBrowser();
  let folder: string;

  beforeAll(async () => {
    // Alone in a folder, as on a USB stick: nothing beside it to fetch.
    folder = await mkdtemp(join(tmpdir(), 'who-gains-usb-'));
    await copyFile(join(inject('distDir'), 'who-gains.html'), join(folder, 'who-gains.html'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('explores, filters and selects with no network request at all', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => {
        if (!/^(file|data|blob):/.test(r.url())) requests.push(r.url());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(pathToFileURL(join(folder, 'who-gains.html')).href);
      await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
      await filterBox(page, 'Source', 'CNN').uncheck();
      await expect.poll(() => page.locator('.filter-note').textContent()).toContain('Hiding CNN removed 1 claim');
      await node(page, 'North Korea').click();
      await panel(page, 'North Korea').waitFor();
      // Pan and zoom work too: d3-zoom is inside the file, not a chunk beside it.
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(() => page.locator('.graph-view__layer').getAttribute('transform')).toMatch(/scale\(1\.2/);
      // Present and export: their chunks are inside the file too.
      await page.getByRole('button', { name: 'Present' }).click();
      await page.keyboard.press('ArrowRight');
      await panel(page, 'North Korea').waitFor();
      expect(await page.getByRole('region', { name: 'Presentation' }).textContent()).toContain('1 / 4');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
      expect(download.suggestedFilename()).toBe('who-gains-north-korea.png');
      await page.keyboard.press('Escape');
      // Opening one's own data works from disk too (the import falls back to the page's thread
      // where a file may not start a worker).
      const csv = 'beneficiary,benefit,polarity,summary,outlet,quote\nAcme Town,Clean water,gain,Acme Town gets water.,Daily Planet,the taps run clear\n';
      await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({ name: 'acme.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await node(page, 'Acme Town').waitFor();
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is where the built index.html sends a page opened from disk', async () => {
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(join(inject('distDir'), 'index.html')).href + '?actor=iran');
      await page.waitForURL(/who-gains\.html\?actor=iran$/);
      await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
      expect(await node(page, 'Iran').getAttribute('aria-pressed')).toBe('true');
    } finally {
      await context.close();
    }
  });
});
