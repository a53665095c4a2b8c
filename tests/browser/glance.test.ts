import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { filterBox, hasChromium, node, openApp, panel, useBrowser } from './browser';

interface Crossings {
  readonly links: number;
  readonly samples: number;
  readonly found: string[];
}

/**
 * Walks every drawn link (every 2 px of its path, through the browser's own geometry) and
 * reports each point that falls inside a node the link does not connect, or inside any label.
 */
function crossings(page: Page): Promise<Crossings> {
  return page.evaluate(() => {
    const inside = (p: DOMPoint, r: DOMRect, pad = 0) =>
      p.x > r.left + pad && p.x < r.right - pad && p.y > r.top + pad && p.y < r.bottom - pad;
    const shown = (e: Element) => e.getClientRects().length > 0;
    const nodes = [...document.querySelectorAll<SVGGElement>('[data-node-id]')].map((n) => ({
      id: n.dataset.nodeId ?? '',
      shape: [...n.querySelectorAll('.graph-node__shape')].find(shown)?.getBoundingClientRect(),
      label: [...n.querySelectorAll('.graph-node__label')].find(shown)?.getBoundingClientRect(),
    }));
    const found: string[] = [];
    let samples = 0;
    const links = [...document.querySelectorAll<SVGGElement>('.graph-link[data-link-id]')];
    for (const link of links) {
      const id = link.dataset.linkId ?? '';
      const [, source, target] = id.split('|');
      // The variant the frame draws (full, or run on under the pills in small frames).
      const path = [...link.querySelectorAll<SVGPathElement>('.graph-link__line')].find(shown);
      const matrix = path?.getScreenCTM();
      if (!path || !matrix) continue;
      const length = path.getTotalLength();
      const scale = Math.hypot(matrix.a, matrix.b);
      const step = 2 / scale;
      for (let at = 0; at <= length; at += step) {
        samples++;
        const p = path.getPointAtLength(at).matrixTransform(matrix);
        for (const n of nodes) {
          // A link may touch the nodes it connects (it ends under their outline), never others.
          const own = n.id === source || n.id === target;
          if (!own && n.shape && inside(p, n.shape, 0.5)) found.push(`${id} through node ${n.id}`);
          // An actor's label is outside its circle: no link, not even its own, may cross it.
          if (n.label && inside(p, n.label, 0.5) && !(own && n.id.startsWith('benefit:'))) found.push(`${id} across label of ${n.id}`);
        }
      }
    }
    return { links: links.length, samples, found: [...new Set(found)] };
  });
}

