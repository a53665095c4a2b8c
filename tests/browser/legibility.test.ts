import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, openApp, useBrowser } from './browser';

interface Rect {
  readonly id: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

interface Measured {
  readonly labels: Rect[];
  readonly shapes: Rect[];
  /** The smallest label on screen, in CSS pixels (font size times the drawing's scale). */
  readonly smallestLabelPx: number;
}

/** Every label that is drawn (full or short, whichever the frame shows) and every node shape, as on screen. */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const rect = (id: string, r: DOMRect) => ({ id, left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const labels: Rect[] = [];
    const shapes: Rect[] = [];
    let smallestLabelPx = Infinity;
    for (const node of document.querySelectorAll<SVGGElement>('[data-node-id]')) {
      const id = node.dataset.nodeId ?? '';
      // The shape the frame shows (a benefit type has a full and a short variant).
      const shape = [...node.querySelectorAll('.graph-node__shape')].find((s) => s.getClientRects().length > 0);
      if (shape !== undefined) shapes.push(rect(id, shape.getBoundingClientRect()));
      for (const text of node.querySelectorAll<SVGTextElement>('.graph-node__label')) {
        // Only the variant (full or short) that the frame shows.
        if (text.getClientRects().length === 0) continue;
        labels.push(rect(id, text.getBoundingClientRect()));
        const scale = text.getScreenCTM()?.a ?? 1;
        smallestLabelPx = Math.min(smallestLabelPx, parseFloat(getComputedStyle(text).fontSize) * scale);
      }
    }
    return { labels, shapes, smallestLabelPx };
  });
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** "label / label" and "label / node" collisions, by node id; a label never collides with its own node. */
function collisions({ labels, shapes }: Measured): string[] {
  const found: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      if (overlaps(labels[i]!, labels[j]!)) found.push(`label ${labels[i]!.id} / label ${labels[j]!.id}`);
  for (const label of labels)
    for (const shape of shapes)
      if (label.id !== shape.id && overlaps(label, shape)) found.push(`label ${label.id} / node ${shape.id}`);
  return found;
}

const frames = [
  { view: 'full page', query: '', width: 1280, height: 720 },
  { view: 'full page', query: '', width: 1920, height: 1080 },
  { view: 'embed', query: '?embed=1', width: 960, height: 540 },
  { view: 'embed', query: '?embed=1', width: 1280, height: 720 },
  { view: 'embed', query: '?embed=1', width: 400, height: 300 },
  { view: 'phone', query: '', width: 390, height: 844 },
] as const;

describe.skipIf(!hasChromium)('legible labels', () => {
  const browser = useBrowser();

  it.each(frames)('$view at $width x $height: no label touches another label or node, none is too small', async (frame) => {
    const { page, errors } = await openApp(browser(), frame.query, { width: frame.width, height: frame.height });
    const measured = await measure(page);
    expect(measured.labels.length).toBeGreaterThanOrEqual(15);
    expect(collisions(measured)).toEqual([]);
    expect(measured.smallestLabelPx).toBeGreaterThanOrEqual(frame.width < 480 ? 10 : 11);
    expect(errors).toEqual([]);
  });

  it('shows short labels in a small frame, with the full name as the accessible name', async () => {
    const { page } = await openApp(browser(), '?embed=1', { width: 400, height: 300 });
    const strategic = page.locator('[data-node-id="benefit:strategic-leverage"]');
    expect(await strategic.getAttribute('aria-label')).toMatch(/^Strategic leverage against the US, benefit type, /);
    expect(await strategic.locator('.graph-node__variant--short').isVisible()).toBe(true);
    expect(await strategic.locator('.graph-node__variant--full').isVisible()).toBe(false);
    // The legend folds behind "Key"; the caption keeps to one line.
    const key = page.getByRole('button', { name: 'Key' });
    expect(await page.getByRole('region', { name: 'Legend' }).isVisible()).toBe(false);
    await key.click();
    expect(await page.getByRole('region', { name: 'Legend' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('region', { name: 'Legend' }).isVisible()).toBe(false);
    const caption = await page.locator('.embed__footer .attribution').evaluate((el) => el.getBoundingClientRect().height);
    expect(caption).toBeLessThan(24);
  });
});
