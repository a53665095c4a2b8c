import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

/** The most JavaScript a first visit may download before the page is interactive, gzipped. */
const budgetBytes = 100_000;

const dist = inject('distDir');
const page = () => readFile(join(dist, 'index.html'), 'utf8');

/** The entry script and every module it preloads: what the browser fetches before anything else. */
async function initialScripts(html: string): Promise<string[]> {
  // Static tags, for the browser's preload scanner (the boot script before them only marks an embed or leaves).
  const entries = [...html.matchAll(/<script type="module"[^>]* src="\.\/([^"]+\.js)"><\/script>/g)].map((m) => m[1] ?? '');
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]* href="\.\/([^"]+\.js)">/g)].map((m) => m[1] ?? '');
  expect(preloads.length).toBeGreaterThan(0);
  expect(entries).toHaveLength(1);
  return [...entries, ...preloads];
}

describe('the production build', () => {
  it(`loads at most ${budgetBytes / 1000} kB of JavaScript (gzip) before the first interaction`, async () => {
    const scripts = await initialScripts(await page());
    expect(scripts.length).toBeGreaterThan(0);
    let total = 0;
    const rows: string[] = [];
    for (const script of scripts) {
      const gzipped = gzipSync(await readFile(join(dist, script))).length;
      total += gzipped;
      rows.push(`  ${script}: ${(gzipped / 1000).toFixed(1)} kB gzip`);
    }
    console.log(`Initial JavaScript: ${(total / 1000).toFixed(1)} kB gzip of ${budgetBytes / 1000} kB\n${rows.join('\n')}`);
    expect(total).toBeLessThanOrEqual(budgetBytes);
  });

  it('keeps the validator and the force layout out of the initial JavaScript', async () => {
    const html = await page();
    const code = (await Promise.all((await initialScripts(html)).map((s) => readFile(join(dist, s), 'utf8')))).join('\n');
    // zod's error text and d3-force's simulation are only needed to read other datasets; d3-zoom
    // (which keeps its transform in `__zoom`) arrives after the first paint, as its own chunk.
    const found = ['must be lower-case letters, digits and hyphens', 'velocityDecay', '__zoom'].filter((marker) =>
      code.includes(marker),
    );
    expect(found).toEqual([]);
  });

  it('renders the default view into index.html, with no inline script or style for a strict Content-Security-Policy to refuse', async () => {
    const html = await page();
    const root = html.slice(html.indexOf('<div id="root">'));
    expect(root).toMatch(/<svg[^>]*class="graph-view__svg"/);
    const nodes = [...root.matchAll(/data-node-id="([^"]+)"/g)].map((m) => m[1]);
    expect(nodes).toEqual(expect.arrayContaining(['actor:russia', 'actor:north-korea', 'actor:united-states', 'benefit:oil']));
    expect(root).toContain('aria-label="North Korea, actor, gains 7 benefits, provides 3"');
    expect(root).toContain('data-link-id="gains|actor:north-korea|benefit:oil"');
    expect(root).toContain('How to read the graph');
    expect(root).toMatch(/<fieldset class="filter-group"><legend>Source<\/legend>/);
    expect(root).toContain('Quotes as cited by the outlets named.');
    expect(html).toContain('<title>Who gains from a North Korea-Russia alliance · Who Gains</title>');
    expect(html).not.toMatch(/<style|style="|<script>|<script(?![^>]*\ssrc=)[^>]*>/);
    // The label steps the bundled story's graph needs at first paint, in a stylesheet of their own.
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)">/g)].map((m) => m[1] ?? '');
    const css = (await Promise.all(sheets.map((sheet) => readFile(join(dist, sheet), 'utf8')))).join('\n');
    expect(css).toMatch(/\.graph-view\{/);
    expect(css).toMatch(/@container graph [^{]+\{\[data-graph="[^"]+"\] \.graph-view__svg\{--graph-label-size:/);
  });
});
