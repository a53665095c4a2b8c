import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { filterBox, hasChromium, useBrowser, node, openApp, panel, panelRow } from './browser';

const pressedNodes = (page: Page) =>
  page.locator('[data-node-id][aria-pressed="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id')));

describe.skipIf(!hasChromium)('the view in the address bar', () => {
  const browser = useBrowser();

  it('undoes the last selection or filter with Back, and stays in the app', async () => {
    const { page, errors } = await openApp(browser());
    const start = page.url();
    await node(page, 'North Korea').click();
    await panel(page, 'North Korea').waitFor();
    await node(page, 'Russia').click();
    await panel(page, 'Russia').waitFor();
    await filterBox(page, 'Source', 'CNN').uncheck();
    await page.goBack();
    await expect.poll(() => filterBox(page, 'Source', 'CNN').isChecked()).toBe(true);
    expect(await pressedNodes(page)).toEqual(['actor:russia']);
    await page.goBack();
    await expect.poll(() => pressedNodes(page)).toEqual(['actor:north-korea']);
    await panel(page, 'North Korea').waitFor();
    await page.goBack();
    await expect.poll(() => pressedNodes(page)).toEqual([]);
    expect(page.url()).toBe(start);
    await page.goForward();
    await expect.poll(() => pressedNodes(page)).toEqual(['actor:north-korea']);
    expect(errors).toEqual([]);
  });

  it('restores the selection and filters from a copied URL in a new page', async () => {
    const first = await openApp(browser());
    await node(first.page, 'North Korea').click();
    await panel(first.page, 'North Korea').waitFor();
    await filterBox(first.page, 'Benefit type', 'Oil').uncheck();
    await expect.poll(() => first.page.url()).toMatch(/hide-benefits=oil/);
    const shared = first.page.url();
    expect(new URL(shared).searchParams.get('actor')).toBe('north-korea');

    const second = await openApp(browser(), new URL(shared).search);
    expect(await node(second.page, 'North Korea').getAttribute('aria-pressed')).toBe('true');
    expect(await pressedNodes(second.page)).toEqual(['actor:north-korea']);
    expect(await panel(second.page, 'North Korea').isVisible()).toBe(true);
    expect(await filterBox(second.page, 'Benefit type', 'Oil').isChecked()).toBe(false);
    expect(await filterBox(second.page, 'Benefit type', 'Drones').isChecked()).toBe(true);
    expect(await second.page.locator('[data-node-id="benefit:oil"]').count()).toBe(0);
    // Same parameters; their order may change when the app rewrites the address.
    const params = (url: string) => [...new URL(url).searchParams].sort();
    expect(params(second.page.url())).toEqual(params(shared));
    expect([...first.errors, ...second.errors]).toEqual([]);
  });

  it('shows the nearest valid view for malformed or unknown parameters', async () => {
    const { page, errors } = await openApp(browser(), '?actor=nope&hide-benefits=,,%ZZ&hide-sources=cnn,bogus');
    expect(await filterBox(page, 'Source', 'CNN').isChecked()).toBe(false);
    const sources = page.getByRole('group', { name: 'Source' }).getByRole('checkbox');
    const benefits = page.getByRole('group', { name: 'Benefit type' }).getByRole('checkbox');
    const checked = (boxes: typeof sources) => boxes.evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).length);
    expect(await checked(sources)).toBe((await sources.count()) - 1);
    expect(await checked(benefits)).toBe(await benefits.count());
    expect(await pressedNodes(page)).toEqual([]);
    expect(await page.locator('.detail-panel').count()).toBe(0);
    // The address bar is rewritten to the view actually shown, so a copied link is clean.
    expect(new URL(page.url()).search).toBe('?hide-sources=cnn');
    // And a notice names what was left out, until dismissed.
    const notice = page.locator('.link-notice');
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.textContent()).toBe(
      'Ignored from the link: a badly encoded part "hide-benefits=,,%ZZ"; unknown actor "nope"; unknown source "bogus".',
    );
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
    expect(await notice.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('survives a hostile 100 KB link in the embed, and says what it skipped', async () => {
    const junk = `?embed=1&actor=constructor&benefit=__proto__&mode=x&${'hide-sources=%FF,'.repeat(8000)}`;
    const context = await browser().newContext({ viewport: { width: 960, height: 540 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Static servers refuse such a request line (Node's at 16 KB): hand the page its own HTML.
      const base = inject('baseUrl');
      await page.route((url) => url.search.length > 1000, async (route) => route.fulfill({ response: await route.fetch({ url: base }) }));
      await page.goto(new URL(junk, base).href);
      await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
      await expect.poll(() => page.locator('.link-notice').textContent()).toContain('unknown actor "constructor"');
      expect(await page.locator('.link-notice').textContent()).toContain('the part of the link after its first 4 KB');
      expect(await page.locator('[data-node-id]').count()).toBeGreaterThan(10);
      expect(new URL(page.url()).search).toBe('?embed=1');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('selects a benefit type named in the URL', async () => {
    const { page, errors } = await openApp(browser(), '?benefit=oil');
    expect(await pressedNodes(page)).toEqual(['benefit:oil']);
    const details = panel(page, 'Oil');
    expect(await details.getByRole('heading', { name: 'Who gains', level: 3 }).count()).toBe(1);
    expect(await panelRow(details, 'North Korea').textContent()).toBe('North Korea · CNN, The Conversation');
    expect(errors).toEqual([]);
  });
});
