import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { filterBox, hasChromium, node, openApp, panel, useBrowser, zoomReady } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const csv = [
  'beneficiary,benefit,provider,polarity,summary,outlet,speaker,speaker_role,quote',
  'Acme Town,Clean water,Acme Water,gain,Acme Town gets clean water.,Daily Ledger,Ana Ruiz,mayor,"The water is clean, at last."',
  'Acme Water,Fees,,gain,Acme Water earns fees.,Radio One,,,Fees rose.',
].join('\n');

const bytesOf = async (download: Download) => readFile(await download.path());

/** Every Content-Security-Policy violation the page reports, from the moment it starts. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} ${e.sample}`));
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

describe.skipIf(!hasChromium)('under the recommended Content-Security-Policy header', () => {
  const browser = useBrowser();

  it('hydrates the full page, selects, filters, zooms, and presents with no violation', async () => {
    const { page, errors } = await openApp(browser(), '', { strict: true });
    const violations = await watchViolations(page);
    await page.reload();
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    // The prerendered picture had its stylesheets: the label steps apply before any script.
    expect(await page.locator('.graph-view__svg').evaluate((svg) => getComputedStyle(svg).getPropertyValue('--graph-label-size'))).not.toBe('');
    await node(page, 'North Korea').click();
    await panel(page, 'North Korea').waitFor();
    await filterBox(page, 'Benefit type', 'Oil').uncheck();
    await zoomReady(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('region', { name: 'Presentation' }).waitFor();
    await page.keyboard.press('ArrowRight');
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opens a file, shares, and downloads every export with no violation, and axe finds nothing', async () => {
    const { page, errors } = await openApp(browser(), '', { strict: true });
    const violations = await watchViolations(page);
    await page.reload();
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    // Under the policy, axe is evaluated by the test runner, not added as an inline script.
    await page.evaluate(axeSource);
    const axe = await page.evaluate(async () => {
      const { axe: run } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
      const results = await run.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(axe).toEqual([]);

    // The import worker is a file of this site: the policy lets it start, and the story opens.
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.getByLabel('Open a dataset file (JSON or CSV)').setInputFiles({ name: 'acme.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await node(page, 'Acme Town').click();
    await panel(page, 'Acme Town').waitFor();
    expect(workers.some((url) => url.includes('importWorker'))).toBe(true);

    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const share = page.getByRole('dialog', { name: 'Share this view' });
    expect(await share.getByRole('textbox', { name: 'Embed code' }).inputValue()).toContain('<iframe');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export this view' });
    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), dialog.getByRole('button', { name, exact: true }).click()]);
      return { name: file.suggestedFilename(), bytes: await bytesOf(file) };
    };
    const png = await download('Download PNG');
    expect([...png.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const svg = await download('Download SVG');
    expect(svg.bytes.toString('utf8')).toContain('Acme Town');
    const deck = await download('Download slides (.pptx)');
    expect(deck.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const json = await download('Download JSON');
    expect(JSON.parse(json.bytes.toString('utf8'))).toMatchObject({ claims: [{}, {}] });
    const table = await download('Download CSV');
    expect(table.bytes.toString('utf8')).toContain('Acme Town');
    expect([png.name, svg.name, deck.name, json.name, table.name]).toEqual([
      'who-gains-acme-town.png', 'who-gains-acme-town.svg', 'who-gains-acme.pptx', 'who-gains-acme.json', 'who-gains-acme.csv',
    ]);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('shows the embed, with a selection, with no violation', async () => {
    const { page, errors } = await openApp(browser(), '?embed=1&actor=russia', { strict: true });
    const violations = await watchViolations(page);
    await page.reload();
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.className)).toContain('is-embed');
    await panel(page, 'Russia').waitFor();
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
