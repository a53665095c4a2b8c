import { mkdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, useBrowser, node, openApp, panel } from './browser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const envDir = process.env.SCREENSHOT_DIR;
// test-results/ is gitignored, so screenshots never end up in a commit by accident.
const outDir = envDir ? (isAbsolute(envDir) ? envDir : resolve(root, envDir)) : join(root, 'test-results');
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The file is a PNG of the given pixel size (width and height sit at bytes 16-23 of the IHDR chunk). */
async function expectPng(path: string, width: number, height: number): Promise<void> {
  const bytes = await readFile(path);
  expect(bytes.length).toBeGreaterThan(10_000);
  expect(bytes.subarray(0, 8).equals(pngSignature)).toBe(true);
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([width, height]);
}

describe.skipIf(!hasChromium)('screenshots for the README and slides', () => {
  const browser = useBrowser();
  beforeAll(async () => {
    await mkdir(outDir, { recursive: true });
  });

  it('captures the full page at 1280x720 with North Korea selected', async () => {
    const { page, errors } = await openApp(browser(), '', { width: 1280, height: 720, reducedMotion: 'reduce' });
    await node(page, 'North Korea').click();
    await panel(page, 'North Korea').waitFor();
    const path = join(outDir, 'screenshot-1280x720.png');
    await page.screenshot({ path, animations: 'disabled' });
    await expectPng(path, 1280, 720);
    expect(errors).toEqual([]);
  });

  it('captures the embed at 960x540, without and with a selection', async () => {
    const { page, errors } = await openApp(browser(), '?embed=1', { width: 960, height: 540, reducedMotion: 'reduce' });
    const path = join(outDir, 'embed-960x540.png');
    await page.screenshot({ path, animations: 'disabled' });
    await expectPng(path, 960, 540);
    // The overlay state too, for reviewing how the graph refits beside the panel.
    await node(page, 'North Korea').click();
    await panel(page, 'North Korea').waitFor();
    const selectedPath = join(outDir, 'embed-960x540-selected.png');
    await page.screenshot({ path: selectedPath, animations: 'disabled' });
    await expectPng(selectedPath, 960, 540);
    expect(errors).toEqual([]);
  });
});
