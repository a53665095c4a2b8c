import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import story from '../../data/nk-russia-2023.json';
import { filterBox, hasChromium, node, openApp, panel, useBrowser } from './browser';

/** Pages in a PDF that Chromium wrote: one `/Type /Page` object each (`/Pages` is the tree). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

const paperSizes = [
  { format: 'A4', landscape: true },
  { format: 'A4', landscape: false },
  { format: 'Letter', landscape: true },
  { format: 'Letter', landscape: false },
] as const;

/** How many pages everything but the handout takes: 1 when the title, graph and caption share page 1. */
async function pagesBeforeHandout(page: Page): Promise<string[]> {
  const style = await page.addStyleTag({ content: '.handout { display: none !important; }' });
  const counts: string[] = [];
  for (const paper of paperSizes)
    counts.push(`${paper.format} ${paper.landscape ? 'landscape' : 'portrait'}: ${pageCount(await page.pdf(paper))}`);
  await style.evaluate((element) => (element as HTMLStyleElement).remove());
  return counts;
}

const onOnePage = paperSizes.map((p) => `${p.format} ${p.landscape ? 'landscape' : 'portrait'}: 1`);

describe.skipIf(!hasChromium)('printing', () => {
  const browser = useBrowser();

  it('prints the graph as shown on page 1, then the visible claims with numbered sources, and no controls', async () => {
    const { page, errors } = await openApp(browser());
    await node(page, 'North Korea').click();
    await panel(page, 'North Korea').waitFor();
    await filterBox(page, 'Source', 'CNN').uncheck();
    // Worked out from the data, not by the app: a claim stays while one citation is not CNN's.
    const expected = story.claims.filter((c) => c.citations.some((x) => x.outlet !== 'cnn')).length;
    expect(await page.locator('.filter-bar__status').textContent()).toBe(`Showing ${expected} of ${story.claims.length} claims`);
    // The handout comes as its own chunk after hydration, and is drawn only for paper.
    const handout = page.locator('.handout');
    expect(await handout.count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: 'test-results/print-1280x720.png' });
    expect(await handout.isVisible()).toBe(true);
    expect(await handout.getByRole('heading', { level: 2 }).textContent()).toBe('Claims shown in this view');
    expect(await handout.locator('.handout__scope').textContent()).toContain(`${expected} of ${story.claims.length} claims (CNN hidden)`);
    const claims = handout.locator('.handout__claim');
    expect(await claims.count()).toBe(expected);
    expect(await handout.locator('.handout__group h3').allTextContents()).toEqual(['Russia', 'North Korea', 'United States']);

    // Every claim cites numbers in the source list, and every source is cited.
    const sources = handout.locator('.handout__source');
    expect(await sources.first().isVisible()).toBe(true);
    const refs = await handout.locator('.handout__refs').allTextContents();
    expect(refs).toHaveLength(expected);
    for (const ref of refs) expect(ref).toMatch(/^(\[\d+\])+$/);
    const cited = new Set(refs.flatMap((r) => [...r.matchAll(/\d+/g)].map(Number)));
    expect([...cited].sort((a, b) => a - b)).toEqual(Array.from({ length: await sources.count() }, (_, i) => i + 1));
    const sourceTexts = await sources.allTextContents();
    expect(sourceTexts.filter((s) => s.endsWith('CNN'))).toEqual([]);
    expect(sourceTexts).toContain('“the war is taking a toll on his defense industrial base.” — John Kirby, spokesperson, NPR');
    expect(sourceTexts).toContain('Article’s paraphrase: Russia is hoping mainly for munitions for Ukraine — The Week');

    // The graph, its title and caption stay; buttons, filters, notes, the hint and the panel go.
    const graph = page.locator('svg.graph-view__svg');
    const graphBox = await graph.boundingBox();
    expect(graphBox?.height).toBeGreaterThan(300);
    expect(await node(page, 'North Korea').isVisible()).toBe(true);
    expect(await node(page, 'North Korea').getAttribute('aria-pressed')).toBe('true');
    for (const kept of ['h1', '.app__description', '.app__main > .attribution']) expect(await page.locator(kept).isVisible()).toBe(true);
    expect(await page.locator('button:visible, input:visible').count()).toBe(0);
    // The link hiding CNN removed may still be fading out on screen; it is not part of the view.
    expect(await page.locator('.graph-link.is-ghost:visible').count()).toBe(0);
    for (const gone of ['.app__filters', '.graph-view__controls', '.filter-note', '.detail-panel', '.app__actions'])
      expect(await page.locator(gone).isVisible(), gone).toBe(false);
    // The handout starts a new page after the graph.
    const handoutBox = await handout.boundingBox();
    if (graphBox === null || handoutBox === null) throw new Error('nothing drawn');
    expect(handoutBox.y).toBeGreaterThanOrEqual(graphBox.y + graphBox.height);
    expect(await handout.evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');

    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    expect(await pagesBeforeHandout(page)).toEqual(onOnePage);
    expect(errors).toEqual([]);
  });

  it('fits the title, graph, caption and legend on page 1, A4 or Letter, either way round', async () => {
    const { page, errors } = await openApp(browser());
    await page.emulateMedia({ media: 'print' });
    await page.locator('.handout').waitFor();
    expect(await page.getByRole('region', { name: 'Legend' }).isVisible()).toBe(true);
    expect(await page.locator('.app__hint').isVisible()).toBe(false);
    expect(await pagesBeforeHandout(page)).toEqual(onOnePage);
    expect(pageCount(await page.pdf({ format: 'A4', landscape: false }))).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
  });
});
