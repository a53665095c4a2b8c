import { describe, expect, it } from 'vitest';
import { nearestInDirection, type Direction } from '../../src/layout/nearestInDirection';
import { hasChromium, node, openApp, panel, useBrowser } from './browser';

const arrows: Readonly<Record<Direction, string>> = { left: 'ArrowLeft', right: 'ArrowRight', up: 'ArrowUp', down: 'ArrowDown' };

describe.skipIf(!hasChromium)('the graph by keyboard alone', () => {
  const browser = useBrowser();

  it('skips to the graph, walks to North Korea, hears its links, follows one, selects and clears', async () => {
    const { page, errors } = await openApp(browser());
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('data-node-id') ?? null);

    await press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to graph' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const shown = await skip.boundingBox();
    expect(shown !== null && shown.y >= 0 && shown.height > 0).toBe(true);
    await page.screenshot({ path: 'test-results/keyboard-skip-link-1280x720.png' });
    await press('Enter');
    const entry = await focusedId();
    expect(entry).toMatch(/^(actor|benefit):/);

    // The shortest way by arrows, Home and End, worked out from where the nodes are drawn.
    const places = await page.locator('.graph-view__svg [data-node-id]').evaluateAll((nodes) =>
      nodes.map((n) => {
        const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(n.getAttribute('transform') ?? '');
        return [n.getAttribute('data-node-id')!, { x: Number(m?.[1]), y: Number(m?.[2]) }] as const;
      }),
    );
    const positions = new Map(places);
    const ids = places.map(([id]) => id);
    const route = new Map<string, string[]>([[entry!, []]]);
    for (let frontier = [entry!]; frontier.length > 0 && !route.has('actor:north-korea'); ) {
      const next: string[] = [];
      for (const id of frontier) {
        const steps: [string | null, string][] = [
          ...(Object.keys(arrows) as Direction[]).map((d): [string | null, string] => [nearestInDirection(id, d, positions, ids), arrows[d]]),
          [ids[0]!, 'Home'],
          [ids[ids.length - 1]!, 'End'],
        ];
        for (const [to, key] of steps)
          if (to !== null && !route.has(to)) {
            route.set(to, [...route.get(id)!, key]);
            next.push(to);
          }
      }
      frontier = next;
    }
    // Pressed without waiting: the moves run in order however fast the keys come.
    for (const key of route.get('actor:north-korea') ?? []) await press(key);
    await expect.poll(focusedId).toBe('actor:north-korea');
    expect(await node(page, 'North Korea').getAttribute('aria-label')).toBe('North Korea, actor, gains 7 benefits, provides 3');

    const said = page.locator('[data-graph-announcement]');
    await press(']');
    await expect.poll(() => said.textContent()).toMatch(/^North Korea (gains|provides) .+, cited by .+, \d outlets?\. Link 1 of 10\.\s?$/);
    await press('f');
    const followed = await focusedId();
    expect(followed).toMatch(/^benefit:/);
    await press('[');
    await expect.poll(() => said.textContent()).toMatch(/ Link \d+ of \d+\.\s?$/);
    await press('Shift+Tab');
    await press('Tab');
    expect(await focusedId()).toBe(followed);
    await press('Enter');
    const name = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
    const details = panel(page, name.slice(0, name.indexOf(', ')));
    await details.waitFor();
    // The disclosure's triangle is drawn, not read: the row is named by its words alone.
    const row = await details.locator('.panel-row summary').first().ariaSnapshot();
    expect(row).toMatch(/\w/);
    expect(row).not.toMatch(/[▸▾]/);
    await press('Escape');
    await expect.poll(() => page.locator('[aria-pressed="true"]').count()).toBe(0);

    // `?` lists every key; Escape closes the list and focus is back on the node.
    await press('?');
    const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await list.waitFor();
    expect(await list.getByRole('table').textContent()).toContain('Alt + arrow');
    await page.screenshot({ path: 'test-results/keyboard-shortcuts-1280x720.png' });
    await press('Escape');
    await list.waitFor({ state: 'detached' });
    expect(await focusedId()).toBe(followed);

    console.log(`Keyboard journey: ${presses} key presses; North Korea reached in ${1 + (route.get('actor:north-korea')?.length ?? 0)} after the skip link`);
    expect(route.get('actor:north-korea')!.length).toBeLessThanOrEqual(5);
    expect(errors).toEqual([]);
  });
});
