import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, useBrowser } from './browser';
import { serveStatic, type StaticSite } from './staticServer.mjs';

/** The host snippet from the README, as a teacher's LMS page would paste it. */
const hostSnippet = `<script>
addEventListener('message', (e) => { if (e.data?.type !== 'who-gains:height') return;
  for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.height = e.data.height + 'px'; });
</script>`;

function hostPage(src: string): string {
  return `<!doctype html><html><head><title>Host</title><link rel="icon" href="data:,"></head><body style="margin:0">
<script>window.heights = []; addEventListener('message', (e) => { if (e.data?.type === 'who-gains:height') heights.push(e.data.height); });</script>
${hostSnippet}
<iframe title="Who Gains" sandbox="allow-scripts" src="${src}" style="border:0;width:100%;height:400px"></iframe>
</body></html>`;
}

/** The built page's address or one of its module scripts': what an opaque origin leaves, not what it shows. */
const leftPage = (url: string) => {
  const path = URL.canParse(url) ? new URL(url).pathname : '';
  return path === new URL(inject('baseUrl')).pathname || (path.includes('/assets/') && path.endsWith('.js'));
};

describe.skipIf(!hasChromium)('the embed in a sandboxed iframe on another origin', () => {
  const browser = useBrowser();
  let host: StaticSite;
  let hostDir: string;

  beforeAll(async () => {
    hostDir = await mkdtemp(join(tmpdir(), 'who-gains-host-'));
    const embed = new URL('?embed=1&actor=north-korea', inject('baseUrl')).href;
    await writeFile(join(hostDir, 'index.html'), hostPage(embed));
    // Another port is another origin; neither server sends CORS headers.
    host = await serveStatic(hostDir, { subPath: '/lms/' });
  });
  afterAll(async () => {
    await host.close();
    await rm(hostDir, { recursive: true, force: true });
  });

  async function openHost(width: number): Promise<{ page: Page; frame: Frame; errors: string[] }> {
    const context = await browser().newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      // The page the frame leaves for the single file: its module scripts, found by the browser's
      // preload scanner before the boot script sends it on, are refused CORS (as expected there).
      if (m.type() === 'error' && !leftPage(m.location().url)) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.url);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (frame === undefined) throw new Error('no iframe');
    await frame.locator('html[data-interactive]').waitFor({ state: 'attached' });
    return { page, frame, errors };
  }

  it('renders and works, and posts sane heights that the host applies without a loop', async () => {
    const { page, frame, errors } = await openHost(960);
    // The opaque origin cannot load module scripts from this host: it runs the self-contained page.
    expect(new URL(frame.url()).pathname).toMatch(/who-gains\.html$/);
    expect(await frame.evaluate(() => self.origin)).toBe('null');
    expect(await frame.locator('[data-node-id]').count()).toBeGreaterThan(10);
    expect(await frame.locator('[data-node-id="actor:north-korea"]').getAttribute('aria-pressed')).toBe('true');
    await frame.locator('[data-node-id="actor:russia"]').click();
    await frame.getByRole('region', { name: 'Russia' }).waitFor();

    const heights = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
    await page.waitForTimeout(1500);
    const settled = await heights();
    expect(settled.length).toBeLessThanOrEqual(2);
    for (const h of settled) {
      expect(h).toBeGreaterThanOrEqual(240);
      expect(h).toBeLessThanOrEqual(2000);
    }
    const last = settled.at(-1) ?? 0;
    const applied = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    expect(applied).toBe(last);
    // The frame now fits its content: no scrollbar, nothing below the fold.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);

    // A narrower host: one new height, smaller (the graph keeps its aspect), and again it settles.
    await page.setViewportSize({ width: 600, height: 900 });
    await expect.poll(async () => (await heights()).length).toBeGreaterThan(settled.length);
    await page.waitForTimeout(1000);
    const after = await heights();
    expect(after.length - settled.length).toBeLessThanOrEqual(2);
    expect(after.at(-1)).toBeLessThan(last);
    expect(errors).toEqual([]);
  });

  it('acts on no message it receives', async () => {
    const { frame, errors } = await openHost(960);
    const before = await frame.locator('[aria-pressed="true"]').getAttribute('data-node-id');
    await frame.page().evaluate(() => {
      const target = document.querySelector('iframe')?.contentWindow;
      for (const data of [{ type: 'who-gains:height', height: 5 }, { type: 'who-gains:select', id: 'russia' }, 'select russia'])
        target?.postMessage(data, '*');
    });
    await frame.page().waitForTimeout(300);
    expect(await frame.locator('[aria-pressed="true"]').getAttribute('data-node-id')).toBe(before);
    expect(errors).toEqual([]);
  });

  it('says in one line that the frame cannot open a new tab, and gives the address', async () => {
    const { frame, errors } = await openHost(960);
    await frame.getByRole('link', { name: 'Open in Who Gains' }).click();
    // Chromium logs the refusal itself; the page adds nothing to it.
    const refusal = errors.findIndex((e) => e.startsWith('Blocked opening'));
    if (refusal !== -1) errors.splice(refusal, 1);
    const note = frame.locator('.new-tab-link__blocked');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/^This frame cannot open tabs\. The address: http:\/\/127\.0\.0\.1:\d+\/who-gains\/who-gains\.html\?actor=north-korea$/);
    expect(errors).toEqual([]);
  });
});
