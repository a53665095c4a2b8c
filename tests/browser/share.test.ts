import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterBox, hasChromium, node, openApp, panel, useBrowser } from './browser';
import { serveStatic, type StaticSite } from './staticServer.mjs';

describe.skipIf(!hasChromium)('the Share dialog', () => {
  const browser = useBrowser();
  let host: StaticSite;
  let hostDir: string;

  beforeAll(async () => {
    hostDir = await mkdtemp(join(tmpdir(), 'who-gains-share-'));
    host = await serveStatic(hostDir, { subPath: '/class/' });
  });
  afterAll(async () => {
    await host.close();
    await rm(hostDir, { recursive: true, force: true });
  });

  it('gives a link and an embed code that show this exact view', async () => {
    const { page, errors } = await openApp(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await filterBox(page, 'Source', 'CNN').uncheck();
    await node(page, 'North Korea').click();
    const opener = page.getByRole('button', { name: 'Share', exact: true });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await dialog.waitFor();

    const link = await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue();
    expect(new URL(link).searchParams.get('actor')).toBe('north-korea');
    await dialog.getByRole('button', { name: 'Copy link to this view' }).click();
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // The link, opened afresh, shows the same selection with the same source hidden.
    const { page: second } = await openApp(browser(), new URL(link).search);
    await panel(second, 'North Korea').waitFor();
    expect(await filterBox(second, 'Source', 'CNN').isChecked()).toBe(false);

    // The options rewrite the code as they change.
    const codeField = dialog.getByRole('textbox', { name: 'Embed code' });
    const before = await codeField.inputValue();
    await dialog.getByRole('checkbox', { name: 'Show the filter controls' }).check();
    await dialog.getByRole('checkbox', { name: /^Lock the filters/ }).check();
    const code = await codeField.inputValue();
    expect(code).not.toBe(before);
    expect(code).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+" loading="lazy" style="border:0"/);
    expect(code).toContain('filters=1&amp;lock=1');

    // Escape closes the dialog, not the selection, and focus goes back to the Share button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await panel(page, 'North Korea').waitFor();
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);

    // Pasted into a page on another origin, the code shows the view, locked filters and all.
    await writeFile(join(hostDir, 'index.html'), `<!doctype html><title>Lesson</title><h1>Lesson</h1>${code}`);
    const hostPage = await page.context().newPage();
    await hostPage.goto(host.url);
    const frame = hostPage.frameLocator('iframe');
    await frame.getByRole('region', { name: 'North Korea', exact: true }).waitFor();
    await frame.getByRole('button', { name: 'Filters' }).click();
    await frame.getByText('Locked: these filters are part of the shared view.').waitFor();
    expect(await frame.getByRole('checkbox', { name: /^CNN/ }).isChecked()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('selects the text and says how to copy where the clipboard is refused', async () => {
    const { page } = await openApp(browser());
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    await dialog.getByText(/the text is selected, press Ctrl\+C/).waitFor();
    const selected = await page.evaluate(() => {
      const field = document.activeElement as HTMLTextAreaElement;
      return field.value.slice(field.selectionStart, field.selectionEnd);
    });
    expect(selected).toMatch(/^<iframe /);
  });
});
