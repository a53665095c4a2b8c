/* global window, document, requestAnimationFrame */
// Benchmark: stories of every size (30 to 10,000 claims, sparse and dense) opened through the file
// input of the built app in Chromium, next to minimal pages built on force-graph and on sigma +
// graphology with the same files, in the same run. Per size, page and run: first complete
// picture, the curves, the longest main-thread task, selecting, filtering, zoom and drag frames,
// and the JS heap; then medians, and ours divided by each peer. The machine's load is printed
// beside each figure. Usage: node tests/bench/storiesInBrowser.mjs [SIZES=30,100 RUNS=3]
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, runnerImport } from 'vite';
import { storyCsv } from '../fixtures/storyCsv.mjs';
import { serveStatic } from '../browser/staticServer.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.warn(`stories-in-browser bench skipped: no Chromium at ${chromiumPath}`);
  process.exit(0);
}
const sizes = (process.env.SIZES ?? '30,100,300,1000,3000,10000').split(',').map(Number);
const densities = (process.env.DENSITIES ?? 'sparse,dense').split(',');
const runs = Number(process.env.RUNS ?? 3);
const pages = (process.env.PAGES ?? 'ours,force-graph,sigma').split(',');

const outDir = await mkdtemp(join(tmpdir(), 'who-gains-stories-'));
process.env.NODE_ENV = 'production';
await build({ root, mode: 'production', logLevel: 'warn', build: { outDir: join(outDir, 'app'), emptyOutDir: true } });
const peers = join(root, 'tests/bench/peers');
await build({
  root: peers,
  configFile: false,
  base: './',
  logLevel: 'warn',
  build: { outDir: join(outDir, 'peers'), emptyOutDir: true, rollupOptions: { input: { forceGraph: join(peers, 'forceGraph.html'), sigma: join(peers, 'sigma.html') } } },
});
const server = await serveStatic(outDir, { subPath: '/' });
const base = server.url;
const addresses = { ours: `${base}app/`, 'force-graph': `${base}peers/forceGraph.html`, sigma: `${base}peers/sigma.html` };

// The graph each story derives to, to know when all of it is drawn.
const load = async (module) => (await runnerImport(module, { root, configFile: false, logLevel: 'error' })).module;
const { csvToDataset } = await load('/src/io/csvToDataset.ts');
const { parseDataset } = await load('/src/model/parseDataset.ts');
const { deriveGraph } = await load('/src/model/deriveGraph.ts');
const { noFilters } = await load('/src/model/filters.ts');

// The same flags as the tests, and software WebGL for sigma (no GPU here, as on many school laptops).
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** In the page: records long tasks and animation frame intervals. */
function instrument() {
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
  window.__frames = null;
  const tick = (now) => {
    if (window.__frames !== null) window.__frames.push(now);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
const p95 = (values) => (values.length === 0 ? NaN : [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))]);
const median = (values) => {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  return finite.length === 0 ? NaN : finite[Math.floor(finite.length / 2)];
};

/** Frame intervals (ms) while `gesture` runs. */
async function frames(page, gesture) {
  await page.evaluate(() => (window.__frames = []));
  await gesture();
  await page.waitForTimeout(100);
  const stamps = await page.evaluate(() => {
    const f = window.__frames;
    window.__frames = null;
    return f;
  });
  return stamps.slice(1).map((t, i) => t - stamps[i]);
}

/** Time from running `act` in the page until the frame after it is painted, in ms. */
const paintedAfter = (page, act, arg) =>
  page.evaluate(
    async ([source, argument]) => {
      const start = performance.now();
      new Function('arg', source)(argument);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - start;
    },
    [act, arg],
  );

