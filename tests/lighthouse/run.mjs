// Lighthouse on the production build, served by a plain static server that compresses text as
// most hosts do and sends the recommended Content-Security-Policy header (see the README).
// Mobile and desktop, two runs each (LIGHTHOUSE_RUNS=3 for three); prints the figures the README
// reports and writes the reports to test-results/lighthouse/.
//
//   npm run lighthouse            (needs Chromium at /usr/bin/chromium, or CHROME_PATH)
//
// Lighthouse 12.2.3 is the last release that runs on Node 20 (13 needs Node 22); npx fetches
// it on first use, so it is not a dependency of the app or of `npm test`.
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, runnerImport } from 'vite';
import { serveStatic } from '../browser/staticServer.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const runs = Number(process.env.LIGHTHOUSE_RUNS || 2);
const reports = join(root, 'test-results', 'lighthouse');
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const outDir = await mkdtemp(join(tmpdir(), 'who-gains-lighthouse-'));
process.env.NODE_ENV = 'production';
await build({ root, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const { policyHeader, singleFileName } = (await runnerImport('/src/contentSecurityPolicy.ts', { root, configFile: false, logLevel: 'error' })).module;
const site = await serveStatic(outDir, {
  compress: true,
  headers: (path) => (path === singleFileName ? {} : { 'Content-Security-Policy': policyHeader() }),
});
await mkdir(reports, { recursive: true });

/** Runs a command to its end without blocking this process, which also serves the site. */
const run = (command, args, env) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });

const rows = [];
try {
  for (const preset of ['mobile', 'desktop']) {
    for (let attempt = 1; attempt <= runs; attempt++) {
      const output = join(reports, `${preset}-${attempt}.json`);
      await run(
        'npx',
        ['--yes', 'lighthouse@12.2.3', site.url, `--chrome-flags=${flags.join(' ')}`, '--only-categories=performance,accessibility',
          '--output=json', `--output-path=${output}`, '--quiet', ...(preset === 'desktop' ? ['--preset=desktop'] : [])],
        { ...process.env, CHROME_PATH: chrome },
      );
      const report = JSON.parse(await readFile(output, 'utf8'));
      const audit = (id) => report.audits[id].numericValue;
      rows.push({
        preset,
        run: attempt,
        performance: Math.round(report.categories.performance.score * 100),
        accessibility: Math.round(report.categories.accessibility.score * 100),
        'FCP ms': Math.round(audit('first-contentful-paint')),
        'LCP ms': Math.round(audit('largest-contentful-paint')),
        'TBT ms': Math.round(audit('total-blocking-time')),
        CLS: Number(audit('cumulative-layout-shift').toFixed(3)),
        'SI ms': Math.round(audit('speed-index')),
      });
    }
  }
} finally {
  await site.close();
  await rm(outDir, { recursive: true, force: true });
}
console.table(rows);
