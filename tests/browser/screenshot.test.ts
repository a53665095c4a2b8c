import { mkdir } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { box, hasChromium, node, openApp, panel, useBrowser } from './browser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const envDir = process.env.SCREENSHOT_DIR;
// test-results/ is gitignored, so screenshots never end up in a commit by accident.
const outDir = envDir ? (isAbsolute(envDir) ? envDir : resolve(root, envDir)) : join(root, 'test-results');

interface Region {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * What a screenshot shows inside a region: its pixel size, the share of pixels that are not
 * page white, and how many pixels are within a small distance of `colour` (r, g, b).
 */
async function inspect(page: Page, png: Buffer, region: Region, colour: readonly [number, number, number]) {
  return page.evaluate(
    async ({ data, region, colour }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('no 2d canvas');
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(region.x, region.y, region.width, region.height).data;
      let inked = 0;
      let matching = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
        if (r < 240 || g < 240 || b < 240) inked++;
        if (Math.abs(r - colour[0]) + Math.abs(g - colour[1]) + Math.abs(b - colour[2]) < 12) matching++;
      }
      return { width: image.naturalWidth, height: image.naturalHeight, inked: inked / (pixels.length / 4), matching };
    },
    { data: png.toString('base64'), region, colour },
  );
}

/** The selected actor's fill (--colour-selected-fill). */
const selectedFill = [0xff, 0xf3, 0xc4] as const;

describe.skipIf(!hasChromium)('screenshots for the README and slides', () => {
  const browser = useBrowser();
  beforeAll(async () => {
    await mkdir(outDir, { recursive: true });
  });

  it('captures the full page at 1280x720 with North Korea selected, graph and highlight drawn', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 1280, height: 720, reducedMotion: 'reduce' });
    await node(page, 'North Korea').click();
    await panel(page, 'North Korea').waitFor();
    // Away from the node, so its hover preview does not cover the picture.
    await page.mouse.move(1, 1);
    await page.getByRole('tooltip').waitFor({ state: 'detached' });
    const png = await page.screenshot({ path: join(outDir, 'screenshot-1280x720.png'), animations: 'disabled' });
    const graph = await box(page.locator('svg.graph-view__svg'));
    const shot = await inspect(page, png, graph, selectedFill);
    expect([shot.width, shot.height]).toEqual([1280, 720]);
    // Lines, nodes and labels cover a good part of the graph, and North Korea shows as selected.
    expect(shot.inked).toBeGreaterThan(0.05);
    expect(shot.matching).toBeGreaterThan(500);
    expect(errors).toEqual([]);
  });

  it('captures the embed at 960x540, without and with a selection', async () => {
    const { page, errors } = await openApp(browser(), '?embed=1', { width: 960, height: 540, reducedMotion: 'reduce' });
    const plain = await page.screenshot({ path: join(outDir, 'embed-960x540.png'), animations: 'disabled' });
    const graph = await box(page.locator('svg.graph-view__svg'));
    const before = await inspect(page, plain, graph, selectedFill);
    expect([before.width, before.height]).toEqual([960, 540]);
    expect(before.inked).toBeGreaterThan(0.05);
    expect(before.matching).toBeLessThan(50);
    await node(page, 'North Korea').click();
    await panel(page, 'North Korea').waitFor();
    const selected = await page.screenshot({ path: join(outDir, 'embed-960x540-selected.png'), animations: 'disabled' });
    expect((await inspect(page, selected, graph, selectedFill)).matching).toBeGreaterThan(300);
    expect(errors).toEqual([]);
  });
});
