import { mkdir, readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Download, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import bundled from '../../data/nk-russia-2023.json';
import { planSlides } from '../../src/io/slidePlan';
import { parseDataset } from '../../src/model/parseDataset';
import { tourOrder } from '../../src/model/tour';
import { hasChromium, node, panel, useBrowser } from './browser';

const query = '?actor=north-korea&hide-sources=cnn';

/** The width and height a PNG's header declares, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Keeps an export in test-results/ for a person to open and look at. */
async function keep(name: string, bytes: Buffer): Promise<void> {
  await mkdir('test-results', { recursive: true });
  await writeFile(`test-results/${name}`, bytes);
}

async function saved(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

describe.skipIf(!hasChromium)('exports', () => {
  const browser = useBrowser();

  async function openExport(deviceScaleFactor = 1): Promise<{ page: Page; errors: string[] }> {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor, acceptDownloads: true });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(new URL(query, inject('baseUrl')).href);
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    await panel(page, 'North Korea').waitFor();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('dialog', { name: 'Export this view' }).waitFor();
    return { page, errors };
  }

  it('downloads a PNG of the view at 1920 x 1080 times the pixel ratio, or 1280 x 720', async () => {
    const { page, errors } = await openExport(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(download.suggestedFilename()).toBe('who-gains-north-korea.png');
    const bytes = await saved(download);
    expect(pngSize(bytes)).toEqual({ width: 3840, height: 2160 });
    await page.context().close();

    const { page: second } = await openExport(1);
    await second.getByRole('radio', { name: /^1280 × 720/ }).check();
    const [small] = await Promise.all([second.waitForEvent('download'), second.getByRole('button', { name: 'Download PNG' }).click()]);
    const smallBytes = await saved(small);
    expect(pngSize(smallBytes)).toEqual({ width: 1280, height: 720 });
    await second.getByRole('radio', { name: /^1920 × 1080/ }).check();
    const [large] = await Promise.all([second.waitForEvent('download'), second.getByRole('button', { name: 'Download PNG' }).click()]);
    const largeBytes = await saved(large);
    await keep('export-north-korea.png', largeBytes);
    // A real picture, not a blank canvas: mostly white paper, with ink, the selection's yellow and the links' green.
    const colours = await second.evaluate(async (base64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let white = 0;
      let dark = 0;
      let selectedFill = 0;
      let gainGreen = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (r > 250 && g > 250 && b > 250) white += 1;
        if (r < 60 && g < 60 && b < 60) dark += 1;
        if (Math.abs(r - 0xff) < 4 && Math.abs(g - 0xf3) < 4 && Math.abs(b - 0xc4) < 4) selectedFill += 1;
        if (Math.abs(r - 0x1b) < 6 && Math.abs(g - 0x6e) < 6 && Math.abs(b - 0x5a) < 6) gainGreen += 1;
      }
      const pixels = data.length / 4;
      return { white: white / pixels, dark: dark / pixels, selectedFill, gainGreen };
    }, largeBytes.toString('base64'));
    expect(colours.white).toBeGreaterThan(0.6);
    expect(colours.dark).toBeGreaterThan(0.002);
    expect(colours.selectedFill).toBeGreaterThan(500);
    expect(colours.gainGreen).toBeGreaterThan(500);
    expect(errors).toEqual([]);
  });

  it('puts the PNG on the clipboard', async () => {
    const { page, errors } = await openExport();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy image' }).click();
    await page.getByRole('dialog').getByRole('status').filter({ hasText: /^Copied/ }).waitFor();
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => [...item.types]));
    expect(types).toContain('image/png');
    expect(errors).toEqual([]);
  });

  it('downloads a standalone SVG with no script, no event attribute, no foreignObject, no outside reference', async () => {
    const { page, errors } = await openExport();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(download.suggestedFilename()).toBe('who-gains-north-korea.svg');
    const text = (await saved(download)).toString('utf8');
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const all = [...doc.querySelectorAll('*')];
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        names: [...new Set(all.map((el) => el.localName))],
        eventAttributes: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
        references: all.flatMap((el) => [...el.attributes].filter((a) => /href|src/i.test(a.name)).map((a) => a.value)),
        texts: all.filter((el) => el.localName === 'text').map((el) => el.textContent),
        markerIds: all.filter((el) => el.localName === 'marker').map((el) => el.id),
        markerUses: all.map((el) => /^url\(['"]?#([^'")]+)/.exec(el.getAttribute('marker-end') ?? '')?.[1]).filter(Boolean),
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.names).not.toContain('script');
    expect(parsed.names).not.toContain('foreignObject');
    expect(parsed.eventAttributes).toEqual([]);
    expect(parsed.references).toEqual([]);
    expect(text).not.toMatch(/url\((?!['"]?#)/);
    expect(parsed.texts).toContain('Who gains from a North Korea-Russia alliance');
    expect(parsed.texts.some((t) => t?.includes('North Korea: what it gains') && t.includes('CNN hidden'))).toBe(true);
    expect(parsed.texts).toContain('Missile technology');
    // The arrowheads come along, and point only inside the file.
    expect(parsed.markerUses.length).toBeGreaterThan(10);
    for (const id of parsed.markerUses) expect(parsed.markerIds).toContain(id);
    expect(errors).toEqual([]);
  });

  it('downloads a deck with one slide per planned slide and the quotes in the notes', async () => {
    const { page, errors } = await openExport();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download slides (.pptx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('who-gains-nk-russia-2023.pptx');
    const bytes = await saved(download);
    await keep('who-gains-nk-russia-2023.pptx', bytes);
    const zip = await JSZip.loadAsync(bytes);

    const parsed = parseDataset(bundled);
    if (!parsed.ok) throw new Error('the bundled dataset is invalid');
    const dataset = parsed.dataset;
    const plan = planSlides(dataset, { hiddenBenefitTypes: new Set(), hiddenOutlets: new Set(['cnn']) }, tourOrder(dataset));
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(plan.length);
    // Title, whole map, then the tour's first actor, North Korea, with its gains as text.
    const slideText = (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
    expect(await slideText(1)).toContain('Who gains from a North Korea-Russia alliance');
    expect(await slideText(1)).toContain('CNN hidden');
    expect(await slideText(3)).toContain('North Korea');
    expect(await slideText(3)).toContain('Missile technology');
    expect(Object.keys(zip.files).filter((name) => /^ppt\/media\/.+\.png$/.test(name)).length).toBeGreaterThan(1);
    const notes = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    const allNotes = notes.join('\n');
    // Every quote of a visible citation about North Korea is in the notes, word for word (XML-escaped).
    const escape = (s: string) =>
      s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');
    const quotes = dataset.claims
      .filter((c) => c.beneficiary === 'north-korea')
      .flatMap((c) => c.citations.filter((citation) => citation.outlet !== 'cnn').map((citation) => citation.quote));
    expect(quotes.length).toBeGreaterThan(3);
    for (const quote of quotes) expect(allNotes).toContain(escape(quote));
    // The filters apply: CNN's words are nowhere.
    const cnnOnly = dataset.claims.flatMap((c) => c.citations).filter((c) => c.outlet === 'cnn').map((c) => c.quote);
    for (const quote of cnnOnly) expect(allNotes).not.toContain(escape(quote));
    expect(await page.getByRole('dialog').getByRole('status').filter({ hasText: /^Saved/ }).textContent()).toBe(`Saved who-gains-nk-russia-2023.pptx: ${plan.length} slides.`);
    expect(errors).toEqual([]);
  }, 90_000);

  it('downloads the data as JSON, CSV and a template, and the CSV opens again as the same story', async () => {
    const { page, errors } = await openExport();
    const save = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
      return { name: download.suggestedFilename(), text: (await saved(download)).toString('utf8') };
    };
    const json = await save('Download JSON');
    expect(json.name).toBe('who-gains-nk-russia-2023.json');
    const reparsed = parseDataset(JSON.parse(json.text));
    expect(reparsed.ok && reparsed.dataset.claims.length).toBe(bundled.claims.length);

    const csv = await save('Download CSV');
    expect(csv.name).toBe('who-gains-nk-russia-2023.csv');
    expect(csv.text.replace(/^\uFEFF/, '')).toMatch(/^beneficiary,benefit,provider,polarity,summary,outlet,speaker,speaker_role,quote/);
    const template = await save('Download CSV template');
    expect(template.name).toBe('who-gains-template.csv');

    const references = await page.getByRole('textbox', { name: /^Reference list/ }).inputValue();
    expect(references).toMatch(/^1\. /);
    expect(references).not.toMatch(/, CNN: /);

    // The downloaded CSV, opened again, is the same story.
    await page.keyboard.press('Escape');
    await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({ name: 'again.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.text) });
    await expect.poll(() => page.title()).toBe('again · Who Gains');
    for (const actor of ['North Korea', 'Russia', 'United States', 'Iran']) await node(page, actor).waitFor();
    expect(errors).toEqual([]);
  });
});
