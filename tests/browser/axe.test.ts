import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, useBrowser, node, openApp, panel } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every axe violation as "rule-id (impact): help -> targets", so a failure says what to fix where. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
    // WCAG 2.2 AA (target size among its rules) and axe's best practices.
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.targets.join(' | ')}`);
}

describe.skipIf(!hasChromium)('accessibility in Chromium', () => {
  const browser = useBrowser();

  it('has no axe violations on the default page', async () => {
    const { page, errors } = await openApp(browser());
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('has no axe violations with North Korea selected', async () => {
    const { page, errors } = await openApp(browser());
    await node(page, 'North Korea').click();
    await panel(page, 'North Korea').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('has no axe violations on the embed, with and without a selection', async () => {
    const { page, errors } = await openApp(browser(), '?embed=1', { width: 960, height: 540 });
    expect(await axeViolations(page)).toEqual([]);
    await node(page, 'North Korea').click();
    await panel(page, 'North Korea').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('has no axe violations in the Share and Export dialogs, in presentation mode, and in the embed with its filters', async () => {
    const { page, errors } = await openApp(browser(), '?actor=north-korea');
    for (const [button, dialog] of [
      ['Share', 'Share this view'],
      ['Export', 'Export this view'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.getByRole('dialog', { name: dialog }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('region', { name: 'Presentation' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const { page: embed } = await openApp(browser(), '?embed=1&filters=1&lock=1', { width: 960, height: 540 });
    await embed.getByRole('button', { name: 'Filters' }).click();
    await embed.getByText('Locked: these filters are part of the shared view.').waitFor();
    expect(await axeViolations(embed)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('turns off transitions when the reader prefers reduced motion', async () => {
    const { page } = await openApp(browser());
    const duration = () => page.locator('.graph-node').first().evaluate((el) => getComputedStyle(el).transitionDuration);
    // Without the preference the fade is animated, so the check below is not vacuous.
    expect(await duration()).not.toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await duration()).toBe('0s');
  });
});