async function measure(kind, csvPath, graph) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto(addresses[kind]);
  if (kind === 'ours') await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  const before = await page.evaluate(() => window.__longTasks.length);
  const start = Date.now();
  const input = kind === 'ours' ? page.getByLabel('Open a dataset file (JSON or CSV)') : page.locator('#file');
  await input.setInputFiles(csvPath);
  const nodes = graph.nodes.length;
  const links = graph.links.length;
  const where = kind === 'ours' ? '.graph-view' : 'body';
  await page.waitForFunction(
    ([selector, n, l]) => {
      const e = document.querySelector(selector);
      return e?.getAttribute('data-drawn-nodes') === String(n) && e?.getAttribute('data-drawn-links') === String(l);
    },
    [where, nodes, links],
    { timeout: 180_000, polling: 20 },
  );
  const firstPicture = Date.now() - start;
  let curves = NaN;
  if (kind === 'ours') {
    await page.locator('.graph-view[data-routed]').waitFor({ state: 'attached', timeout: 180_000 });
    curves = Date.now() - start;
  }
  await page.waitForTimeout(kind === 'ours' ? 300 : 1500);
  const longest = Math.max(0, ...(await page.evaluate((from) => window.__longTasks.slice(from), before)));
  const client = await context.newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const heap = (await client.send('Runtime.getHeapUsage')).usedSize / 1e6;

  // The busiest actor, and a benefit type, as a reader would pick them.
  const degree = new Map();
  for (const l of graph.links) degree.set(l.source, (degree.get(l.source) ?? 0) + 1);
  const actor = [...degree].sort((a, b) => b[1] - a[1])[0][0];
  const benefit = graph.links[0].benefitTypeId;
  const benefitLabel = graph.nodes.find((n) => n.id === `benefit:${benefit}`).label;
  const select =
    kind === 'ours'
      ? await paintedAfter(page, 'document.querySelector(`[data-node-id="${arg}"]`).dispatchEvent(new MouseEvent("click", { bubbles: true }))', actor)
      : await paintedAfter(page, 'window.peer.select(arg)', actor);
  await page.waitForTimeout(300);
  const filter =
    kind === 'ours'
      ? await paintedAfter(page, '[...document.querySelectorAll(".filter-group input[type=checkbox]")].find((box) => box.closest("label")?.textContent?.startsWith(arg))?.click()', benefitLabel)
      : await paintedAfter(page, 'window.peer.hideBenefit(arg)', benefit);
  await page.waitForTimeout(300);
  if (kind === 'ours') await page.keyboard.press('Escape');
  else await page.evaluate(() => window.peer.select(null));
  await page.waitForTimeout(300);

  const graphBox = await page.locator(kind === 'ours' ? '.graph-view' : '#graph').boundingBox();
  const zoom = p95(
    await frames(page, async () => {
      await page.mouse.move(graphBox.x + graphBox.width * 0.6, graphBox.y + graphBox.height * 0.55);
      for (let i = 0; i < 16; i++) {
        await page.mouse.wheel(0, i < 8 ? -120 : 120);
        await page.waitForTimeout(30);
      }
    }),
  );
  await page.waitForTimeout(300);
  // Drag the busiest actor across the frame.
  const at =
    kind === 'ours'
      ? await page.locator(`[data-node-id="${actor}"]`).evaluate((e) => {
          const b = e.getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        })
      : await page.evaluate((id) => window.peer.screenPoint(id), actor);
  const drag = p95(
    await frames(page, async () => {
      await page.mouse.move(at.x, at.y);
      await page.mouse.down();
      for (let i = 1; i <= 20; i++) {
        await page.mouse.move(at.x + i * 6, at.y + i * 3);
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
    }),
  );
  await context.close();
  return { firstPicture, curves, longest, select, filter, zoom, drag, heap };
}

const folder = await mkdtemp(join(tmpdir(), 'who-gains-story-files-'));
const rows = [];
const ratios = [];
try {
  for (const claims of sizes)
    for (const density of densities) {
      const csv = storyCsv(claims, density);
      const csvPath = join(folder, `story-${claims}-${density}.csv`);
      await writeFile(csvPath, csv);
      const parsed = parseDataset(csvToDataset(csv, { title: 'bench' }).input);
      const graph = deriveGraph(parsed.dataset, noFilters);
      const results = {};
      for (const kind of pages) {
        const samples = [];
        for (let run = 0; run < runs; run += 1) samples.push(await measure(kind, csvPath, graph));
        const m = (key) => median(samples.map((s) => s[key]));
        const row = {
          claims, density, nodes: graph.nodes.length, links: graph.links.length, page: kind,
          'first picture ms': m('firstPicture'), 'curves ms': m('curves'), 'longest task ms': Math.round(m('longest')),
          'select ms': Math.round(m('select')), 'filter ms': Math.round(m('filter')),
          'zoom p95 ms': Math.round(m('zoom')), 'drag p95 ms': Math.round(m('drag')), 'heap MB': +m('heap').toFixed(1),
          load: loadavg()[0].toFixed(2),
        };
        results[kind] = row;
        rows.push(row);
        console.log(JSON.stringify(row));
      }
      for (const peer of pages.filter((p) => p !== 'ours')) {
        if (results.ours === undefined || results[peer] === undefined) continue;
        const ratio = (key) => +(results.ours[key] / Math.max(1, results[peer][key])).toFixed(2);
        ratios.push({
          claims, density, peer,
          'first picture': ratio('first picture ms'), select: ratio('select ms'), filter: ratio('filter ms'),
          'zoom p95': ratio('zoom p95 ms'), 'drag p95': ratio('drag p95 ms'), heap: ratio('heap MB'),
          load: loadavg()[0].toFixed(2),
        });
      }
    }
} finally {
  await browser.close();
  server.close();
  await rm(outDir, { recursive: true, force: true });
  await rm(folder, { recursive: true, force: true });
}
console.table(rows);
console.log('Ours divided by each peer (below 1: ours is faster or smaller):');
console.table(ratios);
