/* global window, document */
// Benchmark: import and show a 5 MB CSV (about 20,000 citations) in the built app, in Chromium,
// and the longest main-thread task meanwhile. Run by `npm run bench` after the unit benches.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { bigCsv } from '../fixtures/bigCsv.mjs';
import { serveStatic } from '../browser/staticServer.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  console.warn(`import-in-browser bench skipped: no Chromium at ${chromiumPath}`);
  process.exit(0);
}

const outDir = await mkdtemp(join(tmpdir(), 'who-gains-bench-'));
process.env.NODE_ENV = 'production';
await build({ root, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await serveStatic(outDir, { subPath: '/' });
const { url } = server;

const csv = Buffer.from(bigCsv(20_000));
// Chosen from disk as a reader would: a buffer handed to Playwright is decoded by a script in the
// page, a long task of the harness's own that would be counted against the app.
const csvPath = join(outDir, 'big.csv');
await writeFile(csvPath, csv);
const browser = await chromium.launch({ executablePath: chromiumPath });
const rows = [];
/** Every node and link drawn: waited for by CSS, not by role (a role query walks the accessibility tree in the page, a long task of its own with 17,000 elements). */
const allDrawn = (page) =>
  page.waitForFunction(() => document.querySelectorAll('[data-node-id]').length === 500 && document.querySelector('[data-renderer="canvas"]')?.getAttribute('data-drawn-links') === '1200', undefined, { timeout: 120_000, polling: 100 });
const longTasks = (page, from) => page.evaluate((start) => window.__longTasks.slice(start), from);
const row = (run, step, ms, tasks) => ({ run, step, 'CSV MB': +(csv.length / 1e6).toFixed(1), ms, 'longest task, ms': Math.round(Math.max(0, ...tasks)), 'tasks over 200 ms': tasks.filter((d) => d > 200).length });
try {
  for (let run = 1; run <= 2; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    const before = await page.evaluate(() => window.__longTasks.length);
    const start = Date.now();
    await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles(csvPath);
    await allDrawn(page);
    const shown = Date.now() - start;
    // Then kept in IndexedDB, after the drawing: its tasks count too.
    await page.getByText('Kept in this browser').waitFor();
    rows.push(row(run, 'import and show', shown, await longTasks(page, before)));

    // The next day: the address names the stored story, which opens through the same pipeline.
    const reopened = Date.now();
    await page.reload();
    await allDrawn(page);
    rows.push(row(run, 'reopen from storage (page load included)', Date.now() - reopened, await longTasks(page, 0)));

    // For the record, not the target: one click on the large story (a selection, a filter).
    for (const [step, selector] of [['select an actor', '[data-node-id="actor:actor-0"]'], ['hide a benefit type', '.filter-group input[type=checkbox]']]) {
      await page.waitForTimeout(500);
      const from = await page.evaluate(() => window.__longTasks.length);
      const clicked = Date.now();
      await page.locator(selector).first().click();
      await page.waitForTimeout(1000);
      rows.push({ ...row(run, step, Date.now() - clicked - 1000, await longTasks(page, from)), ms: '–' });
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
  await rm(outDir, { recursive: true, force: true });
}
console.table(rows);
// The target (the issue's): the page answers input throughout, no main-thread task over 200 ms.
if (rows.some((r) => r.ms !== '–' && r['tasks over 200 ms'] > 0)) {
  console.error('A main-thread task took over 200 ms.');
  process.exitCode = 1;
}