/** The drawn strength of a link: its opacity times its line width. */
const strength = (page: Page, linkId: string) =>
  page.locator(`.graph-link[data-link-id="${linkId}"]`).evaluate((g) => {
    const line = [...g.querySelectorAll('.graph-link__line')].find((l) => l.getClientRects().length > 0) as Element;
    // The link's own opacity and its layer's (links that do not stand out fade as one group).
    let opacity = 1;
    for (let e: Element | null = g; e && e instanceof SVGElement; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    return opacity * parseFloat(getComputedStyle(line).strokeWidth);
  });

describe.skipIf(!hasChromium)('answers at a glance', () => {
  const browser = useBrowser();

  it.each([
    ['full page', 1280, 720, ''],
    ['full page', 1920, 1080, ''],
    ['embed', 960, 540, '?embed=1'],
  ] as const)('no link passes through a node or across a label: %s at %i x %i', async (view, width, height, query) => {
    const { page, errors } = await openApp(browser(), query, { width, height });
    const result = await crossings(page);
    console.log(`${view} ${width}x${height}: ${result.links} links, ${result.samples} points sampled, ${result.found.length} crossings`);
    expect(result.links).toBe(25);
    expect(result.found).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('draws what North Korea gains stronger than what it provides, and that stronger than the rest', async () => {
    const { page, errors } = await openApp(browser(), '?actor=north-korea', { reducedMotion: 'reduce' });
    await expect.poll(() => node(page, 'North Korea').getAttribute('aria-pressed')).toBe('true');
    const gains = await strength(page, 'gains|actor:north-korea|benefit:oil');
    const provides = await strength(page, 'provides|actor:north-korea|benefit:labor');
    const unrelated = await strength(page, 'provides|actor:iran|benefit:drones');
    expect(gains).toBeGreaterThan(provides);
    expect(provides).toBeGreaterThan(unrelated);
    // What it provides is weaker, yet its label still reads at 4.5:1 on the paper.
    const labor = await node(page, 'Labor').evaluate((g) => {
      const label = g.querySelector('.graph-node__label');
      let opacity = 1;
      for (let e: Element | null = g; e && e instanceof SVGElement; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      return { opacity, fill: label ? getComputedStyle(label).fill : '' };
    });
    expect(labor.opacity).toBe(1);
    const [r = 0, g = 0, b = 0] = (labor.fill.match(/\d+/g) ?? []).map((v) => Number(v) / 255);
    const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    expect(1.05 / (luminance + 0.05)).toBeGreaterThanOrEqual(4.5);
    // The same scale for a benefit type: who gains oil, then who provides it, then the rest.
    await node(page, 'Oil').click();
    await expect.poll(() => node(page, 'Oil').getAttribute('aria-pressed')).toBe('true');
    expect(await strength(page, 'gains|actor:north-korea|benefit:oil')).toBeGreaterThan(
      await strength(page, 'provides|actor:russia|benefit:oil'),
    );
    expect(await strength(page, 'provides|actor:russia|benefit:oil')).toBeGreaterThan(
      await strength(page, 'provides|actor:iran|benefit:drones'),
    );
    expect(errors).toEqual([]);
  });

  it('previews a node on hover and on focus, without moving it', async () => {
    const { page, errors } = await openApp(browser());
    const northKorea = node(page, 'North Korea');
    const before = await northKorea.boundingBox();
    await northKorea.hover();
    const preview = page.getByRole('tooltip');
    await expect.poll(() => preview.textContent()).toBe('North Koreagains 7 · provides 3 · costs 0');
    expect(await northKorea.boundingBox()).toEqual(before);
    await node(page, 'Oil').focus();
    await expect.poll(() => preview.textContent()).toBe('Oilgained by 1 · provided by 1');
    // With CNN hidden, the links to oil rest on one of their two outlets, and the preview says so.
    await filterBox(page, 'Source', 'CNN').uncheck();
    await node(page, 'Oil').focus();
    await expect.poll(() => preview.textContent()).toContain('North Korea: 1 outlet shown of 2');
    expect(await page.locator('[data-link-id="gains|actor:north-korea|benefit:oil"] title').first().textContent()).toBe(
      'North Korea gains: Oil (1 outlet shown of 2)',
    );
    expect(errors).toEqual([]);
  });

  it('gives the focused node the preview as its description, opens it clear of the frame edge, and closes it on Escape', async () => {
    const { page, errors } = await openApp(browser());
    const iran = node(page, 'Iran');
    await iran.focus();
    const preview = page.getByRole('tooltip');
    await expect.poll(() => preview.textContent()).toContain('Iran');
    expect(await iran.getAttribute('aria-describedby')).toBe(await preview.getAttribute('id'));
    // Iran sits low in the frame: its card opens above it, inside the graph.
    const card = await preview.boundingBox();
    const shape = await iran.locator('.graph-node__shape').boundingBox();
    const frame = await page.locator('.graph-view').boundingBox();
    if (!card || !shape || !frame) throw new Error('nothing drawn');
    expect(card.y + card.height).toBeLessThanOrEqual(shape.y);
    expect(card.y).toBeGreaterThanOrEqual(frame.y);
    await page.keyboard.press('Escape');
    expect(await preview.count()).toBe(0);
    expect(await iran.getAttribute('aria-describedby')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('says in words what hiding CNN changed, and lets the removed link fade out', async () => {
    const { page, errors } = await openApp(browser());
    await filterBox(page, 'Source', 'CNN').uncheck();
    // The prestige link North Korea lost lingers as a ghost, then goes.
    const ghosts = page.locator('.graph-link.is-ghost');
    await expect.poll(() => ghosts.count(), { interval: 20 }).toBeGreaterThan(0);
    const note = page.locator('.filter-note');
    await expect.poll(() => note.textContent()).toContain(
      'Hiding CNN removed 1 claim (North Korea · Prestige / looking less isolated); 2 claims now rest on one outlet.',
    );
    await expect.poll(() => ghosts.count(), { timeout: 3000 }).toBe(0);
    await page.getByRole('button', { name: 'Dismiss note' }).click();
    expect(await note.textContent()).toBe('');
    expect(errors).toEqual([]);
  });

  it('opens a shared view with CNN hidden as it is: no ghosts, the hidden outlet named', async () => {
    const { page, errors } = await openApp(browser(), '?hide-sources=cnn');
    // Hydration renders the prerendered full view, then the shared one: not a change to fade out.
    expect(await page.locator('.graph-link.is-ghost').count()).toBe(0);
    expect(await page.locator('.filter-note').textContent()).toBe('');
    expect(await page.locator('.filter-bar__hidden').textContent()).toBe('CNN hidden');
    expect(errors).toEqual([]);
  });

  it('leaves no ghosts when the reader prefers reduced motion', async () => {
    const { page } = await openApp(browser(), '', { reducedMotion: 'reduce' });
    await filterBox(page, 'Source', 'CNN').uncheck();
    await expect.poll(() => page.locator('.filter-note').textContent()).toContain('Hiding CNN');
    expect(await page.locator('.graph-link.is-ghost').count()).toBe(0);
  });

  it('highlights exactly the links one outlet supports when "Single-source claims" is on', async () => {
    const { page, errors } = await openApp(browser());
    await page.getByRole('switch', { name: 'Single-source claims' }).check();
    const links = page.locator('.graph-link[data-link-id]');
    const single = await links.evaluateAll((all) =>
      all.filter((l) => l.getAttribute('data-weight') === '1').map((l) => l.getAttribute('data-link-id')),
    );
    const highlighted = await page
      .locator('.graph-link.is-single-source')
      .evaluateAll((all) => all.filter((l) => [...l.querySelectorAll('.graph-link__halo')].some((h) => h.getClientRects().length > 0)).map((l) => l.getAttribute('data-link-id')));
    expect(single.length).toBeGreaterThan(0);
    expect(highlighted).toEqual(single);
    expect(new URL(page.url()).searchParams.get('single-source')).toBe('1');
    expect(errors).toEqual([]);
  });

  it('sets the panel, filters and legend in at least 18 px on a 1920 x 1080 screen', async () => {
    const { page, errors } = await openApp(browser(), '?actor=north-korea', { width: 1920, height: 1080 });
    await panel(page, 'North Korea').waitFor();
    const sizes = await page.evaluate(() => {
      const px = (selector: string) =>
        Math.min(...[...document.querySelectorAll(selector)].map((e) => parseFloat(getComputedStyle(e).fontSize)));
      return {
        panel: px('.detail-panel p, .detail-panel summary, .detail-panel li'),
        filters: px('.filter-option'),
        status: px('.filter-bar__status'),
      };
    });
    expect(sizes.panel).toBeGreaterThanOrEqual(18);
    expect(sizes.filters).toBeGreaterThanOrEqual(18);
    expect(sizes.status).toBeGreaterThanOrEqual(18);
    await page.keyboard.press('Escape');
    const legend = await page.locator('.legend__items li').evaluateAll((all) => Math.min(...all.map((e) => parseFloat(getComputedStyle(e).fontSize))));
    expect(legend).toBeGreaterThanOrEqual(18);
    expect(errors).toEqual([]);
  });

  it('titles the embed and says what its filters hide', async () => {
    const { page, errors } = await openApp(browser(), '?embed=1&hide-sources=cnn', { width: 960, height: 540 });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Who gains from a North Korea-Russia alliance');
    expect(await page.locator('.embed__hidden').textContent()).toBe('CNN hidden');
    // The compact legend keeps the key to line widths.
    expect(await page.getByRole('region', { name: 'Legend' }).textContent()).toContain('width: 1, 2, 3 outlets');
    const untitled = await openApp(browser(), '?embed=1&title=0', { width: 960, height: 540 });
    expect(await untitled.page.getByRole('heading', { level: 1 }).count()).toBe(0);
    expect([...errors, ...untitled.errors]).toEqual([]);
  });

  it('fits each bundled actor in the embed overlay at 960 x 540 without scrolling', async () => {
    const { page, errors } = await openApp(browser(), '?embed=1', { width: 960, height: 540 });
    for (const actor of ['Russia', 'North Korea', 'United States', 'Iran']) {
      await node(page, actor).click();
      await panel(page, actor).waitFor();
      const overlay = page.locator('.embed__panel');
      expect(await overlay.evaluate((e) => e.scrollHeight <= e.clientHeight + 1)).toBe(true);
      await page.keyboard.press('Escape');
      await panel(page, actor).waitFor({ state: 'detached' });
    }
    expect(errors).toEqual([]);
  });
});
